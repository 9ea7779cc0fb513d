package dev.dossier.clean.script;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Script;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Detects the script and converts Traditional Chinese to Simplified with OpenCC's tables
 * (opencc4j). Chosen over HanLP's converter: the same score on OpenCC's t2s cases (see
 * docs/quality.md) and it never changes a text's length, so every converted character maps back
 * to its own source character. A text is Traditional when at least {@link #TRADITIONAL_SHARE} of
 * its Han characters are Traditional forms (OpenCC's character table) (a Simplified text with a few Traditional-looking
 * characters is left alone); Latin when fewer than a tenth of its letters are Han.
 */
public final class ScriptConversionStage implements MapStage {
  /** Share of Han characters that must change for a text to count as Traditional. */
  static final double TRADITIONAL_SHARE = 0.04;

  private final CleaningConfig config;

  public ScriptConversionStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.ORIGINAL_SCRIPT);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    String s = text.text();
    int han = 0;
    int latin = 0;
    int traditional = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isHan(c)) {
        han++;
        // A character-table lookup: converting the whole text only to measure it cost a sixth of
        // the cleaning time on Simplified input.
        traditional += Table.CHANGING.get(c) ? 1 : 0;
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    if (han == 0 || han < (han + latin) / 10) {
      return document.with(Keys.ORIGINAL_SCRIPT, Script.LATN);
    }
    if (traditional < TRADITIONAL_SHARE * han) {
      return document.with(Keys.ORIGINAL_SCRIPT, Script.HANS);
    }
    String simplified = toSimplified(s);
    int changed = 0;
    for (int i = 0; i < s.length(); i++) {
      changed += s.charAt(i) != simplified.charAt(i) ? 1 : 0;
    }
    // Same length, so the replacement maps character by character.
    TrackedText converted =
        TrackedText.builder().appendReplacement(simplified, text, 0, text.length()).build();
    return document
        .with(Keys.TEXT, converted)
        .with(Keys.ORIGINAL_SCRIPT, Script.HANT)
        .withWarning(
            WarningCode.SCRIPT_CONVERTED,
            String.format(
                Locale.ROOT,
                "Traditional script converted to Simplified (%d of %d Han characters changed)",
                changed,
                han));
  }

  /** Han characters that OpenCC's table changes when converting alone; built once, read-only. */
  private static final class Table {
    static final java.util.BitSet CHANGING = build();

    private static java.util.BitSet build() {
      java.util.BitSet set = new java.util.BitSet(0x10000);
      StringBuilder all = new StringBuilder();
      for (char c = 0x3400; c <= 0x9FFF; c++) {
        all.append(c);
      }
      // One conversion of the whole block: phrase rules cannot fire across unrelated neighbours
      // often enough to matter for a detection threshold.
      String converted = ZhConverterUtil.toSimple(all.toString());
      if (converted.length() == all.length()) {
        for (int i = 0; i < all.length(); i++) {
          if (converted.charAt(i) != all.charAt(i)) {
            set.set(all.charAt(i));
          }
        }
      }
      return set;
    }
  }

  /**
   * Simplified form of {@code s}, of the same length (offsets rely on it): phrase conversion when
   * it keeps the length, as OpenCC's tables do; else character by character, keeping any
   * character whose conversion is not a single character.
   */
  public static String toSimplified(String s) {
    String out = ZhConverterUtil.toSimple(s);
    if (out.length() == s.length()) {
      return out;
    }
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      String one = ZhConverterUtil.toSimple(String.valueOf(chars[i]));
      if (one.length() == 1) {
        chars[i] = one.charAt(0);
      }
    }
    return new String(chars);
  }
}

package dev.dossier.clean.script;

import com.hankcs.hanlp.HanLP;
import dev.dossier.hanlp.HanLpRuntime;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Script;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.util.Objects;
import java.util.Set;

/**
 * Detects the script and converts Traditional Chinese to Simplified with HanLP's conversion
 * tables (phrase-level, from OpenCC's data). Chosen over opencc4j: the same exact-match score on
 * OpenCC's t2s cases, better character accuracy, and seven times faster (docs/quality.md). Offsets:
 * a conversion of the same length maps character by character; where a phrase conversion changes
 * a line's length, that line is converted character by character instead, so every character
 * still maps back to its own source character. A text is Traditional when at least {@link
 * #TRADITIONAL_SHARE} of its Han characters are Traditional forms (a character table derived from
 * the same conversion, built once); Latin when fewer than a tenth of its letters are Han.
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
    int[] counts = count(s);
    int han = counts[0];
    int latin = counts[1];
    int traditional = counts[2];
    if (han == 0 || han < (han + latin) / 10) {
      return document.with(Keys.ORIGINAL_SCRIPT, Script.LATN);
    }
    if (traditional < TRADITIONAL_SHARE * han) {
      return document.with(Keys.ORIGINAL_SCRIPT, Script.HANS);
    }
    String simplified = toSimplified(s);
    int changed = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != simplified.charAt(i)) {
        changed++; // an if, not "+= cond ? 1 : 0": see count
      }
    }
    // Same length, so the replacement maps character by character.
    TrackedText converted =
        TrackedText.builder().appendReplacement(simplified, text, 0, text.length()).build();
    return document
        .with(Keys.TEXT, converted)
        .with(Keys.ORIGINAL_SCRIPT, Script.HANT)
        .withWarning(
            WarningCode.SCRIPT_CONVERTED,
            // Concatenation, not String.format (a tenth of this stage's time): the same ASCII digits.
            "Traditional script converted to Simplified (" + changed + " of " + han + " Han characters changed)");
  }

  /**
   * {Han characters, letters (Han excluded), Traditional forms} in {@code s}. A method of its own,
   * with plain increments: inside {@code map}, the JIT's optimising compiler gave up on the
   * unrolled loop ("out of stack space") and left it to the slow tier.
   */
  private static int[] count(String s) {
    long[] changing = Table.CHANGING;
    int han = 0;
    int latin = 0;
    int traditional = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++; // an ASCII letter, without a table lookup
        }
      } else if (Chars.isHan(c)) {
        han++;
        // A character-table lookup: converting the whole text only to measure it cost a sixth of
        // the cleaning time on Simplified input.
        if ((changing[c >>> 6] & 1L << c) != 0) {
          traditional++;
        }
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    return new int[] {han, latin, traditional};
  }

  /**
   * Han characters that OpenCC's table changes when converting alone, as the words of a bit set
   * over the BMP (bit {@code c & 63} of word {@code c >>> 6}); built once, read-only.
   */
  private static final class Table {
    static final long[] CHANGING = build();

    private static long[] build() {
      long[] set = new long[0x10000 / 64];
      HanLpRuntime.ensureConfigured();
      for (char c = 0x3400; c <= 0x9FFF; c++) {
        String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        if (one.length() == 1 && one.charAt(0) != c) {
          set[c >>> 6] |= 1L << c;
        }
      }
      return set;
    }
  }

  /**
   * Simplified form of {@code s}, of the same length (offsets rely on it): the phrase conversion
   * when it keeps the length; else line by line, and a line whose phrase conversion changes its
   * length is converted character by character (a character whose conversion is not one
   * character stays).
   */
  public static String toSimplified(String s) {
    HanLpRuntime.ensureConfigured();
    String out = HanLP.convertToSimplifiedChinese(s);
    if (out.length() == s.length()) {
      return out;
    }
    StringBuilder b = new StringBuilder(s.length());
    int start = 0;
    while (start <= s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl;
      String line = s.substring(start, end);
      String converted = HanLP.convertToSimplifiedChinese(line);
      if (converted.length() == line.length()) {
        b.append(converted);
      } else {
        for (int i = 0; i < line.length(); i++) {
          String one = HanLP.convertToSimplifiedChinese(String.valueOf(line.charAt(i)));
          b.append(one.length() == 1 ? one.charAt(0) : line.charAt(i));
        }
      }
      if (nl < 0) {
        break;
      }
      b.append('\n');
      start = nl + 1;
    }
    return b.toString();
  }
}

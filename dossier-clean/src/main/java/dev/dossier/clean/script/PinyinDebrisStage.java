package dev.dossier.clean.script;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin annotations printed after Han characters: {@code 地區(qū)} becomes {@code 地區}.
 * Only a parenthesised lower-case Latin syllable right after a Han character goes, and only when
 * it is a real pinyin syllable (initial + final, tone marks or a tone digit allowed), so {@code
 * (SCO)}, {@code (Xinhua)} or {@code （连云港）} stay. Hand-written because no library recognises
 * pinyin debris; the syllable table is the standard one.
 */
public final class PinyinDebrisStage implements MapStage {
  private static final Pattern CANDIDATE =
      Pattern.compile("[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6}[1-5]?)[)）]");
  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
              + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn"
              + "|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)[1-5]?"
              + "|hm|hng|ng|m|n");

  /** Combining marks (tone marks once decomposed); compiled once, not per candidate. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private final CleaningConfig config;

  public PinyinDebrisStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    String s = text.text();
    // The candidates are tried only where a parenthesis follows a Han character, found by a plain
    // scan: CANDIDATE's find (or a look-behind) tried every position of the text. No candidate
    // holds an opening parenthesis, so trying each one in turn finds the same matches as find.
    Matcher m = CANDIDATE.matcher(s);
    TrackedText.Builder out = null;
    int kept = 0; // start of the text not yet copied to out
    int removed = 0;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '(' || c == '（') && Chars.isHan(s.charAt(i - 1))
          && m.region(i, s.length()).lookingAt() && isPinyin(m.group(1))) {
        if (out == null) {
          out = TrackedText.builder(s.length());
        }
        out.append(text, kept, i);
        kept = m.end();
        removed++;
        i = m.end() - 1;
      }
    }
    if (removed == 0) {
      return document;
    }
    out.append(text, kept, s.length());
    return document
        .with(Keys.TEXT, out.build())
        .withWarning(
            WarningCode.PINYIN_DEBRIS_REMOVED,
            "Removed " + removed + " pinyin annotation" + (removed == 1 ? "" : "s") + " after characters");
  }

  /** Whether {@code s} is one pinyin syllable (lower case, tone marks or digit allowed). */
  static boolean isPinyin(String s) {
    if (!s.equals(s.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String decomposed =
        Normalizer.normalize(s.replace('ü', 'v').replace('ǖ', 'v').replace('ǘ', 'v').replace('ǚ', 'v').replace('ǜ', 'v'),
            Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").replace("ê", "e");
    Matcher m = SYLLABLE.matcher(bare);
    return m.matches();
  }
}

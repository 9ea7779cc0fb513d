package dev.dossier.clean.normalize;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.TrackedText;
import java.util.Objects;
import java.util.Set;

/**
 * Normalises line ends, white space and character width in {@link Keys#TEXT}, keeping offsets.
 *
 * <ul>
 *   <li>{@code \r\n} and {@code \r} become {@code \n};
 *   <li>Unicode spaces (U+00A0, U+3000, U+2000..U+200A, U+202F, U+205F) and tab become {@code ' '};
 *   <li>zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and control characters other than
 *       {@code \n} are removed;
 *   <li>full-width digits and Latin letters (U+FF10..FF19, FF21..FF3A, FF41..FF5A) become ASCII,
 *       with a {@code WIDTH_FOLDED} warning counting them; full-width {@code ．：／－} between two
 *       digits and {@code ％} after a digit are folded too, because then they are part of a number
 *       or date ({@code ２０２３．１０} is 2023.10, {@code ３０％} is 30%) that later stages parse;
 *       anywhere else they are Chinese punctuation and stay, like {@code ，。“”：};
 *   <li>spaces at the end of a line are removed; leading spaces stay (indentation is a layout hint
 *       for reflow).
 * </ul>
 *
 * <p>Order matters (as in Lucene's CJK analysis chain, where width folding precedes bigramming):
 * line ends first, so no later rule sees {@code \r}; invisible characters are removed before width
 * folding so that {@code １\u200B２} counts as adjacent digits; letters and digits are folded before
 * the number punctuation, whose rule looks at ASCII digits on both sides; trailing spaces are
 * trimmed last, after U+3000 and NBSP have become spaces. Immutable and thread-safe.
 */
public final class NormalizeStage implements MapStage {
  private final CleaningConfig config;

  public NormalizeStage(CleaningConfig config) {
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
    TrackedText in = document.get(Keys.TEXT);
    TrackedText.Builder b = null; // made at the first change: most texts need none
    int folded = 0;
    String s = in.text(); // read the String itself in the loop, not through TrackedText.charAt
    int n = s.length();
    boolean numberPunctuation = false; // whether foldNumberPunctuation has anything to look at
    int run = 0; // start of the pending run of characters kept as they are (copied in bulk)
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F || c >= 0x3400 && c <= 0x9FFF || c == '\n') {
        continue; // the common case: kept
      }
      if (isKeptPunctuation(c)) {
        // ．：／－％, the characters foldNumberPunctuation looks at
        numberPunctuation |= c == '\uFF0E' || c == '\uFF1A' || c == '\uFF0F' || c == '\uFF0D' || c == '\uFF05';
        continue;
      }
      boolean crlf = c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n';
      String replacement =
          crlf || isInvisible(c) ? ""
              : c == '\r' ? "\n"
              : isSpace(c) ? " "
              : isFullWidthAlphanumeric(c) ? String.valueOf((char) (c - 0xFEE0))
              : null;
      if (replacement == null) {
        continue;
      }
      if (b == null) {
        b = TrackedText.builder(n);
      }
      b.append(in, run, i);
      if (!replacement.isEmpty()) {
        b.appendReplacement(replacement, in, i, i + 1); // the '\n' after a '\r' keeps its own offset
      }
      folded += isFullWidthAlphanumeric(c) ? 1 : 0;
      run = i + 1;
    }
    TrackedText text = b == null ? in : b.append(in, run, n).build();
    int[] punctuation = {0};
    if (numberPunctuation) { // this loop only turns characters into ASCII, so it makes none of them
      text = foldNumberPunctuation(text, punctuation);
    }
    if (text.text().contains(" \n") || text.text().endsWith(" ")) {
      text = withoutTrailingSpaces(text);
    }
    Document out = document.with(Keys.TEXT, text);
    int total = folded + punctuation[0];
    if (total > 0) {
      out =
          out.withWarning(
              new Warning(
                  WarningCode.WIDTH_FOLDED,
                  total + " full-width characters folded to ASCII (" + folded
                      + " letters and digits, " + punctuation[0] + " number punctuation)"));
    }
    return out;
  }

  /**
   * Full-width ．：／－ between digits and ％ after a digit become ASCII (２０２４．７ → 2024.7).
   * A plain scan: the look-behind pattern it replaces was tried at every position of the text.
   */
  private static TrackedText foldNumberPunctuation(TrackedText text, int[] count) {
    String s = text.text();
    TrackedText.Builder b = null;
    int run = 0;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\uFF05' || c > '\uFF1A') {
        continue; // not one of ．：／－％ (all in this range): the common case, one test
      }
      boolean between = (c == '\uFF0E' || c == '\uFF1A' || c == '\uFF0F' || c == '\uFF0D')
          && i + 1 < s.length() && isDigit(s.charAt(i + 1));
      if ((between || c == '\uFF05') && isDigit(s.charAt(i - 1))) {
        if (b == null) {
          b = TrackedText.builder(s.length());
        }
        b.append(text, run, i).appendReplacement(String.valueOf((char) (c - 0xFEE0)), text, i, i + 1);
        run = i + 1;
        count[0]++;
      }
    }
    return b == null ? text : b.append(text, run, s.length()).build();
  }

  /**
   * {@code text} without the spaces that end a line or the text; the same instance when there
   * are none. This is {@code replaceAll} of {@code " +(?=\n)| +$"} with "" as a scan: the
   * pattern was tried at every position, and cost most of this stage on indented text.
   */
  static TrackedText withoutTrailingSpaces(TrackedText text) {
    String s = text.text();
    int n = s.length();
    TrackedText.Builder b = null;
    int kept = 0; // start of the text not yet copied to b
    int i = s.indexOf(' ');
    while (i >= 0) {
      int end = i;
      while (end < n && s.charAt(end) == ' ') {
        end++;
      }
      if (endsLine(s, end)) {
        if (b == null) {
          b = TrackedText.builder(n);
        }
        b.append(text, kept, i);
        kept = end;
      }
      i = s.indexOf(' ', end);
    }
    return b == null ? text : b.append(text, kept, n).build();
  }

  /**
   * Whether a run of spaces ending at {@code at} is followed by a line break or the end: {@code
   * (?=\n)}, or {@code $} outside MULTILINE mode (the end, or a last line terminator before it).
   */
  private static boolean endsLine(String s, int at) {
    int n = s.length();
    if (at == n || s.charAt(at) == '\n') {
      return true;
    }
    char c = s.charAt(at);
    if (at == n - 1) {
      return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return at == n - 2 && c == '\r' && s.charAt(n - 1) == '\n';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** CJK, full-width and general punctuation that stays as it is (，。、“”——…《》). */
  private static boolean isKeptPunctuation(char c) {
    return c >= 0x3001 && c <= 0x303F
        || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20 || c >= 0xFF3B && c <= 0xFF40 || c >= 0xFF5B && c <= 0xFF65
        || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E;
  }

  static boolean isSpace(char c) {
    return c == '\t'
        || c == '\u00A0'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F';
  }

  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060'
        || c == '\uFEFF'
        || c < 0x20 && c != '\n' && c != '\r' && c != '\t'
        || c >= 0x7F && c <= 0x9F; // the C0 and C1 controls (Unicode category Cc)
  }

  static boolean isFullWidthAlphanumeric(char c) {
    return (c >= '\uFF10' && c <= '\uFF19')
        || (c >= '\uFF21' && c <= '\uFF3A')
        || (c >= '\uFF41' && c <= '\uFF5A');
  }
}

package dev.dossier.clean.reflow;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves exactly one paragraph per line: no blank lines, no leading or trailing white space.
 *
 * <p>When the text is hard-wrapped (print or OCR: most lines about as long as the column and not
 * ending a sentence; decided from the line-length statistics of the text itself), lines inside a
 * sentence are joined, across blank lines too (a column or page break in mid-sentence), and
 * between a number and its unit or inside quoted speech alike. A line ends a paragraph when it
 * ends a sentence and is clearly shorter than the column, or is followed by a blank line or an
 * indented line; a short line without sentence punctuation that follows a paragraph end is a
 * heading and stands alone. Chinese joins insert nothing; Latin joins insert a space, and a
 * line-end hyphen between two lower-case letters is dropped. Page furniture (lone page numbers,
 * 第3版, — 12 —) is dropped. Hand-written: no library reflows Chinese print.
 */
public final class ReflowStage implements MapStage {
  private static final Pattern FURNITURE =
      Pattern.compile("\\d{1,3}|第\\s*\\d{1,3}\\s*版|[—－-]{1,2}\\s*\\d{1,3}\\s*[—－-]{1,2}|-\\s*\\d{1,3}\\s*-");
  /** Lines needed before the statistics mean anything. */
  private static final int MIN_LINES = 8;

  private final CleaningConfig config;

  public ReflowStage(CleaningConfig config) {
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

  /** One source line: its trimmed span, whether it was indented, and its display width. */
  private record Line(int start, int end, boolean indented, int width) {
    boolean blank() {
      return start == end;
    }

    int length() {
      return end - start;
    }
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    List<Line> lines = lines(text.text());
    int width = columnWidth(text.text(), lines);
    if (width < 0) {
      return document.with(Keys.TEXT, plain(text, lines));
    }
    int[] joins = {0};
    TrackedText out = reflow(text, lines, width, joins);
    return document
        .with(Keys.TEXT, out)
        .withWarning(
            WarningCode.OCR_REFLOW,
            "Hard-wrapped text (column about " + width + " characters): joined " + joins[0] + " line breaks");
  }

  private static List<Line> lines(String s) {
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i <= s.length()) {
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? s.length() : nl;
      int a = i;
      int b = end;
      while (a < b && isSpace(s.charAt(a))) {
        a++;
      }
      while (b > a && isSpace(s.charAt(b - 1))) {
        b--;
      }
      // The width once per line: the statistics and the joining rules ask for it again and again.
      out.add(a == b ? new Line(a, a, false, 0) : new Line(a, b, a > i, displayWidth(s, a, b)));
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * The column width when the text is hard-wrapped, else -1: at least {@link #MIN_LINES}
   * non-blank lines, half of them within two characters of the most common long length, and
   * most lines not ending a sentence.
   */
  static int columnWidth(String s, List<Line> lines) {
    // Plain loops over one array: the streams this was written with were a fifth of the stage.
    int[] lengths = new int[lines.size()];
    int full = 0;
    for (Line l : lines) {
      if (!l.blank()) {
        lengths[full++] = l.width();
      }
    }
    if (full < MIN_LINES) {
      return -1;
    }
    Arrays.sort(lengths, 0, full);
    int width = lengths[(int) (full * 0.75)];
    if (width < 8 || width > 120) {
      return -1;
    }
    int near = 0;
    for (int k = 0; k < full; k++) {
      if (Math.abs(lengths[k] - width) <= 2) {
        near++;
      }
    }
    int open = 0;
    for (Line l : lines) {
      if (!l.blank() && !endsSentence(s, l.start(), l.end())) {
        open++;
      }
    }
    return near * 2 >= full && open * 2 > full ? width : -1;
  }


  /** Width of {@code s[from, to)} in Chinese characters: a Latin letter or digit is half as wide. */
  public static int displayWidth(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += s.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return (n + 1) / 2;
  }

  private static TrackedText plain(TrackedText text, List<Line> lines) {
    TrackedText.Builder b = TrackedText.builder(text.length());
    for (Line l : lines) {
      if (l.blank()) {
        continue;
      }
      if (b.length() > 0) {
        b.insert("\n", text.sourceStart(l.start()));
      }
      b.append(text, l.start(), l.end());
    }
    return b.build();
  }

  private static TrackedText reflow(TrackedText text, List<Line> lines, int width, int[] joins) {
    String s = text.text();
    TrackedText.Builder b = TrackedText.builder(text.length());
    Line prev = null;
    boolean blankBefore = true;
    boolean prevHeading = false;
    for (Line l : lines) {
      if (l.blank()) {
        blankBefore = true;
        continue;
      }
      if (mayBeFurniture(s.charAt(l.start())) && FURNITURE.matcher(s.substring(l.start(), l.end())).matches()) {
        continue;
      }
      boolean heading = false;
      if (prev == null) {
        b.append(text, l.start(), l.end());
      } else {
        boolean prevEnds = endsSentence(s, prev.start(), prev.end());
        boolean prevShort = prev.width() < width - 1;
        boolean brk =
            prevHeading
                || prevEnds && (prevShort || blankBefore || l.indented())
                || isDash(s, l.start());
        if (brk) {
          b.insert("\n", text.sourceStart(l.start()));
        } else {
          joins[0]++;
          char last = s.charAt(prev.end() - 1);
          char first = s.charAt(l.start());
          if (last == '-' && prev.length() >= 2 && Character.isLowerCase(s.charAt(prev.end() - 2))
              && Character.isLowerCase(first)) {
            b.trimLast(1); // inter-\nnational
          } else if (isLatin(last) && isLatin(first) && last != '-') {
            b.insert(" ", text.sourceStart(l.start()));
          }
        }
        b.append(text, l.start(), l.end());
        heading = brk && (blankBefore || prevEnds) && looksLikeHeading(s, l, width);
      }
      if (prev == null) {
        heading = looksLikeHeading(s, l, width);
      }
      prevHeading = heading;
      prev = l;
      blankBefore = false;
    }
    return b.build();
  }

  /** Whether a line starting with {@code c} can be {@link #FURNITURE}: a cheap test first. */
  private static boolean mayBeFurniture(char c) {
    return c >= '0' && c <= '9' || c == '第' || c == '—' || c == '－' || c == '-';
  }

  private static boolean looksLikeHeading(String s, Line l, int width) {
    return l.width() < width * 0.75 && !endsSentence(s, l.start(), l.end())
        && !endsClause(s.charAt(l.end() - 1));
  }

  private static boolean endsClause(char c) {
    return "，、,：:；;（(“‘「《".indexOf(c) >= 0;
  }

  private static boolean isDash(String s, int at) {
    return s.startsWith("——", at) || s.startsWith("－－", at);
  }

  private static boolean isLatin(char c) {
    return c < 0x2E80 && (Character.isLetterOrDigit(c) || ",.;:!?)'\"".indexOf(c) >= 0);
  }

  /**
   * Whether {@code s[start, end)} ends a sentence: with 。！？… (or . ! ? for Latin), possibly
   * followed by closing quotes, or with a parenthesis such as a closing dateline
   * {@code （新华社阿斯塔纳7月1日电）} after such an end.
   */
  public static boolean endsSentence(String s, int start, int end) {
    int i = end;
    while (i > start) {
      char c = s.charAt(i - 1);
      if ("”’」』\"'》".indexOf(c) >= 0) {
        i--;
        continue;
      }
      if (c == '）' || c == ')') {
        int open = Math.max(s.lastIndexOf('（', i - 1), s.lastIndexOf('(', i - 1));
        if (open < start) {
          return false;
        }
        if (open == start) {
          return true; // a whole-line parenthesis
        }
        i = open;
        continue;
      }
      return "。！？…!?.".indexOf(c) >= 0;
    }
    return false;
  }
}

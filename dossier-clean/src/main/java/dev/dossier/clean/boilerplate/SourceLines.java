package dev.dossier.clean.boilerplate;

import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The lines of a {@link TrackedText} split on {@code '\n'}, and the removal of whole lines. Used
 * by the line-based cleaning stages that run before OCR reflow. Immutable.
 */
public final class SourceLines {
  /**
   * One line: {@code [start, end)} is its content without the line break; {@code next} is where
   * the following line starts (after the {@code '\n'}, or the text's end).
   *
   * <p>{@link #trimmed}: the line without leading and trailing white space, no-break spaces
   * counted as white space (pages print them around breadcrumbs and in indents); inner no-break
   * spaces become plain spaces so that patterns see one kind. Made on first use and kept: the
   * line-based stages ask for it many times per line, but some stages only for a few lines.
   * Whether the line is blank is known without making it.
   */
  public static final class Line {
    private final String source;
    private final int index;
    private final int start;
    private final int end;
    private final int next;
    private final boolean blank;
    private final boolean noBreakSpaces; // whether the text has any: else spaced() has nothing to do
    private String trimmed; // made on first use; a String is safe to publish without a lock

    Line(String source, boolean noBreakSpaces, int index, int start, int end, int next) {
      this.source = source;
      this.noBreakSpaces = noBreakSpaces;
      this.index = index;
      this.start = start;
      this.end = end;
      this.next = next;
      boolean white = true;
      for (int i = start; i < end && white; i++) {
        white = isSpace(source.charAt(i));
      }
      this.blank = white;
    }

    public int index() {
      return index;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    public int next() {
      return next;
    }

    public boolean isBlank() {
      return blank;
    }

    public String trimmed() {
      String t = trimmed;
      if (t == null) {
        String line = source.substring(start, end);
        t = blank ? "" : (noBreakSpaces ? spaced(line) : line).strip();
        trimmed = t;
      }
      return t;
    }

    /** Where {@link #trimmed} starts within the line. */
    public int trimmedOffset() {
      int i = start;
      while (i < end && isSpace(source.charAt(i))) {
        i++;
      }
      return i - start;
    }

    /** White space as {@code spaced(line).strip()} sees it. */
    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static String spaced(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
          return s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        }
      }
      return s;
    }
  }

  private final TrackedText text;
  private final List<Line> lines;

  private SourceLines(TrackedText text, List<Line> lines) {
    this.text = text;
    this.lines = lines;
  }

  public static SourceLines of(TrackedText text) {
    Objects.requireNonNull(text, "text");
    List<Line> out = new ArrayList<>();
    String s = text.text();
    boolean noBreakSpaces = s.indexOf('\u00A0') >= 0 || s.indexOf('\u2007') >= 0 || s.indexOf('\u202F') >= 0;
    int start = 0;
    while (start <= s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl;
      int next = nl < 0 ? s.length() : nl + 1;
      if (nl < 0 && start == s.length() && !out.isEmpty()) {
        break; // text ends with '\n': no empty last line
      }
      out.add(new Line(s, noBreakSpaces, out.size(), start, end, next));
      if (nl < 0) {
        break;
      }
      start = next;
    }
    return new SourceLines(text, List.copyOf(out));
  }

  public TrackedText text() {
    return text;
  }

  public List<Line> lines() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  public Line get(int i) {
    return lines.get(i);
  }

  /** The index of the next non-blank line at or after {@code from}, or -1. */
  public int nextNonBlank(int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the previous non-blank line at or before {@code from}, or -1. */
  public int previousNonBlank(int from) {
    for (int i = Math.min(from, lines.size() - 1); i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text without the lines in {@code removed}, each taken out with its line break. When the
   * last kept line then ends in a dangling {@code '\n'} (its follower was removed), that break is
   * dropped too.
   */
  public TrackedText without(BitSet removed) {
    if (removed.isEmpty()) {
      return text;
    }
    TrackedText.Builder b = TrackedText.builder(text.length());
    for (Line line : lines) {
      if (!removed.get(line.index())) {
        b.append(text, line.start(), line.next());
      }
    }
    if (b.length() > 0 && b.lastChar() == '\n' && lastKept(removed) < lines.size() - 1) {
      b.trimLast(1);
    }
    return b.build();
  }

  private int lastKept(BitSet removed) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!removed.get(i)) {
        return i;
      }
    }
    return -1;
  }
}

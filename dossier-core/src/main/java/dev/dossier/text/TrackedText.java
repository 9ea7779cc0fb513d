package dev.dossier.text;

import dev.dossier.model.SourceSegment;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that remembers where every character came from in the original file.
 *
 * <p>Each character {@code i} carries the source range {@code [sourceStart(i), sourceEnd(i))} it
 * was made from. Cleaning stages never edit strings directly: they derive a new
 * {@code TrackedText} through {@link Builder}, {@link #replaceAll}, {@link #mapChars} or
 * {@link #subText}, so that any span found later in the clean text maps back to the file
 * ({@link #toSource}). Inserted characters (a joining space, a paragraph break) map to an empty
 * source range at the place they were inserted.
 *
 * <p>Immutable and thread-safe. Memory: two ints per character, which is why articles have a
 * maximum size (see {@code CleaningConfig}).
 */
public final class TrackedText implements CharSequence {
  private final String text;
  private final int[] sourceStart;
  private final int[] sourceEnd;

  private TrackedText(String text, int[] sourceStart, int[] sourceEnd) {
    this.text = text;
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
  }

  /** The identity mapping: character {@code i} of {@code source} maps to source offset {@code i}. */
  public static TrackedText of(String source) {
    Objects.requireNonNull(source, "source");
    int n = source.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new TrackedText(source, s, e);
  }

  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Source offset where character {@code i} starts. */
  public int sourceStart(int i) {
    return sourceStart[i];
  }

  /** Source offset where character {@code i} ends. */
  public int sourceEnd(int i) {
    return sourceEnd[i];
  }

  /**
   * The source range covering clean text {@code [start, end)}. An empty range maps to the
   * empty source range at the position of the character it precedes.
   */
  public Span toSource(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (text.isEmpty()) {
      return new Span(0, 0);
    }
    if (start == end) {
      int at = start < text.length() ? sourceStart[start] : sourceEnd[text.length() - 1];
      return new Span(at, at);
    }
    // Characters are usually in source order, but a stage may move text (a headline printed
    // after the body becomes the title), so take the min/max over the first and last chars.
    int lo = Math.min(sourceStart[start], sourceStart[end - 1]);
    int hi = Math.max(sourceEnd[start], sourceEnd[end - 1]);
    return new Span(lo, Math.max(lo, hi));
  }

  public Span toSource(Span span) {
    return toSource(span.start(), span.end());
  }

  /** The sub-text {@code [start, end)}, keeping each character's source range. */
  public TrackedText subText(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == 0 && end == text.length()) {
      return this; // immutable: the whole text is itself (an article alone on its page)
    }
    return new TrackedText(
        text.substring(start, end),
        Arrays.copyOfRange(sourceStart, start, end),
        Arrays.copyOfRange(sourceEnd, start, end));
  }

  public TrackedText subText(Span span) {
    return subText(span.start(), span.end());
  }

  /**
   * Replaces every match of {@code pattern} with {@code replacement.apply(match)}. A replacement
   * of the same length maps character by character; any other maps each new character to the
   * whole matched source range.
   */
  public TrackedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return this;
    }
    Builder b = new Builder(text.length());
    int last = 0;
    do {
      b.append(this, last, m.start());
      b.appendReplacement(replacement.apply(m.toMatchResult()), this, m.start(), m.end());
      last = m.end();
    } while (m.find());
    b.append(this, last, text.length());
    return b.build();
  }

  /** Maps each character through {@code op} (one char in, one char out), keeping offsets. */
  public TrackedText mapChars(IntUnaryOperator op) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char d = (char) op.applyAsInt(c);
      if (d != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = d;
      }
    }
    return out == null ? this : new TrackedText(new String(out), sourceStart, sourceEnd);
  }

  /**
   * The mapping as runs: consecutive characters whose source ranges are adjacent and one
   * character long collapse into a single segment. Used for the JSON {@code source_map}.
   */
  public List<SourceSegment> segments() {
    List<SourceSegment> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int j = i + 1;
      boolean unit = sourceEnd[i] - sourceStart[i] == 1;
      if (unit) {
        while (j < n && sourceStart[j] == sourceEnd[j - 1] && sourceEnd[j] - sourceStart[j] == 1) {
          j++;
        }
      } else {
        // Characters sharing one source range (a replacement) form one segment.
        while (j < n && sourceStart[j] == sourceStart[i] && sourceEnd[j] == sourceEnd[i]) {
          j++;
        }
      }
      out.add(new SourceSegment(i, j, sourceStart[i], sourceEnd[j - 1]));
      i = j;
    }
    return out;
  }

  public static Builder builder() {
    return new Builder(64);
  }

  /** A builder sized for about {@code expectedLength} characters (it still grows past them). */
  public static Builder builder(int expectedLength) {
    return new Builder(expectedLength);
  }

  /** Builds a {@link TrackedText} from pieces of other tracked texts and inserted strings. */
  public static final class Builder {
    // A char array rather than a StringBuilder: String.getChars is a bulk copy, where
    // StringBuilder.append(CharSequence, from, to) copied Chinese text char by char.
    private char[] chars;
    private int length;
    private int[] starts;
    private int[] ends;

    private Builder(int capacity) {
      int cap = Math.max(16, capacity);
      chars = new char[cap];
      starts = new int[cap];
      ends = new int[cap];
    }

    public int length() {
      return length;
    }

    /** The last character appended, or 0 when empty. */
    public char lastChar() {
      return length == 0 ? 0 : chars[length - 1];
    }

    private void ensure(int extra) {
      int need = length + extra;
      if (need > starts.length) {
        int cap = Math.max(need, starts.length * 2);
        chars = Arrays.copyOf(chars, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
      }
    }

    /** Appends {@code src[from, to)} with its source ranges. */
    public Builder append(TrackedText src, int from, int to) {
      Objects.checkFromToIndex(from, to, src.length());
      int n = to - from;
      ensure(n);
      System.arraycopy(src.sourceStart, from, starts, length, n);
      System.arraycopy(src.sourceEnd, from, ends, length, n);
      src.text.getChars(from, to, chars, length);
      length += n;
      return this;
    }

    public Builder append(TrackedText src) {
      return append(src, 0, src.length());
    }

    /**
     * Appends {@code replacement} standing for {@code src[from, to)}: char by char when the
     * lengths agree, otherwise every new char maps to the whole source range.
     */
    public Builder appendReplacement(CharSequence replacement, TrackedText src, int from, int to) {
      Objects.checkFromToIndex(from, to, src.length());
      int n = replacement.length();
      ensure(n);
      if (n == to - from) {
        System.arraycopy(src.sourceStart, from, starts, length, n);
        System.arraycopy(src.sourceEnd, from, ends, length, n);
      } else {
        Span whole = from == to ? src.toSource(from, from) : src.toSource(from, to);
        Arrays.fill(starts, length, length + n, whole.start());
        Arrays.fill(ends, length, length + n, whole.end());
      }
      copy(replacement, n);
      return this;
    }

    /** Appends text that stands for nothing in the source, anchored at source offset {@code at}. */
    public Builder insert(CharSequence inserted, int at) {
      int n = inserted.length();
      ensure(n);
      Arrays.fill(starts, length, length + n, at);
      Arrays.fill(ends, length, length + n, at);
      copy(inserted, n);
      return this;
    }

    private void copy(CharSequence s, int n) {
      if (s instanceof String str) {
        str.getChars(0, n, chars, length);
      } else {
        for (int k = 0; k < n; k++) {
          chars[length + k] = s.charAt(k);
        }
      }
      length += n;
    }

    /** Removes the last {@code n} characters appended. */
    public Builder trimLast(int n) {
      if (n < 0 || n > length) {
        throw new IndexOutOfBoundsException("trimLast(" + n + ") of " + length);
      }
      length -= n;
      return this;
    }

    public TrackedText build() {
      return new TrackedText(new String(chars, 0, length), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }
  }
}

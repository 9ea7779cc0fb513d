package dev.dossier.analyze.sentence;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits clean article text into sentences with ICU4J's rule-based sentence break iterator
 * (Unicode UAX #29 with CLDR suppressions for English abbreviations such as "Mr."), which knows
 * Chinese 。！？ and closing quotes as well as English punctuation. Paragraph breaks ({@code \n})
 * always end a sentence. Two Chinese conventions are added to ICU's rules: UAX #29 treats an
 * opening quote after 。 as closing punctuation of the previous sentence, so we break before it;
 * and a break inside an open quotation (“ ... ” or 「 ... 」) is suppressed, so a quoted passage
 * of several sentences stays one sentence.
 *
 * <p>Thread-safe: ICU break iterators are not, so each call clones a prototype.
 */
public final class SentenceSplitter {
  private final BreakIterator prototype;

  public SentenceSplitter() {
    // "ss=standard" turns on CLDR's sentence-break suppressions (Mr., Dr., U.S. ...).
    this.prototype = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
  }

  /** The sentences of {@code text}, in order, trimmed, never empty. */
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    BreakIterator it = (BreakIterator) prototype.clone();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      splitLine(text, lineStart, lineEnd, paragraph, it, out);
      paragraph++;
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void splitLine(
      String text, int from, int to, int paragraph, BreakIterator it, List<Sentence> out) {
    if (from >= to) {
      return;
    }
    String line = text.substring(from, to);
    it.setText(line);
    // ICU's breaks and ours, each ascending, merged without repeats into one int array (a
    // TreeSet of boxed offsets was a fifth of this stage's time).
    int[] icu = new int[8];
    int icuCount = 0;
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      if (icuCount == icu.length) {
        icu = Arrays.copyOf(icu, icuCount * 2);
      }
      icu[icuCount++] = b;
    }
    int[] breaks = new int[icuCount + 8];
    int count = 0;
    int k = 0;
    for (int i = 0; i + 1 < line.length(); i++) {
      if (isStop(line.charAt(i)) && isOpenQuote(line.charAt(i + 1))) {
        int quoteBreak = i + 1;
        for (; k < icuCount && icu[k] <= quoteBreak; k++) {
          breaks = appendAt(breaks, count++, icu[k]);
        }
        if (count == 0 || breaks[count - 1] != quoteBreak) {
          breaks = appendAt(breaks, count++, quoteBreak);
        }
      }
    }
    for (; k < icuCount; k++) {
      breaks = appendAt(breaks, count++, icu[k]);
    }
    int start = 0;
    int depth = 0;
    int scanned = 0;
    for (int b = 0; b < count; b++) {
      int end = breaks[b];
      for (; scanned < end; scanned++) {
        char c = line.charAt(scanned);
        if (isOpenQuote(c)) {
          depth++;
        } else if ((c == '”' || c == '」' || c == '』') && depth > 0) {
          depth--;
        }
      }
      if (depth > 0 && end < line.length()) {
        continue; // inside an open quotation: keep going
      }
      add(line, from, start, end, paragraph, out);
      start = end;
      depth = 0;
    }
    if (start < line.length()) {
      add(line, from, start, line.length(), paragraph, out);
    }
  }

  /** {@code array} with {@code value} at {@code index}, grown when full. */
  private static int[] appendAt(int[] array, int index, int value) {
    int[] out = index < array.length ? array : Arrays.copyOf(array, array.length * 2);
    out[index] = value;
    return out;
  }

  private static boolean isStop(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
  }

  private static boolean isOpenQuote(char c) {
    return c == '“' || c == '「' || c == '『';
  }

  private static void add(
      String line, int offset, int start, int end, int paragraph, List<Sentence> out) {
    while (start < end && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(offset + start, offset + end, paragraph));
    }
  }
}

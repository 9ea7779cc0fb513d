package dev.dossier.analyze;

import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Span;
import java.util.List;

/** Lookups of the sentence that holds a span. */
public final class Sentences {
  private Sentences() {}

  /**
   * The span of the sentence holding {@code [start, end)}: the sentence of {@code start}, widened
   * to the sentence of {@code end} when a fact runs over a sentence end (a long quote); the
   * span itself when no sentence holds it.
   */
  public static Span holding(List<Sentence> sentences, int start, int end) {
    int first = indexOf(sentences, start);
    int last = indexOf(sentences, Math.max(start, end - 1));
    if (first < 0 || last < 0) {
      return new Span(start, end);
    }
    return new Span(
        Math.min(start, sentences.get(first).start()), Math.max(end, sentences.get(last).end()));
  }

  /** Index of the sentence holding offset {@code at}, or -1 (binary search; sentences sorted). */
  public static int indexOf(List<Sentence> sentences, int at) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (at < s.start()) {
        hi = mid - 1;
      } else if (at >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}

package dev.dossier.analyze.summary;

import dev.dossier.model.Span;
import java.util.Objects;

/** One sentence of an extractive summary: the exact source text and its span in the article. */
public record SummarySentence(String text, int start, int end) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
    if (text.length() != end - start) {
      throw new IllegalArgumentException("text length does not match span");
    }
  }
}

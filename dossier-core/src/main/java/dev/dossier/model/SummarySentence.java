package dev.dossier.model;

import java.util.Objects;

/** One sentence of the extractive summary: the exact text of {@code [start, end)}. */
public record SummarySentence(String text, int start, int end) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
    if (text.length() != end - start) {
      throw new IllegalArgumentException("text length does not match span");
    }
  }
}

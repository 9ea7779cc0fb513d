package dev.dossier.analyze.sentence;

import dev.dossier.model.Span;

/**
 * One sentence of an article: {@code [start, end)} in the clean text, without surrounding white
 * space, and the index of the paragraph it belongs to.
 */
public record Sentence(int start, int end, int paragraph) {
  public Sentence {
    new Span(start, end);
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must be >= 0, was " + paragraph);
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}

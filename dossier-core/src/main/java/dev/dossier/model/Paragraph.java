package dev.dossier.model;

import java.util.Objects;

/**
 * One paragraph of the clean text: {@code [start, end)} in {@code Article.text}, its language,
 * and whether it is a section heading rather than running text.
 */
public record Paragraph(int start, int end, Language language, boolean heading) {
  public Paragraph {
    new Span(start, end);
    Objects.requireNonNull(language, "language");
  }

  public Span span() {
    return new Span(start, end);
  }
}

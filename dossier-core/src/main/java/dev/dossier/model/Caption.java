package dev.dossier.model;

import java.util.Objects;

/**
 * An image caption kept apart from the body. {@code text} is cleaned like the body;
 * {@code sourceStart}/{@code sourceEnd} locate it in the original file's characters.
 */
public record Caption(String text, int sourceStart, int sourceEnd) {
  public Caption {
    Objects.requireNonNull(text, "text");
    new Span(sourceStart, sourceEnd);
  }
}

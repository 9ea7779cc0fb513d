package dev.dossier.model;

import java.util.Objects;

/**
 * Something said: {@code text} at {@code [start, end)} (the words, without the quotation marks
 * for a direct quote), {@code speaker} the id of the entity who said it (null when unknown), and
 * whether it is {@code direct} (in quotation marks) or reported speech.
 */
public record Quote(String speaker, String text, int start, int end, boolean direct) {
  public Quote {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
  }
}

package dev.dossier.model;

import java.util.Objects;

/**
 * Something said: {@code text} at {@code [start, end)} (the words, without the quotation marks
 * for a direct quote; the reported clause for reported speech), {@code speaker} the id of the
 * entity who said it (null when unknown), {@code speakerText} the speaker as printed (or the
 * antecedent of a pronoun), {@code role} the title printed with the speaker (外交部发言人), and
 * whether it is {@code direct} (in quotation marks) or reported speech.
 */
public record Quote(
    String speaker, String speakerText, String role, String text, int start, int end, boolean direct) {
  public Quote {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
  }

  public Span span() {
    return new Span(start, end);
  }
}

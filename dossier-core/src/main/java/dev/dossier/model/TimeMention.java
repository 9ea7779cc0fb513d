package dev.dossier.model;

import java.util.Objects;

/**
 * A date, range or duration expression: {@code text} at {@code [start, end)}, normalised to
 * {@code value} (ISO 8601 at the expression's own granularity: {@code 2023}, {@code 2023-03},
 * {@code 2023-10-18}, {@code 2023-10-18T15:00}; a range as {@code start/end}; a duration as
 * {@code P32Y}). {@code value} is null when the expression could not be resolved. {@code
 * sentence} is the span of the sentence it came from.
 */
public record TimeMention(String text, int start, int end, TimeKind kind, String value, Span sentence) {
  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    if (!sentence.contains(new Span(start, end))) {
      throw new IllegalArgumentException("Sentence " + sentence + " does not hold " + text);
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}

package dev.dossier.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A reported number: money, a percentage, or a count with its unit. {@code value} is the plain
 * number (410亿 is 41000000000), {@code unit} an ISO 4217 code for money (USD, CNY), {@code %} for
 * percentages, {@code pp} for percentage points, or the measure word for counts (列, 个, 名);
 * {@code qualifier} how the printed number bounds the true one (超过 is {@link Qualifier#OVER});
 * {@code change} whether it is a level or a change (同比增长32% is {@link Change#INCREASE});
 * {@code subject} what is measured and {@code period} the period it refers to, where the sentence
 * says them (else null); {@code sentence} the span of the sentence it came from.
 */
public record Figure(
    String text,
    int start,
    int end,
    double value,
    String unit,
    Qualifier qualifier,
    Change change,
    String subject,
    String period,
    Span sentence) {
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(sentence, "sentence");
    if (!sentence.contains(new Span(start, end))) {
      throw new IllegalArgumentException("Sentence " + sentence + " does not hold " + text);
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  /** How the printed number bounds the true one. JSON form: {@link #code()}. */
  public enum Qualifier {
    EXACT, OVER, UNDER, ABOUT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A level, or a change of something. JSON form: {@link #code()}. */
  public enum Change {
    LEVEL, INCREASE, DECREASE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

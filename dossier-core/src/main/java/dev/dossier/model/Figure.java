package dev.dossier.model;

import java.util.Objects;

/**
 * A reported number: money, a percentage, or a count with its unit. {@code value} is the plain
 * number (410亿 is 41000000000), {@code unit} an ISO 4217 code for money (USD, CNY), {@code %} for
 * percentages, or the measure word for counts (列, 个, 名); {@code subject} what is measured and
 * {@code period} the period it refers to, where the sentence says them (else null).
 */
public record Figure(
    String text, int start, int end, double value, String unit, String subject, String period) {
  public Figure {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
  }
}

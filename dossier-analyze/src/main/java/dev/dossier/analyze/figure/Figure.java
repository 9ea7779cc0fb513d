package dev.dossier.analyze.figure;

import dev.dossier.model.Span;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount of money, percentage, percentage-point change or count with its unit, found in a
 * text. Offsets are half-open {@code [start, end)} into the text given to {@link FigureExtractor};
 * {@code text} is exactly that slice and includes a printed qualifier ({@code 超过1万名}).
 *
 * @param value the plain number the figure states ({@code 410亿} is 41000000000); never null
 * @param unit ISO 4217 code for money (USD, CNY, EUR, RUB, KZT ...), {@code "%"} for percentages,
 *     {@code "pp"} for percentage points, else the measure word or SI symbol (列, 名, MW, 吨 ...)
 * @param qualifier how the printed number bounds the true one ({@code 超过} -> OVER)
 * @param change whether the figure is a level or a change of something ({@code 同比增长32%})
 * @param subject what is measured, as printed in the sentence ({@code 两国贸易额}); null when the
 *     sentence does not say clearly enough. For a change the subject is the thing that changed.
 * @param subjectSpan where {@code subject} is printed (null iff subject is null); a subject
 *     inherited from an earlier figure of the same sentence points at that earlier print
 * @param period the year or period the sentence ties the figure to: {@code "2023"},
 *     {@code "2024-03"}, {@code "2013/.."} (since 2013), or a relative phrase as printed
 *     ({@code "今年"}) when no reference year was given; null when none
 * @param periodSpan where the period is printed (null iff period is null)
 * @param sentence the sentence holding the figure
 */
public record Figure(
    String text,
    int start,
    int end,
    BigDecimal value,
    String unit,
    UnitKind unitKind,
    Qualifier qualifier,
    Change change,
    String subject,
    Span subjectSpan,
    String period,
    Span periodSpan,
    Span sentence) {

  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitKind, "unitKind");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("Bad offsets [" + start + ", " + end + ") for " + text);
    }
    if ((subject == null) != (subjectSpan == null) || (period == null) != (periodSpan == null)) {
      throw new IllegalArgumentException("subject/period and their spans must be both set or both null");
    }
    if (!sentence.contains(new Span(start, end))) {
      throw new IllegalArgumentException("Sentence " + sentence + " does not hold the figure");
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  /** The kind of quantity a unit measures. */
  public enum UnitKind {
    MONEY,
    PERCENT,
    PERCENTAGE_POINT,
    COUNT,
    MEASURE
  }

  /**
   * How the printed number bounds the true value: {@code 超过/逾/多/余/以上} OVER, {@code 近/不足/不到}
   * UNDER, {@code 约/左右/上(千)} ABOUT, none EXACT.
   */
  public enum Qualifier {
    EXACT,
    OVER,
    UNDER,
    ABOUT
  }

  /**
   * LEVEL: the figure states how much there is. INCREASE / DECREASE: it states how much something
   * grew or fell ({@code 同比增长32%}); the value stays positive.
   */
  public enum Change {
    LEVEL,
    INCREASE,
    DECREASE
  }
}

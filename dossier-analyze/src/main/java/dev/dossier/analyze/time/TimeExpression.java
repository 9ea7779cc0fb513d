package dev.dossier.analyze.time;

import java.util.Objects;

/**
 * One time expression found in a text.
 *
 * @param text     the covered characters, exactly {@code source.substring(start, end)}
 * @param start    offset of the first character in the text given to {@link TimeNormalizer#find}
 * @param end      offset after the last character
 * @param kind     date, time of day, range or duration
 * @param value    ISO 8601 at the expression's own grain: {@code 2023}, {@code 2023-10},
 *                 {@code 2023-10-18}, {@code 2023-10-18TAF} (part of day, TIMEX3 codes MO/AF/EV/NI),
 *                 {@code 2023-10-18T15:00}, {@code 2023-W42}, {@code 2023-Q1}, {@code 2023-H1},
 *                 {@code 198} (decade), {@code 17} (century); {@code XXXX} stands for a year the
 *                 reference could not supply; a range is {@code start/end}; a duration {@code P6M}
 * @param grain    precision of {@code value} (for a range, of its finer end; for a duration, its unit)
 * @param modifier qualifier such as {@link Modifier#END} for 底
 */
public record TimeExpression(String text, int start, int end, TimeKind kind, String value, Grain grain,
                             Modifier modifier) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(modifier, "modifier");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets start=" + start + " end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " != end-start " + (end - start));
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("value is blank");
        }
    }
}

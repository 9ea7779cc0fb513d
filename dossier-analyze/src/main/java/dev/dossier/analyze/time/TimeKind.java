package dev.dossier.analyze.time;

/** What a {@link TimeExpression} denotes. */
public enum TimeKind {
    /** A point in time at some grain: a year, month, day, part of day or clock time. */
    DATE,
    /** A clock time or part of day that could not be attached to any date (no reference, no narrative). */
    TIME,
    /** A closed range between two points, value {@code start/end}. */
    RANGE,
    /** A length of time, value an ISO 8601 duration such as {@code P32Y} or {@code P6M}. */
    DURATION
}

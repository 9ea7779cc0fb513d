package dev.dossier.analyze.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The moment a text is anchored to, normally its publication time. Any part may be unknown: a
 * dateline "July 2" gives a year-less reference, an undated report none at all.
 *
 * @param year  calendar year or {@code null}
 * @param month 1..12 or {@code null}
 * @param day   1..31 or {@code null} (only with a month)
 * @param time  time of day or {@code null}
 */
public record ReferenceTime(Integer year, Integer month, Integer day, LocalTime time) {
    public ReferenceTime {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (month == null || day < 1 || day > 31)) {
            throw new IllegalArgumentException("day needs a month and 1..31: " + day);
        }
        if (year != null && month != null && day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException on 2023-02-30
        }
    }

    /** No reference at all: relative expressions keep unknown parts as {@code XXXX}. */
    public static ReferenceTime none() {
        return new ReferenceTime(null, null, null, null);
    }

    public static ReferenceTime of(LocalDate date) {
        return new ReferenceTime(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null);
    }

    public static ReferenceTime of(LocalDateTime dateTime) {
        return new ReferenceTime(dateTime.getYear(), dateTime.getMonthValue(), dateTime.getDayOfMonth(),
                dateTime.toLocalTime());
    }

    /** A dateline without year, such as "July 2". */
    public static ReferenceTime monthDay(int month, int day) {
        return new ReferenceTime(null, month, day, null);
    }

    /** The full date when year, month and day are all known. */
    public Optional<LocalDate> date() {
        return year != null && month != null && day != null
                ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** The full date-time (midnight when the time is unknown) when the date is known. */
    public Optional<LocalDateTime> dateTime() {
        return date().map(d -> d.atTime(time == null ? LocalTime.MIDNIGHT : time));
    }
}

package dev.dossier.eval.time;

import dev.dossier.analyze.time.Grain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-open interval {@code [start, end)} with the calendar grain it spans exactly, or a null grain
 * when it is not a single calendar unit (a range). Used to put gold answers and system values on the
 * same footing.
 */
record TimeInterval(LocalDateTime start, LocalDateTime end, Grain grain) {
    TimeInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("empty interval " + start + ".." + end);
        }
    }

    private static final Pattern POINT = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2}):(\\d{2})(?::(\\d{2}))?|(MO|MI|AF|EV|NI)))?)?|W(\\d{2})|Q(\\d)|H(\\d)))?");

    /** The interval of [start, end) with its grain inferred: a whole day, month, year... or null. */
    static TimeInterval spanning(LocalDateTime start, LocalDateTime end) {
        return new TimeInterval(start, end, grainOf(start, end));
    }

    private static Grain grainOf(LocalDateTime s, LocalDateTime e) {
        if (s.plusSeconds(1).equals(e)) {
            return Grain.SECOND;
        }
        if (s.getSecond() != 0) {
            return null;
        }
        if (s.plusMinutes(1).equals(e)) {
            return Grain.MINUTE;
        }
        if (s.getMinute() != 0) {
            return null;
        }
        if (s.plusHours(1).equals(e)) {
            return Grain.HOUR;
        }
        if (s.getHour() != 0) {
            return null;
        }
        if (s.plusDays(1).equals(e)) {
            return Grain.DAY;
        }
        if (s.getDayOfWeek() == DayOfWeek.MONDAY && s.plusWeeks(1).equals(e)) {
            return Grain.WEEK;
        }
        if (s.getDayOfMonth() != 1) {
            return null;
        }
        if (s.plusMonths(1).equals(e)) {
            return Grain.MONTH;
        }
        if ((s.getMonthValue() - 1) % 3 == 0 && s.plusMonths(3).equals(e)) {
            return Grain.QUARTER;
        }
        if ((s.getMonthValue() - 1) % 6 == 0 && s.plusMonths(6).equals(e)) {
            return Grain.HALF_YEAR;
        }
        if (s.getMonthValue() != 1) {
            return null;
        }
        if (s.plusYears(1).equals(e)) {
            return Grain.YEAR;
        }
        if (s.getYear() % 10 == 0 && s.plusYears(10).equals(e)) {
            return Grain.DECADE;
        }
        if (s.getYear() % 100 == 0 && s.plusYears(100).equals(e)) {
            return Grain.CENTURY;
        }
        return null;
    }

    /**
     * The interval a {@code TimeExpression} value denotes: a point ({@code 2023-10-18TAF},
     * {@code 2023-W42}, {@code 198}) or a range {@code a/b} (from the start of a to the end of b).
     * Empty for durations, unknown ({@code XXXX}) parts and bare times of day.
     */
    static Optional<TimeInterval> ofValue(String value, Grain grain) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            Optional<TimeInterval> left = ofPoint(value.substring(0, slash));
            Optional<TimeInterval> right = ofPoint(value.substring(slash + 1));
            if (left.isEmpty() || right.isEmpty() || !right.get().end().isAfter(left.get().start())) {
                return Optional.empty();
            }
            return Optional.of(new TimeInterval(left.get().start(), right.get().end(), null));
        }
        return ofPoint(value);
    }

    private static Optional<TimeInterval> ofPoint(String value) {
        if (value.matches("\\d{3}")) {
            LocalDateTime s = LocalDate.of(Integer.parseInt(value) * 10, 1, 1).atStartOfDay();
            return Optional.of(new TimeInterval(s, s.plusYears(10), Grain.DECADE));
        }
        if (value.matches("\\d{2}")) {
            LocalDateTime s = LocalDate.of(Integer.parseInt(value) * 100, 1, 1).atStartOfDay();
            return Optional.of(new TimeInterval(s, s.plusYears(100), Grain.CENTURY));
        }
        Matcher m = POINT.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(8) != null) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(8)))
                    .with(DayOfWeek.MONDAY);
            return Optional.of(new TimeInterval(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay(), Grain.WEEK));
        }
        if (m.group(9) != null) {
            LocalDateTime s = LocalDate.of(year, (Integer.parseInt(m.group(9)) - 1) * 3 + 1, 1).atStartOfDay();
            return Optional.of(new TimeInterval(s, s.plusMonths(3), Grain.QUARTER));
        }
        if (m.group(10) != null) {
            LocalDateTime s = LocalDate.of(year, (Integer.parseInt(m.group(10)) - 1) * 6 + 1, 1).atStartOfDay();
            return Optional.of(new TimeInterval(s, s.plusMonths(6), Grain.HALF_YEAR));
        }
        if (m.group(2) == null) {
            LocalDateTime s = LocalDate.of(year, 1, 1).atStartOfDay();
            return Optional.of(new TimeInterval(s, s.plusYears(1), Grain.YEAR));
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            LocalDateTime s = LocalDate.of(year, month, 1).atStartOfDay();
            return Optional.of(new TimeInterval(s, s.plusMonths(1), Grain.MONTH));
        }
        LocalDateTime day = LocalDate.of(year, month, Integer.parseInt(m.group(3))).atStartOfDay();
        if (m.group(4) != null) {
            LocalDateTime s = day.plusHours(Integer.parseInt(m.group(4))).plusMinutes(Integer.parseInt(m.group(5)));
            if (m.group(6) != null) {
                s = s.plusSeconds(Integer.parseInt(m.group(6)));
                return Optional.of(new TimeInterval(s, s.plusSeconds(1), Grain.SECOND));
            }
            return Optional.of(new TimeInterval(s, s.plusMinutes(1), Grain.MINUTE));
        }
        if (m.group(7) != null) {
            // TIMEX3 parts of day as hours: morning 04-12, midday 12-14, afternoon 12-18, evening 18-24, night 18-28.
            int[] hours = switch (m.group(7)) {
                case "MO" -> new int[] {4, 12};
                case "MI" -> new int[] {12, 14};
                case "AF" -> new int[] {12, 18};
                case "EV" -> new int[] {18, 24};
                default -> new int[] {18, 28};
            };
            return Optional.of(new TimeInterval(day.plusHours(hours[0]), day.plusHours(hours[1]), Grain.PART_OF_DAY));
        }
        return Optional.of(new TimeInterval(day, day.plusDays(1), Grain.DAY));
    }

    /**
     * True when this system interval matches a gold point at the gold's grain: the system value is at
     * least as precise and falls in the same calendar unit (a system 2023-10-18TAF matches gold day
     * 2023-10-18; a system month never matches a gold day).
     */
    boolean matchesPointAtGrain(TimeInterval gold, Grain systemGrain) {
        if (gold.grain() == null || !systemGrain.isAtLeastAsFineAs(gold.grain())) {
            return false;
        }
        if (systemGrain == Grain.WEEK && gold.grain() != Grain.WEEK) {
            return false;
        }
        return !start.isBefore(gold.start()) && start.isBefore(gold.end());
    }

    /** Exact match of two intervals, compared to the second. */
    boolean sameAs(TimeInterval other) {
        return start.truncatedTo(ChronoUnit.SECONDS).equals(other.start().truncatedTo(ChronoUnit.SECONDS))
                && end.truncatedTo(ChronoUnit.SECONDS).equals(other.end().truncatedTo(ChronoUnit.SECONDS));
    }
}

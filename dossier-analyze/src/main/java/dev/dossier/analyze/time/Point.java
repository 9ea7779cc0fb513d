package dev.dossier.analyze.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A resolved point at some grain, the internal form behind {@link TimeExpression#value()}. Unknown
 * parts are null and print as {@code X}. For {@link Grain#WEEK} the date is the week's Monday; for
 * {@link Grain#QUARTER} and {@link Grain#HALF_YEAR} {@code part} is 1..4 or 1..2.
 */
record Point(Integer year, Integer month, Integer day, Integer hour, Integer minute, Integer second,
             String partOfDay, Integer part, Grain grain) {

    static Point ofDate(LocalDate date, Grain grain) {
        return new Point(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, null, null, null, null, grain);
    }

    static Point ofYear(Integer year) {
        return new Point(year, null, null, null, null, null, null, null, Grain.YEAR);
    }

    static Point ofMonth(Integer year, Integer month) {
        return new Point(year, month, null, null, null, null, null, null, Grain.MONTH);
    }

    /** The date when year, month and day are known, else null. */
    LocalDate date() {
        return year != null && month != null && day != null ? LocalDate.of(year, month, day) : null;
    }

    String iso() {
        String y = year == null ? "XXXX" : year >= 0 && year <= 9999 ? pad(year, 4) : String.format("%04d", year);
        switch (grain) {
            case CENTURY:
                return year == null ? "XX" : String.valueOf(year / 100);
            case DECADE:
                return year == null ? "XXX" : String.valueOf(year / 10);
            case YEAR:
                return y;
            case HALF_YEAR:
                return y + "-H" + part;
            case QUARTER:
                return y + "-Q" + part;
            case MONTH:
                return y + "-" + two(month);
            case WEEK: {
                LocalDate monday = date();
                return monday == null ? y + "-WXX"
                        : String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            default:
                break;
        }
        String d = y + "-" + two(month) + "-" + two(day);
        return switch (grain) {
            case DAY -> d;
            case PART_OF_DAY -> d + "T" + partOfDay;
            case HOUR, MINUTE -> d + "T" + two(hour) + ":" + two(minute == null ? 0 : minute);
            case SECOND -> d + "T" + two(hour) + ":" + two(minute) + ":" + two(second);
            default -> throw new IllegalStateException("grain " + grain);
        };
    }

    private static String two(Integer v) {
        return v == null ? "XX" : v >= 0 && v <= 99 ? pad(v, 2) : String.format("%02d", v);
    }

    /**
     * {@code String.format("%0" + width + "d", v)} for {@code 0 <= v < 10^width}, without the
     * formatter, which parses its format string on every call (several calls per time mention).
     */
    private static String pad(int v, int width) {
        String digits = Integer.toString(v);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}

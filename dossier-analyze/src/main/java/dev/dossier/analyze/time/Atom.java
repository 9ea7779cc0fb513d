package dev.dossier.analyze.time;

/**
 * The smallest recognised piece of a time expression (Duckling's "token"): a year, a month, a
 * relative day, a part of day... {@link TimeNormalizer} composes adjacent atoms into phrases and
 * phrases into ranges before resolving them.
 *
 * @param type   what the atom carries
 * @param start  offset in the text
 * @param end    offset after it
 * @param a      first number (year, month, day, offset, hour... by type)
 * @param b      second number (day, minute, week offset...)
 * @param c      third number (second, digit count...)
 * @param text   a string payload (part-of-day code, holiday name, duration value)
 * @param flag   type-specific switch: narrative anchoring for relative atoms, "has offset" for weekdays
 * @param grain  grain for fixed atoms and durations
 * @param modifier modifier for MOD and duration atoms
 */
record Atom(Type type, int start, int end, int a, int b, int c, String text, boolean flag, Grain grain,
            Modifier modifier) {

    enum Type {
        /** A complete numeric or English date, fields a=year(-1 unknown), b=month, c=day; time in text "hh:mm:ss"/pod. */
        FIXED, YEAR_ABS, YEAR_REL, DECADE, CENTURY, LUNAR_MARK,
        MONTH_ABS, MONTH_REL, QUARTER, QUARTER_REL, HALF, WEEK_REL, LUNAR_MONTH,
        MONTH_DAY, DAY_ABS, DAY_REL, WEEKDAY, HOLIDAY, LUNAR_DAY,
        /** 第N周 (a=N) or 第N个星期X (b=X): a week or weekday counted within the month or year before it. */
        ORDINAL_WEEK,
        POD, CLOCK, MOD,
        DURATION, RELATIVE, NOW, BARE_NUM, CONNECTOR
    }

    Atom {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad atom offsets " + start + ".." + end);
        }
    }

    static Atom of(Type type, int start, int end, int a, int b, int c, String text, boolean flag) {
        return new Atom(type, start, end, a, b, c, text, flag, null, Modifier.NONE);
    }

    /** Position of the atom in a phrase: year < month < day < part of day < clock; -1 = stands alone. */
    int slot() {
        return switch (type) {
            case YEAR_ABS, YEAR_REL, DECADE, CENTURY -> 0;
            case LUNAR_MARK -> 1;
            case MONTH_ABS, MONTH_REL, QUARTER, QUARTER_REL, HALF, WEEK_REL, LUNAR_MONTH -> 2;
            case MONTH_DAY, DAY_ABS, DAY_REL, WEEKDAY, HOLIDAY, LUNAR_DAY, ORDINAL_WEEK -> 3;
            case FIXED -> grain.compareTo(Grain.DAY) > 0 ? 5 : grain == Grain.DAY ? 3 : grain == Grain.MONTH ? 2 : 0;
            case POD -> 4;
            case CLOCK -> 5;
            case MOD -> 6;
            default -> -1;
        };
    }
}

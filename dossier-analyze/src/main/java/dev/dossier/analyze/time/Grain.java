package dev.dossier.analyze.time;

/** The precision of a time value, coarsest first. */
public enum Grain {
    CENTURY, DECADE, YEAR, HALF_YEAR, QUARTER, MONTH, WEEK, DAY, PART_OF_DAY, HOUR, MINUTE, SECOND;

    /** True when this grain is at least as fine as {@code other}. */
    public boolean isAtLeastAsFineAs(Grain other) {
        return compareTo(other) >= 0;
    }
}

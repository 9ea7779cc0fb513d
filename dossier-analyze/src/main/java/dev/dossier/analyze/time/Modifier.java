package dev.dossier.analyze.time;

/**
 * A qualifier on a value, after TIMEX3's {@code mod} attribute. The value itself stays at the grain
 * the text names: 今年3月底 is {@code 2023-03} with {@link #END}, not an invented day range.
 */
public enum Modifier {
    NONE,
    /** 初, 上旬, 伊始, early, 前期. */
    START,
    /** 中, 中旬, mid-. */
    MID,
    /** 底, 末, 下旬, 晚些时候, late. */
    END,
    /** 左右, 前后, 许, about. */
    APPROX,
    /** 多, 余, more than (durations: 6个多月). */
    MORE_THAN
}

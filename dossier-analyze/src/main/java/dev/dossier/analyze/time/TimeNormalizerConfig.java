package dev.dossier.analyze.time;

import java.util.Objects;

/**
 * Settings of a {@link TimeNormalizer}, an immutable value built once and passed in.
 *
 * @param preference    how to choose the year (month, week) of an expression that does not name it
 * @param narrativeAnchoring when true, 前一天/次日/当天/同日/当年 resolve against the last explicit date
 *                      of the text so far, and "later" (十年后, 一个月后, 三天后) against the last point
 *                      the text named (at the unit's grain); when false, against the reference
 */
public record TimeNormalizerConfig(Preference preference, boolean narrativeAnchoring) {
    public TimeNormalizerConfig {
        Objects.requireNonNull(preference, "preference");
    }

    /** Choice for under-specified expressions (a bare month-day, weekday or day of month). */
    public enum Preference {
        /** News reports the past: the latest reading not after the reference, unless the sentence marks the future. */
        PAST,
        /** The earliest reading not before the reference (assistants, schedules; Duckling's default). */
        FUTURE,
        /** The reading inside the reference's own year / month (JioNLP's default). */
        SAME_PERIOD
    }

    /** News defaults: prefer the past, anchor relative days to the narrative. */
    public static TimeNormalizerConfig defaults() {
        return new TimeNormalizerConfig(Preference.PAST, true);
    }

    public TimeNormalizerConfig withPreference(Preference newPreference) {
        return new TimeNormalizerConfig(newPreference, narrativeAnchoring);
    }
}

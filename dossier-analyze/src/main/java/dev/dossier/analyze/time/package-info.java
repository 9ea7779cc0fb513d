/**
 * Time expressions: recognition and normalisation of dates, ranges and durations in news text.
 *
 * <p>Entry point: {@link dev.dossier.analyze.time.TimeNormalizer#find(String, ReferenceTime)}, configured
 * by {@link dev.dossier.analyze.time.TimeNormalizerConfig}. Layout, after HeidelTime and Duckling:
 * <ul>
 *   <li>{@code AtomRules}: the recognition patterns, one rule per atom kind (year, month, relative day,
 *       weekday, part of day, clock, modifier, holiday, duration...). Matching runs on a same-length
 *       folded copy of the text (full-width to ASCII, Traditional to Simplified via ICU), so offsets
 *       are those of the input. The scan tries every rule at every offset, but in effect only where it
 *       can match: a rule of words (relative days, parts of day, holidays...) where one of its words
 *       occurs (one Aho-Corasick pass), a pattern where the character, and what follows it (the
 *       next character, or for a digit the length of its run and the character after), can start it
 *       (tables probed from the patterns when the rules are built); it finds the atoms a per-rule
 *       {@code find} would, at several times the speed.</li>
 *   <li>{@code holidays.tsv} (resource): holiday names and how to place them: Gregorian month-day,
 *       Chinese lunar month-day (ICU {@code ChineseCalendar}), 清明, n-th weekday, Easter offsets
 *       (ICU {@code EasterHoliday}, Western and Orthodox), Islamic (ICU Umm al-Qura) and Hebrew
 *       (ICU {@code HebrewCalendar}; the eve on which the day begins) month-days.</li>
 *   <li>{@code TimeNormalizer}: composes adjacent atoms into phrases (year + month + day + part of day
 *       + clock + modifier), phrases into ranges ({@code X至Y}) and appositions ({@code X（Y）}), and
 *       resolves them against the reference and the narrative anchor.</li>
 * </ul>
 *
 * <p>Value choices (documented once here):
 * <ul>
 *   <li>Part of day is a TIMEX3 code on the day: {@code 2023-10-18TAF} (MO morning, MI midday,
 *       AF afternoon, EV evening, NI night).</li>
 *   <li>底/末/下旬/晚些时候, 初/上旬/伊始, 中旬 keep the grain the text names and set
 *       {@link dev.dossier.analyze.time.Modifier} END/START/MID ({@code 今年3月底} = {@code 2023-03} END);
 *       only a quarter's start or end narrows to its first or last month.</li>
 *   <li>A month with a day in Chinese numerals and no 日/号 (八月十五, 五月廿二) is read as a lunar date.</li>
 *   <li>A bare two-digit 年 is a year only with a month/season/boundary after it or a preposition
 *       before it (98年4月, 在15年); otherwise a duration (黄金30年). Chinese-numeral clock times need
 *       minutes, 钟, or a part of day/date before them (一点 is "a little").</li>
 *   <li>Weeks are ISO weeks ({@code 2021-W11}); the n-th week of a month or year counts from its
 *       first Monday.</li>
 * </ul>
 */
package dev.dossier.analyze.time;

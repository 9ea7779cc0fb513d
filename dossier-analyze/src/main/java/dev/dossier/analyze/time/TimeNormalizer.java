package dev.dossier.analyze.time;

import com.ibm.icu.text.Transliterator;
import dev.dossier.analyze.time.Atom.Type;
import dev.dossier.analyze.time.TimeNormalizerConfig.Preference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises the time expressions of a news text: dates, ranges and durations in
 * Chinese (Simplified or Traditional, Arabic, Chinese or full-width digits) and English, resolved
 * against a reference time (the publication date) and against the narrative itself.
 *
 * <p>Hand-written on purpose: no Java library resolves news time well (xk-time maps 前一天 to 1970 and
 * drops 底/初/晚些时候; HeidelTime and Duckling are not Java-embeddable for Chinese). The design follows
 * them: {@link AtomRules} holds the recognition patterns (the holiday table is a resource), atoms
 * compose Duckling-style (year + month + day + part of day + clock; {@code X至Y}; {@code X（Y）}) and
 * the resolver here does the calendar work, with ICU4J's ChineseCalendar for lunar dates.
 *
 * <p>Resolution rules, in the order they apply:
 * <ul>
 *   <li>Deictic words (今天, 昨天, 去年, 上周, yesterday) count from the reference.</li>
 *   <li>Narrative words (前一天, 次日, 当天, 同日, 当年, 次年) count from the last day-precise date
 *       found earlier in the same text (the publication date when there is none yet).</li>
 *   <li>A missing year (month, week) is chosen by {@link TimeNormalizerConfig#preference()}: for news,
 *       the latest reading not after the reference, unless the sentence marks the future (将, 计划,
 *       预计, 即将, will...), then the earliest reading not before it.</li>
 *   <li>底/初/中旬/上旬/下旬/晚些时候 keep the named grain and set {@link Modifier} (今年3月底 =
 *       {@code 2023-03} END); parts of day are TIMEX3 codes ({@code 2023-10-18TAF}).</li>
 *   <li>"N units 前/后" and "N years ago" are dates at the unit's grain; "N units 来/以来/内", 时隔 N
 *       units, "over the past N years" are {@link TimeKind#DURATION}s.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: all state is fixed at construction; {@link #find} uses only locals.
 */
public final class TimeNormalizer {
    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';
    /**
     * The English future marks. The Chinese ones (将, 计划, 拟, 预计, 准备, 届时, 明年, 下周, 下个月; 即将 and
     * 拟于 hold 将 and 拟) are found by {@link #futureMarked}'s character scan.
     */
    private static final Pattern FUTURE_MARK_ENGLISH = Pattern.compile(
            "(?i)\\b(?:will|plans? to|is to|are to|next|scheduled|expected to)\\b");

    private static final Pattern COMMA_GAP = Pattern.compile("[,，]?\\s?");

    private final TimeNormalizerConfig config;
    private final Holidays holidays;
    private final AtomRules rules;
    /** Traditional to Simplified, one character to one character, so offsets stay put. */
    private final char[] simplified;

    public TimeNormalizer(TimeNormalizerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.holidays = Holidays.load();
        this.rules = new AtomRules(holidays);
        this.simplified = simplificationTable();
    }

    public TimeNormalizerConfig config() {
        return config;
    }

    /**
     * Every time expression of {@code text}, in text order, non-overlapping.
     *
     * @param text      any text; offsets in the result refer to it
     * @param reference the publication time, possibly partial or {@link ReferenceTime#none()}
     * @return an immutable list; empty when there is none
     */
    public List<TimeExpression> find(String text, ReferenceTime reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        String folded = fold(text);
        List<Atom> atoms = convertBareNumbers(rules.scan(folded, reference.year()));
        List<List<Atom>> items = group(atoms, folded);
        List<TimeExpression> out = new ArrayList<>();
        LocalDate anchor = null;
        // The last point of the narrative at any grain (2013年 included): what 十年后 counts from.
        Point narrative = null;
        FutureMarks futureMarks = new FutureMarks(folded);
        for (int k = 0; k < items.size(); k++) {
            List<Atom> item = items.get(k);
            Atom first = item.get(0);
            Atom last = item.get(item.size() - 1);
            if (first.type() == Type.DURATION) {
                out.add(new TimeExpression(text.substring(first.start(), first.end()), first.start(), first.end(),
                        TimeKind.DURATION, first.text(), first.grain(), first.modifier()));
                continue;
            }
            if (first.slot() < 0 && first.type() != Type.RELATIVE && first.type() != Type.NOW) {
                continue; // stray connector or bare number
            }
            boolean future = futureMarks.at(first.start());
            Point point = first.type() == Type.RELATIVE
                    ? relative(first, first.a() > 0 && config.narrativeAnchoring() ? narrative : null, reference)
                    : first.type() == Type.NOW ? now(reference)
                    : resolve(item, reference, anchor, null, future);
            if (point == null) {
                continue;
            }
            int start = first.start();
            int end = last.end();
            Modifier modifier = modifierOf(item);
            // Range: X 至 Y (the right side inherits the year and month it omits).
            if (k + 2 < items.size() && items.get(k + 1).get(0).type() == Type.CONNECTOR
                    && gapIsBlank(folded, end, items.get(k + 1).get(0).start())
                    && gapIsBlank(folded, items.get(k + 1).get(0).end(), items.get(k + 2).get(0).start())
                    && items.get(k + 2).get(0).slot() >= 0) {
                List<Atom> right = items.get(k + 2);
                Point rightPoint = resolve(right, reference, anchor, point, future);
                if (rightPoint != null) {
                    int rangeEnd = right.get(right.size() - 1).end();
                    Grain grain = point.grain().compareTo(rightPoint.grain()) >= 0 ? point.grain() : rightPoint.grain();
                    out.add(new TimeExpression(text.substring(start, rangeEnd), start, rangeEnd, TimeKind.RANGE,
                            point.iso() + "/" + rightPoint.iso(), grain, modifier));
                    anchor = updateAnchor(anchor, point);
                    narrative = point;
                    k += 2;
                    continue;
                }
            }
            // Apposition: 昨天（10月31日） is one expression; the explicit part gives the value.
            if (k + 1 < items.size() && end < folded.length() && (folded.charAt(end) == '(' || folded.charAt(end) == '（')) {
                List<Atom> inner = items.get(k + 1);
                int innerEnd = inner.get(inner.size() - 1).end();
                if (inner.get(0).start() == end + 1 && innerEnd < folded.length()
                        && (folded.charAt(innerEnd) == ')' || folded.charAt(innerEnd) == '）') && inner.get(0).slot() >= 0) {
                    Point innerPoint = resolve(inner, reference, anchor, point, future);
                    if (innerPoint != null) {
                        Point chosen = isExplicit(inner) || !isExplicit(item) ? innerPoint : point;
                        out.add(pointExpression(text, start, innerEnd + 1, chosen, modifier));
                        anchor = updateAnchor(anchor, chosen);
                        narrative = chosen;
                        k += 1;
                        continue;
                    }
                }
            }
            out.add(pointExpression(text, start, end, point, modifier));
            anchor = updateAnchor(anchor, point);
            narrative = point;
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ folding and grouping

    /** Width folding and Traditional to Simplified, character for character (same length, same offsets). */
    String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uff01' && c <= '\uff5e' && c != '（' && c != '）') {
                chars[i] = (char) (c - 0xfee0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= CJK_FIRST && c <= CJK_LAST) {
                chars[i] = simplified[c - CJK_FIRST];
            }
        }
        return new String(chars);
    }

    private static char[] simplificationTable() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        char[] table = new char[CJK_LAST - CJK_FIRST + 1];
        StringBuilder all = new StringBuilder(table.length * 2);
        for (char c = CJK_FIRST; c <= CJK_LAST; c++) {
            all.append(c).append('\n');
        }
        String[] converted = toSimplified.transliterate(all.toString()).split("\n", -1);
        for (int i = 0; i < table.length; i++) {
            char original = (char) (CJK_FIRST + i);
            table[i] = i < converted.length && converted[i].length() == 1 ? converted[i].charAt(0) : original;
        }
        return table;
    }

    /** A bare number before a connector takes the unit of the atom after it: 2024-2025年, 7月2-6日. */
    private static List<Atom> convertBareNumbers(List<Atom> atoms) {
        List<Atom> out = new ArrayList<>(atoms);
        for (int i = 0; i + 2 < out.size(); i++) {
            Atom bare = out.get(i);
            if (bare.type() != Type.BARE_NUM || out.get(i + 1).type() != Type.CONNECTOR) {
                continue;
            }
            Atom next = out.get(i + 2);
            int n = bare.a();
            Atom converted = switch (next.type()) {
                case YEAR_ABS -> Atom.of(Type.YEAR_ABS, bare.start(), bare.end(),
                        ChineseNumbers.expandYear(n, bare.c() == 2 ? 2 : 4, next.a()), 0, 0, null, false);
                case MONTH_ABS, MONTH_DAY -> n >= 1 && n <= 12 ? Atom.of(Type.MONTH_ABS, bare.start(), bare.end(), n, 0, 0, null, false) : null;
                case DAY_ABS -> n >= 1 && n <= 31 ? Atom.of(Type.DAY_ABS, bare.start(), bare.end(), n, 0, 0, null, false) : null;
                case CLOCK -> n <= 24 ? new Atom(Type.CLOCK, bare.start(), bare.end(), n, 0, -1, null, false, Grain.HOUR, Modifier.NONE) : null;
                default -> null;
            };
            if (converted != null) {
                out.set(i, converted);
            }
        }
        return out;
    }

    /** Adjacent atoms in year, month, day, part of day, clock order form one phrase. */
    private static List<List<Atom>> group(List<Atom> atoms, String text) {
        List<List<Atom>> items = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            List<Atom> phrase = new ArrayList<>();
            phrase.add(a);
            i++;
            if (a.slot() >= 0) {
                int last = a.slot();
                while (i < atoms.size()) {
                    Atom b = atoms.get(i);
                    if (phrase.size() == 1 && a.type() == Type.WEEKDAY && b.slot() == 3 && b.type() != Type.WEEKDAY
                            && COMMA_GAP.matcher(text).region(a.end(), b.start()).matches()) {
                        phrase.add(b); // 周日，二月十号
                        last = 3;
                        i++;
                        continue;
                    }
                    if (!glue(text.substring(phrase.get(phrase.size() - 1).end(), b.start()))) {
                        break;
                    }
                    if (b.type() == Type.MOD) {
                        // 左右 closes any phrase; 年底 needs a year, 月底 a month, 底/初/中旬 a year, month or quarter.
                        boolean ok = b.modifier() == Modifier.APPROX ? last < 6
                                : b.text().startsWith("年") ? last == 0
                                : b.text().startsWith("月") ? last == 2
                                : last <= 2;
                        if (!ok) {
                            break;
                        }
                        phrase.add(b);
                        last = 6;
                        i++;
                    } else if (b.type() == Type.WEEKDAY && last == 3) {
                        phrase.add(b); // 6月1日周六: the weekday confirms the date
                        i++;
                    } else if (b.slot() > last && b.slot() < 6) {
                        phrase.add(b);
                        last = b.slot();
                        i++;
                    } else {
                        break;
                    }
                }
            }
            items.add(List.copyOf(phrase));
        }
        return items;
    }

    private static boolean glue(String gap) {
        return gap.isEmpty() || gap.equals("的") || gap.isBlank() && gap.length() <= 2;
    }

    private static boolean gapIsBlank(String text, int from, int to) {
        return from <= to && text.substring(from, to).isBlank() && to - from <= 2;
    }

    /**
     * Whether the sentence around an offset marks the future, for one text: the sentences are found
     * by a scan for {@link #isSentenceEnd} characters, and the last answer is kept, since the time
     * expressions of one sentence come one after another. Not thread-safe: one per {@link #find} call.
     */
    private static final class FutureMarks {
        private final String text;
        private final Matcher matcher;
        private int start = -1;
        private int end = -1;
        private boolean marked;

        FutureMarks(String text) {
            this.text = text;
            this.matcher = FUTURE_MARK_ENGLISH.matcher(text);
        }

        boolean at(int offset) {
            if (offset >= start && offset < end) {
                return marked;
            }
            start = offset;
            while (start > 0 && !isSentenceEnd(text.charAt(start - 1))) {
                start--;
            }
            end = offset;
            while (end < text.length() && !isSentenceEnd(text.charAt(end))) {
                end++;
            }
            marked = futureMarked(text, start, end, matcher);
            if (end == offset) {
                end = offset + 1; // an expression starting on a sentence end: remember it alone
            }
            return marked;
        }
    }

    /**
     * Whether {@code text[start, end)} holds a future mark: a Chinese one by one pass over the
     * characters, an English one with {@code english} (a matcher of {@link #FUTURE_MARK_ENGLISH}
     * over {@code text}) only when the span has a Latin letter. Why not one alternation pattern: a
     * find tries all of its words at every character. Its region bounds are opaque, so the pattern
     * sees the span alone, as if it were the whole text.
     */
    static boolean futureMarked(String text, int start, int end, Matcher english) {
        boolean latin = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char next = i + 1 < end ? text.charAt(i + 1) : 0;
            boolean mark = switch (c) {
                case '将', '拟' -> true;
                case '计' -> next == '划';
                case '预' -> next == '计';
                case '准' -> next == '备';
                case '届' -> next == '时';
                case '明' -> next == '年';
                case '下' -> next == '周' || next == '个' && i + 2 < end && text.charAt(i + 2) == '月';
                default -> {
                    latin |= c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
                    yield false;
                }
            };
            if (mark) {
                return true;
            }
        }
        return latin && english.region(start, end).find();
    }

    /** A newline ends a sentence: the normaliser reads clean text, where OCR reflow has already
     * joined hard-wrapped lines, so every line is a paragraph. */
    private static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '；', ';', '\n' -> true;
            default -> false;
        };
    }

    private static boolean isExplicit(List<Atom> phrase) {
        return phrase.stream().anyMatch(a -> a.type() == Type.FIXED || a.type() == Type.MONTH_DAY
                || a.type() == Type.YEAR_ABS || a.type() == Type.DAY_ABS || a.type() == Type.MONTH_ABS);
    }

    private static Modifier modifierOf(List<Atom> phrase) {
        return phrase.stream().filter(a -> a.type() == Type.MOD).map(Atom::modifier).findFirst().orElse(Modifier.NONE);
    }

    private static LocalDate updateAnchor(LocalDate anchor, Point point) {
        LocalDate date = point.grain().isAtLeastAsFineAs(Grain.DAY) && point.grain() != Grain.WEEK ? point.date() : null;
        return date != null ? date : anchor;
    }

    private static TimeExpression pointExpression(String text, int start, int end, Point point, Modifier modifier) {
        String value = point.iso();
        TimeKind kind = TimeKind.DATE;
        if (point.year() == null && point.month() == null && point.day() == null
                && (point.hour() != null || point.partOfDay() != null)) {
            kind = TimeKind.TIME;
            value = value.substring(value.indexOf('T'));
        }
        return new TimeExpression(text.substring(start, end), start, end, kind, value, point.grain(), modifier);
    }

    // ------------------------------------------------------------------ resolution

    private Point now(ReferenceTime reference) {
        LocalDate date = reference.date().orElse(null);
        if (date == null) {
            return null;
        }
        if (reference.time() == null) {
            return Point.ofDate(date, Grain.DAY);
        }
        LocalTime t = reference.time();
        return new Point(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), null, null, Grain.SECOND);
    }

    /**
     * The point {@code atom} (十年后, 3天前, two years ago) names, at the unit's grain. "Ago" counts
     * from the reference time. "Later" (N年后) counts from {@code narrative}, the point the text
     * named last, when that point has the unit's grain: in "2013年，…提出倡议。十年后，2023年10月…"
     * 十年后 is 2023, not ten years after the publication date (HeidelTime resolves "later" against
     * the previous expression in the same way); otherwise it counts from the reference time.
     */
    private Point relative(Atom atom, Point narrative, ReferenceTime reference) {
        String[] parts = atom.text().split(" ");
        double amount = Double.parseDouble(parts[0]) * atom.a();
        String unit = parts[1];
        if (unit.equals("Y") && amount != Math.rint(amount)) {
            unit = "M";
            amount *= 12;
        }
        long n = Math.round(amount);
        if (unit.equals("Y")) {
            Integer year = narrative != null && narrative.year() != null ? narrative.year() : reference.year();
            return year == null ? null : Point.ofYear((int) (year + n));
        }
        if (unit.equals("M")) {
            YearMonth from = narrative != null && narrative.year() != null && narrative.month() != null
                    ? YearMonth.of(narrative.year(), narrative.month())
                    : reference.year() != null && reference.month() != null ? YearMonth.of(reference.year(), reference.month())
                    : null;
            if (from == null) {
                return null;
            }
            YearMonth ym = from.plusMonths(n);
            return Point.ofMonth(ym.getYear(), ym.getMonthValue());
        }
        LocalDate narrativeDate = narrative == null ? null : narrative.date();
        if (narrativeDate != null && (unit.equals("D") || unit.equals("W"))) {
            return Point.ofDate(unit.equals("W") ? narrativeDate.plusWeeks(n) : narrativeDate.plusDays(n), Grain.DAY);
        }
        LocalDateTime base = reference.dateTime().orElse(null);
        if (base == null) {
            return null;
        }
        switch (unit) {
            case "W":
                return Point.ofDate(base.toLocalDate().plusWeeks(n), Grain.DAY);
            case "D":
                return Point.ofDate(base.toLocalDate().plusDays(n), Grain.DAY);
            case "H": {
                LocalDateTime t = base.plusHours(n);
                return new Point(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), 0, null, null, null, Grain.HOUR);
            }
            case "MIN": {
                LocalDateTime t = base.plusMinutes(n);
                return new Point(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), null, null, null, Grain.MINUTE);
            }
            default: {
                LocalDateTime t = base.plusSeconds(n);
                return new Point(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), null, null, Grain.SECOND);
            }
        }
    }

    private Preference preference(boolean future) {
        return future && config.preference() == Preference.PAST ? Preference.FUTURE : config.preference();
    }

    /** Resolves one phrase; {@code inherit} is the left side of a range (fills a missing year/month). */
    private Point resolve(List<Atom> phrase, ReferenceTime ref, LocalDate narrativeAnchor, Point inherit, boolean future) {
        LocalDate anchor = config.narrativeAnchoring() ? narrativeAnchor : null;
        LocalDate refDate = ref.date().orElse(null);
        Integer y = null;
        Integer m = null;
        Integer d = null;
        LocalDate date = null;
        LocalDate week = null;
        Integer quarter = null;
        Integer half = null;
        Integer weekday = null;
        Atom ordinal = null;
        int weekdayShift = 0;
        String holiday = null;
        boolean lunar = false;
        Integer lunarMonth = null;
        Integer lunarDay = null;
        String pod = null;
        Integer hour = null;
        Integer minute = null;
        Integer second = null;
        Grain clockGrain = null;
        Grain coarse = null;
        boolean unknown = false;
        Atom head = phrase.get(0);
        if (head.type() == Type.MOD) {
            String w = head.text();
            if (w.startsWith("年") || w.startsWith("岁")) {
                y = ref.year();
            } else if (w.startsWith("月") && ref.year() != null && ref.month() != null) {
                y = ref.year();
                m = ref.month();
            } else {
                return null;
            }
            if (y == null) {
                return null;
            }
        }
        for (Atom a : phrase) {
            switch (a.type()) {
                case FIXED -> {
                    if (a.a() > 0) {
                        y = a.a();
                    }
                    m = a.b();
                    if (a.grain().isAtLeastAsFineAs(Grain.DAY)) {
                        d = a.c();
                    }
                    if (a.text() != null) {
                        String[] t = a.text().split(":");
                        hour = Integer.parseInt(t[0]);
                        minute = Integer.parseInt(t[1]);
                        second = t.length > 2 ? Integer.parseInt(t[2]) : null;
                        clockGrain = a.grain();
                    }
                }
                case YEAR_ABS -> y = a.a();
                case YEAR_REL -> {
                    Integer base = a.flag() && anchor != null ? Integer.valueOf(anchor.getYear()) : ref.year();
                    if (base == null) {
                        unknown = true;
                    } else {
                        y = base + a.a();
                    }
                }
                case DECADE -> {
                    y = a.a();
                    coarse = Grain.DECADE;
                }
                case CENTURY -> {
                    y = a.a();
                    coarse = Grain.CENTURY;
                }
                case LUNAR_MARK -> lunar = true;
                case MONTH_ABS -> m = a.a();
                case MONTH_REL -> {
                    YearMonth base = a.flag() && anchor != null ? YearMonth.from(anchor)
                            : ref.year() != null && ref.month() != null ? YearMonth.of(ref.year(), ref.month()) : null;
                    if (base == null) {
                        return null;
                    }
                    YearMonth ym = base.plusMonths(a.a());
                    if (y == null || a.a() != 0) {
                        y = ym.getYear(); // 去年本月: the year already named stays
                    }
                    m = ym.getMonthValue();
                }
                case QUARTER -> quarter = a.a();
                case QUARTER_REL -> {
                    if (ref.year() == null || ref.month() == null) {
                        return null;
                    }
                    int index = ref.year() * 4 + (ref.month() - 1) / 3 + a.a();
                    y = Math.floorDiv(index, 4);
                    quarter = Math.floorMod(index, 4) + 1;
                }
                case HALF -> half = a.a();
                case WEEK_REL -> {
                    if (refDate == null) {
                        return null;
                    }
                    week = refDate.with(DayOfWeek.MONDAY).plusWeeks(a.a());
                }
                case LUNAR_MONTH -> {
                    lunar = true;
                    lunarMonth = a.a();
                }
                case LUNAR_DAY -> {
                    lunar = true;
                    if (a.a() > 0) {
                        lunarMonth = a.a();
                    }
                    lunarDay = a.b();
                }
                case MONTH_DAY -> {
                    m = a.a();
                    d = a.b();
                }
                case DAY_ABS -> d = a.a();
                case DAY_REL -> {
                    LocalDate base = a.flag() && anchor != null ? anchor : refDate;
                    if (base == null) {
                        return null;
                    }
                    date = base.plusDays(a.a());
                    if (a.text() != null) {
                        pod = a.text();
                    }
                }
                case WEEKDAY -> {
                    weekday = a.a();
                    if (a.flag()) {
                        if (refDate == null) {
                            return null;
                        }
                        week = refDate.with(DayOfWeek.MONDAY).plusWeeks(a.b());
                    } else {
                        weekdayShift = a.c();
                    }
                }
                case HOLIDAY -> holiday = a.text();
                case ORDINAL_WEEK -> ordinal = a;
                case POD -> pod = a.text();
                case CLOCK -> {
                    hour = a.a();
                    minute = a.b();
                    second = a.c() >= 0 ? a.c() : null;
                    clockGrain = a.grain();
                }
                default -> {
                }
            }
        }
        if (lunar && m != null && lunarMonth == null) {
            lunarMonth = m;
            lunarDay = lunarDay != null ? lunarDay : d;
            m = null;
            d = null;
        }
        if (inherit != null) {
            if (date == null && d == null && m == null && y == null && holiday == null && weekday == null
                    && (hour != null || pod != null) && inherit.date() != null) {
                date = inherit.date(); // 下午1点到3点: the right side is on the left side's day
                if (hour != null && pod == null && inherit.hour() != null && hour < inherit.hour() && hour + 12 >= inherit.hour()) {
                    hour += 12; // ... and in its half of the day
                }
            }
            if (y == null && !unknown) {
                y = inherit.year();
            }
            if (m == null && (d != null) && date == null) {
                m = inherit.month();
            }
        }
        Preference preference = preference(future);
        if (ordinal != null && date == null) {
            return ordinalWeek(ordinal, y, m, unknown, ref, preference);
        }
        boolean weekdayConstrains = weekday != null && (d != null || holiday != null);
        if (date == null && weekday != null && d == null && m == null) {
            if (week != null) {
                date = week.plusDays(weekday - 1L);
                week = null;
            } else if (refDate != null) {
                date = bareWeekday(refDate, DayOfWeek.of(weekday), weekdayShift, preference);
            } else {
                return null;
            }
        }
        if (date == null && holiday != null) {
            Holidays.Holiday h = holidays.get(holiday);
            date = y != null ? h.in(y) : choose(h::in, ref, preference);
            if (date == null) {
                return null;
            }
        } else if (date == null && lunar && lunarMonth != null && lunarDay != null) {
            final int lm = lunarMonth;
            final int ld = lunarDay;
            date = y != null ? CalendarRules.lunarToGregorian(y, lm, ld) : choose(yy -> CalendarRules.lunarToGregorian(yy, lm, ld), ref, preference);
            if (date == null) {
                return null;
            }
        } else if (date == null && m != null && d != null) {
            final int mm = m;
            final int dd = d;
            if (y != null) {
                date = safeDate(y, mm, dd);
                if (date == null) {
                    return null;
                }
            } else if (!unknown && ref.year() != null) {
                date = choose(yy -> safeDate(yy, mm, dd), ref, preference);
                if (date == null) {
                    return null;
                }
                if (weekdayConstrains && date.getDayOfWeek().getValue() != weekday) {
                    // 周日，二月十号: of the neighbouring years, take one where the weekday agrees.
                    for (int delta : new int[] {-1, 1}) {
                        LocalDate other = safeDate(date.getYear() + delta, mm, dd);
                        if (other != null && other.getDayOfWeek().getValue() == weekday) {
                            date = other;
                            break;
                        }
                    }
                }
            } else {
                return finish(new Point(null, m, d, null, null, null, null, null, Grain.DAY), pod, hour, minute, second, clockGrain);
            }
        } else if (date == null && d != null && m == null) {
            if (ref.year() == null || ref.month() == null) {
                return finish(new Point(null, null, d, null, null, null, null, null, Grain.DAY), pod, hour, minute, second, clockGrain);
            }
            date = chooseMonth(d, ref, refDate, preference);
            if (date == null) {
                return null;
            }
        }
        if (date != null) {
            return finish(Point.ofDate(date, Grain.DAY), pod, hour, minute, second, clockGrain);
        }
        if (week != null) {
            return Point.ofDate(week, Grain.WEEK);
        }
        if (m != null) {
            if (y == null && !unknown && ref.year() != null) {
                y = chooseYearForMonth(m, ref, preference);
            }
            return Point.ofMonth(y, m);
        }
        if (quarter != null || half != null) {
            if (y == null && !unknown) {
                y = ref.year();
            }
            Modifier mod = modifierOf(phrase);
            if (quarter != null && (mod == Modifier.START || mod == Modifier.END)) {
                // 一季度末 / 四季度初: a quarter's end or start is its last or first month.
                return Point.ofMonth(y, mod == Modifier.START ? quarter * 3 - 2 : quarter * 3);
            }
            return new Point(y, null, null, null, null, null, null, quarter != null ? quarter : half,
                    quarter != null ? Grain.QUARTER : Grain.HALF_YEAR);
        }
        if (y != null || unknown) {
            if (coarse != null) {
                return new Point(y, null, null, null, null, null, null, null, coarse);
            }
            return Point.ofYear(y);
        }
        if (hour != null || pod != null) {
            LocalDate base = anchor != null ? anchor : refDate;
            if (base != null && hour != null && preference == Preference.FUTURE && anchor == null && ref.time() != null) {
                int mins = minute == null ? 0 : minute;
                if (LocalTime.of(adjustHour(hour, pod) % 24, mins).isBefore(ref.time())) {
                    if (pod == null && hour < 12 && !LocalTime.of(hour + 12, mins).isBefore(ref.time())) {
                        hour = hour + 12; // 三点 at 04:30, looking ahead: 15:00 today
                    } else {
                        base = base.plusDays(1);
                    }
                }
            }
            Point p = base != null ? Point.ofDate(base, Grain.DAY) : new Point(null, null, null, null, null, null, null, null, Grain.DAY);
            return finish(p, pod, hour, minute, second, clockGrain);
        }
        return null;
    }

    /** 3月第三周 (weeks counted from the month's first Monday), 十月的第一个星期一, 20年第52周 (ISO week). */
    private static Point ordinalWeek(Atom ordinal, Integer y, Integer m, boolean unknown, ReferenceTime ref, Preference preference) {
        if (y == null && (unknown || ref.year() == null)) {
            return null;
        }
        int n = ordinal.a();
        if (m == null) {
            if (y == null || ordinal.b() != 0) {
                return null;
            }
            // Weeks of a year count, like weeks of a month, from its first Monday (20年第52周 = 2020-12-28).
            LocalDate firstMonday = LocalDate.of(y, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            return Point.ofDate(firstMonday.plusWeeks(n - 1L), Grain.WEEK);
        }
        int year = y != null ? y : chooseYearForMonth(m, ref, preference);
        if (ordinal.b() > 0) {
            LocalDate date = CalendarRules.nthWeekday(year, m, n, DayOfWeek.of(ordinal.b()));
            return date.getMonthValue() == m ? Point.ofDate(date, Grain.DAY) : null;
        }
        LocalDate firstMonday = LocalDate.of(year, m, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        return Point.ofDate(firstMonday.plusWeeks(n - 1L), Grain.WEEK);
    }

    private static Point finish(Point day, String pod, Integer hour, Integer minute, Integer second, Grain clockGrain) {
        if (hour != null && adjustHour(hour, pod) >= 24 && day.date() != null) {
            // 夜里12点 / 24:00 is midnight at the end of the day: 00:00 of the next one.
            LocalDate next = day.date().plusDays(1);
            return new Point(next.getYear(), next.getMonthValue(), next.getDayOfMonth(), 0, minute == null ? 0 : minute, second,
                    null, null, clockGrain == null ? Grain.HOUR : clockGrain);
        }
        if (hour != null) {
            return new Point(day.year(), day.month(), day.day(), adjustHour(hour, pod), minute == null ? 0 : minute, second,
                    null, null, clockGrain == null ? Grain.HOUR : clockGrain);
        }
        if (pod != null) {
            return new Point(day.year(), day.month(), day.day(), null, null, null, pod, null, Grain.PART_OF_DAY);
        }
        return day;
    }

    /** 下午3点 is 15:00; 晚上8点 20:00; 中午1点 13:00. */
    private static int adjustHour(int hour, String pod) {
        if (pod == null) {
            return hour;
        }
        return switch (pod) {
            case "AF", "EV" -> hour < 12 ? hour + 12 : hour;
            case "NI" -> hour >= 6 && hour <= 12 ? hour + 12 : hour;
            case "MI" -> hour < 6 ? hour + 12 : hour;
            default -> hour;
        };
    }

    private static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The year for a date without one, by preference, from the reference year and its neighbours. */
    private static LocalDate choose(IntFunction<LocalDate> inYear, ReferenceTime ref, Preference preference) {
        if (ref.year() == null) {
            return null;
        }
        int year = ref.year();
        LocalDate candidate = inYear.apply(year);
        LocalDate refDate = ref.date().orElse(null);
        if (refDate == null || preference == Preference.SAME_PERIOD) {
            return candidate != null ? candidate : inYear.apply(year - 1);
        }
        if (preference == Preference.PAST && (candidate == null || candidate.isAfter(refDate))) {
            return firstExisting(inYear, year - 1, -1);
        }
        if (preference == Preference.FUTURE && (candidate == null || candidate.isBefore(refDate))) {
            return firstExisting(inYear, year + 1, 1);
        }
        return candidate;
    }

    /** 2月29日 exists one year in four: step until it does. */
    private static LocalDate firstExisting(IntFunction<LocalDate> inYear, int from, int step) {
        for (int i = 0; i < 8; i++) {
            LocalDate date = inYear.apply(from + i * step);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static int chooseYearForMonth(int month, ReferenceTime ref, Preference preference) {
        int year = ref.year();
        if (ref.month() == null || preference == Preference.SAME_PERIOD) {
            return year;
        }
        if (preference == Preference.PAST && month > ref.month()) {
            return year - 1;
        }
        if (preference == Preference.FUTURE && month < ref.month()) {
            return year + 1;
        }
        return year;
    }

    /** A day of month without a month: in the reference month, or its neighbour by preference. */
    private static LocalDate chooseMonth(int day, ReferenceTime ref, LocalDate refDate, Preference preference) {
        YearMonth ym = YearMonth.of(ref.year(), ref.month());
        LocalDate candidate = day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
        if (refDate == null || preference == Preference.SAME_PERIOD) {
            return candidate;
        }
        if (preference == Preference.PAST && (candidate == null || candidate.isAfter(refDate))) {
            YearMonth prev = ym.minusMonths(1);
            return day <= prev.lengthOfMonth() ? prev.atDay(day) : null;
        }
        if (preference == Preference.FUTURE && (candidate == null || candidate.isBefore(refDate))) {
            YearMonth next = ym.plusMonths(1);
            return day <= next.lengthOfMonth() ? next.atDay(day) : null;
        }
        return candidate;
    }

    /** A weekday without a week: the latest not after the reference (PAST), the next after it (FUTURE), or this week's. */
    private static LocalDate bareWeekday(LocalDate refDate, DayOfWeek dow, int shift, Preference preference) {
        if (shift < 0) {
            return refDate.with(TemporalAdjusters.previous(dow));
        }
        if (shift > 0) {
            return refDate.with(TemporalAdjusters.next(dow));
        }
        return switch (preference) {
            case PAST -> refDate.with(TemporalAdjusters.previousOrSame(dow));
            case FUTURE -> refDate.with(TemporalAdjusters.next(dow));
            case SAME_PERIOD -> refDate.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
        };
    }
}

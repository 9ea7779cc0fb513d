package dev.dossier.analyze.time;

import dev.dossier.analyze.time.Atom.Type;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognition rules: one regular expression per rule, each turning a match into an {@link Atom}
 * (or rejecting it). Patterns only recognise; all calendar arithmetic lives in {@link TimeNormalizer}'s
 * resolver, as HeidelTime separates its patterns from its normalisation functions. Rules run on
 * width-folded, Simplified-script text of the same length as the input, so offsets carry over.
 * Immutable and thread-safe (compiled {@link Pattern}s are shareable; matchers are per call).
 */
final class AtomRules {

    /**
     * A rule: a name for debugging, its pattern, and the builder that reads a match. {@code words}
     * is null for a pattern, else the words of a pattern that is their alternation (matched with
     * ASCII case folding): {@link #scan} then tries it only where one of them occurs.
     */
    private record Rule(String name, Pattern pattern, Builder builder, java.util.Set<String> words) {
    }

    @FunctionalInterface
    private interface Builder {
        /** Returns the atom for this match, or null to reject it. */
        Atom build(Matcher m, String text, Integer referenceYear);
    }

    private static final String NUM = "(?:[0-9]{1,4}|[零〇○一二两三四五六七八九十廿卅]{1,4})";
    private static final String CN_DIGIT = "[零〇○一二三四五六七八九]";
    private static final String CONNECTOR = "(?:至|到|－|-|—{1,2}|~|～|–)";
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Map<String, Integer> ENGLISH_NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("several", 3), Map.entry("few", 3));
    private static final String EN_NUM = "(\\d{1,3}(?:,\\d{3})+|\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a|an)";
    /** Words right before a number+年 that make it a length of time (时隔24年), not a year. */
    private static final Pattern DURATION_CUE = Pattern.compile(
            "(时隔|隔了|相隔|间隔|近|过去|长达|历时|整整|已经|已|了|约|逾|超过|达|共|经过|这|最近|将近|前后|持续|连续|花了|用了)$");

    private static final Pattern TWO_DIGIT_YEAR_FOLLOW = Pattern.compile(
            "[0-9零〇○一二三四五六七八九十首前后上下底末初中第春夏秋冬]|的|度|年底|年初");
    private static final Pattern TWO_DIGIT_YEAR_PRECEDE = Pattern.compile("(于|在|从|自|到|至|截至|截止|是|的|^)$|^\\s+$");

    // Compiled once: String.matches compiles its pattern on every call, and builders run per match.
    private static final Pattern ARABIC = Pattern.compile("[0-9]+");
    private static final Pattern CLOCK_WORD = Pattern.compile("[分半刻钟]");
    private static final Pattern YEAR_NUMBER = Pattern.compile("\\d{4}|[零〇○一二三四五六七八九]{4}|0\\d");

    private static final Pattern CLOCK_CONTEXT = Pattern.compile("(上午|下午|晚上|早上|凌晨|中午|傍晚|夜里|夜间|深夜|晚间|清晨|早晨|午后|[晚早日号天]|晏昼)$");

    private final List<Rule> rules;
    /** A word of the word rules, ASCII-lowercased, with the rules it belongs to. */
    private record WordRules(String word, int[] rules) {
    }

    /** The first characters of the words (ASCII-lowercased): a bit set of 8 KB, tested at every character. */
    private final java.util.BitSet wordStarts;
    /** The first characters of the words, sorted, and the words starting with each ({@link #wordsByFirst}). */
    private final char[] wordFirsts;
    private final WordRules[][] wordsByFirst;
    /** Class of each UTF-16 unit: index into {@link #classes}. */
    private final char[] classOf;
    /** The rules (indices, ascending) that may start a match at a unit of the class. */
    private final int[][] classes;
    /**
     * For an ASCII digit preceded by an ASCII digit (inside a number, where most rules' {@code
     * (?<![0-9])} cannot let a match start), the rules to try instead of its class: {@code
     * afterDigit[c - '0']}.
     */
    private final int[][] afterDigit;
    /**
     * For a character followed by an ideograph that no pattern spells out (一个, 5名 ...), the rules
     * of its class that can still start a match there, or null where this was not worked out
     * (then the class applies): {@code beforeIdeograph[c]}.
     */
    private final int[][] beforeIdeograph;
    /** The ideographs some pattern spells out. */
    private final java.util.BitSet spelled;
    /**
     * For an ASCII letter followed by an ASCII character, the rules of its class that can start a
     * match on the two: {@code letterPair[letterIndex(c) * 128 + d]}. The English rules all start
     * with a letter, and each is tried at most letters of English text otherwise.
     */
    private final int[][] letterPair;
    /**
     * For an ideograph whose class has several rules, followed by an ideograph some pattern spells
     * out, the rules of its class that can start a match on the two: {@code
     * beforeSpelled[c - CJK_FIRST][spelledIndex[d]]} (null rows for the other ideographs; index 0
     * for a follower not spelled out, where {@link #beforeIdeograph} applies).
     */
    private final int[][][] beforeSpelled;
    private final char[] spelledIndex;
    /**
     * The digit-run filter: at a digit with {@code L} digits from it to the end of its run and
     * {@code f} after them, bit {@code i} of {@code afterRun[L - 1][followerColumn[f]]} ({@code
     * longRun} when {@code L} is beyond {@link #RUN_PROBED}) tells whether rule {@code i} can start
     * a match there. Bits of the rules it does not work out are set, and so is every bit of column 0
     * (followers it does not probe).
     */
    private final long[][] afterRun;
    private final long longRun;
    private final char[] followerColumn;

    AtomRules(Holidays holidays) {
        List<Rule> r = new ArrayList<>();
        // ---- complete numeric dates
        r.add(rule("ymd", "(?<![0-9])(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})[日号]?"
                + "(?:(?:\\s*|[T\\-])(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?(?![0-9])", (m, t, ry) ->
                fixed(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4), m.group(5), m.group(6))));
        r.add(rule("ymdCompact", "(?<![0-9])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])", (m, t, ry) ->
                fixed(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), null, null, null)));
        r.add(rule("ymdSpaced", "(?<![0-9])((?:19|20)\\d{2}) (\\d{1,2}) (\\d{1,2})(?![0-9])", (m, t, ry) ->
                fixed(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), null, null, null)));
        r.add(rule("ym", "(?<![0-9.])((?:1[6-9]|20)\\d{2})[./-](\\d{1,2})(?![0-9]|\\s*[/.]\\s*\\d|-\\d{1,2}(?![0-9]))", (m, t, ry) -> {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? null
                    : new Atom(Type.FIXED, m.start(), m.end(), Integer.parseInt(m.group(1)), month, 0, null, false, Grain.MONTH, Modifier.NONE);
        }));
        r.add(rule("mdy", "(?<![0-9])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![0-9])", (m, t, ry) ->
                fixed(m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, null, null)));
        r.add(rule("mdyShort", "(?<![0-9/])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![0-9/])", (m, t, ry) ->
                fixed(m, ChineseNumbers.expandYear(Integer.parseInt(m.group(3)), 2, ry), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), null, null, null)));
        r.add(rule("mdSlash", "(?<![0-9/.])(\\d{1,2})/(\\d{1,2})[号日]", (m, t, ry) ->
                fixed(m, -1, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, null, null)));
        r.add(rule("mdDash", "(?<![0-9.\\-/])(0\\d|1[0-2])-([0-3]\\d)(?:\\s+(\\d{1,2})[:：](\\d{2}))?(?![0-9\\-日号天])", (m, t, ry) ->
                fixed(m, -1, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4), null)));
        r.add(rule("mdDot", "(?<![0-9])(\\d{1,2})·(\\d{1,2})(?![0-9])", (m, t, ry) ->
                fixed(m, -1, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null, null, null)));
        // ---- clock times
        r.add(rule("clock", "(?<![0-9])(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?:时)?(?![0-9])", (m, t, ry) ->
                clock(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? -1 : Integer.parseInt(m.group(3)))));
        r.add(rule("clockZh", "(" + NUM + ")(?:点钟|点|时)(?:(半)|([一二三1-3])刻|(" + NUM + ")分?)?(?:(" + NUM + ")秒)?", (m, t, ry) -> {
            int minute = m.group(2) != null ? 30 : m.group(3) != null ? 15 * ChineseNumbers.parse(m.group(3))
                    : m.group(4) != null ? ChineseNumbers.parse(m.group(4)) : -2;
            boolean arabic = ARABIC.matcher(m.group(1)).matches();
            boolean supported = CLOCK_WORD.matcher(m.group()).find() || m.group().contains("点") && minute != -2
                    || CLOCK_CONTEXT.matcher(t.substring(Math.max(0, m.start() - 2), m.start())).find()
                    || m.end() < t.length() && "许整左前".indexOf(t.charAt(m.end())) >= 0;
            // 一点 ("a little"), 一时 ("for a while"): a Chinese-numeral hour needs minutes, 钟, or a part of
            // day or a date right before it.
            if (!arabic && !supported) {
                return null;
            }
            Atom a = clock(m, ChineseNumbers.parse(m.group(1)), Math.max(minute, 0), m.group(5) == null ? -1 : ChineseNumbers.parse(m.group(5)));
            if (a != null && minute == -2) {
                a = new Atom(a.type(), a.start(), a.end(), a.a(), 0, -1, null, false, Grain.HOUR, Modifier.NONE);
            }
            return a;
        }));
        r.add(rule("clockEn", "(?i)(?<![0-9a-z])(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm|a|p)(?![a-z])", (m, t, ry) -> {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
            Atom a = clock(m, hour, m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), -1);
            return a == null || m.group(2) != null ? a
                    : new Atom(a.type(), a.start(), a.end(), a.a(), 0, -1, null, false, Grain.HOUR, Modifier.NONE);
        }));
        // ---- years
        r.add(rule("year4", "(?<![0-9])(\\d{4}|" + CN_DIGIT + "{4}) ?年(?!代|之久)", (m, t, ry) -> {
            int year = ChineseNumbers.parse(m.group(1));
            return year < 0 ? null : Atom.of(Type.YEAR_ABS, m.start(), m.end(), year, 0, 0, null, false);
        }));
        r.add(rule("yearLeadingZero", "(?<![0-9])(0\\d|[零〇○][零〇○一二三四五六七八九]) ?年(?!代)", (m, t, ry) ->
                Atom.of(Type.YEAR_ABS, m.start(), m.end(), ChineseNumbers.expandYear(ChineseNumbers.parse(m.group(1)), 2, ry), 0, 0, null, false)));
        r.add(rule("year", "(?<![0-9])(\\d{2}|" + CN_DIGIT + "{2})年(?!代|来|以来|多|间|之久|半|里|内|以内|之内|后|以后|之后|前|以前|之前)", (m, t, ry) -> {
            String digits = m.group(1);
            if (DURATION_CUE.matcher(t.substring(Math.max(0, m.start() - 4), m.start())).find()) {
                return null;
            }
            // A bare two-digit 年 is more often a length (黄金30年) than a year: it is a year only when a
            // month, season or boundary word follows, or a preposition/start of text precedes (98年4月, 在15年).
            boolean followed = TWO_DIGIT_YEAR_FOLLOW.matcher(t).region(m.end(), t.length()).lookingAt();
            boolean preceded = m.start() == 0 || TWO_DIGIT_YEAR_PRECEDE.matcher(t.substring(Math.max(0, m.start() - 2), m.start())).find();
            if (!followed && !preceded) {
                return null;
            }
            int year = ChineseNumbers.parse(digits);
            if (year < 0) {
                return null;
            }
            return Atom.of(Type.YEAR_ABS, m.start(), m.end(), ChineseNumbers.expandYear(year, digits.length(), ry), 0, 0, null, false);
        }));
        r.add(words("yearRel", Type.YEAR_REL, Map.ofEntries(
                Map.entry("今年", 0), Map.entry("本年", 0), Map.entry("这一年", 0), Map.entry("今个年", 0),
                Map.entry("去年", -1), Map.entry("上一年", -1), Map.entry("上年", -1), Map.entry("旧年", -1),
                Map.entry("前年", -2), Map.entry("大前年", -3), Map.entry("明年", 1), Map.entry("下一年", 1),
                Map.entry("来年", 1), Map.entry("下年", 1), Map.entry("出年", 1), Map.entry("后年", 2), Map.entry("大后年", 3),
                Map.entry("this year", 0), Map.entry("last year", -1), Map.entry("next year", 1))));
        r.add(words("yearNarrative", Type.YEAR_REL, true, Map.of(
                "当年", 0, "同年", 0, "该年", 0, "次年", 1, "翌年", 1, "第二年", 1, "前一年", -1)));
        r.add(rule("decade", "(?:(上个?|本|" + NUM + ")世纪)?([0-9]0|[一二三四五六七八九]十|零|〇)年代", (m, t, ry) -> {
            int decade = m.group(2).equals("零") || m.group(2).equals("〇") ? 0 : ChineseNumbers.parse(m.group(2));
            int century;
            if (m.group(1) == null) {
                century = decade >= 30 || ry == null ? 19 : (ry / 100);
                if (ry != null && century * 100 + decade > ry) {
                    century = ry / 100 - 1;
                }
            } else if (m.group(1).startsWith("上")) {
                century = ry == null ? 19 : ry / 100 - 1;
            } else if (m.group(1).equals("本")) {
                century = ry == null ? 20 : ry / 100;
            } else {
                century = ChineseNumbers.parse(m.group(1)) - 1;
            }
            return Atom.of(Type.DECADE, m.start(), m.end(), century * 100 + decade, 0, 0, null, false);
        }));
        r.add(rule("century", "(上个?|" + NUM + ")世纪(?!" + NUM + "年代|[0-9]0年代)", (m, t, ry) -> {
            int century = m.group(1).startsWith("上") ? (ry == null ? 20 : ry / 100) : ChineseNumbers.parse(m.group(1));
            return century <= 0 ? null : Atom.of(Type.CENTURY, m.start(), m.end(), (century - 1) * 100, 0, 0, null, false);
        }));
        r.add(rule("enYear", "(?i)\\b(?:in|since|by|during|until|of|from|before|after|between|early|late|mid-)\\s+((?:1[89]|20)\\d{2})\\b", (m, t, ry) ->
                Atom.of(Type.YEAR_ABS, m.start(1), m.end(1), Integer.parseInt(m.group(1)), 0, 0, null, false)));
        // ---- lunar
        r.add(wordRule("lunarMark", List.of("农历", "阴历", "旧历", "夏历"), (m, t, ry) ->
                Atom.of(Type.LUNAR_MARK, m.start(), m.end(), 0, 0, 0, null, false)));
        r.add(rule("lunarMonthDay", "(正|腊|冬|闰" + NUM + ")月(初[一二三四五六七八九十]|" + NUM + ")?(?![0-9日号])|(大年)(初[一二三四五六七八九十]|三十)", (m, t, ry) -> {
            if (m.group(3) != null) {
                return m.group(4).equals("三十") ? null // 大年三十 is 除夕, a holiday
                        : Atom.of(Type.LUNAR_DAY, m.start(), m.end(), 1, ChineseNumbers.parse(m.group(4).substring(1)), 0, null, false);
            }
            int month = switch (m.group(1)) {
                case "正" -> 1;
                case "腊" -> 12;
                case "冬" -> 11;
                default -> ChineseNumbers.parse(m.group(1).substring(1));
            };
            int day = m.group(2) == null ? -1 : ChineseNumbers.parse(m.group(2).replace("初", ""));
            return Atom.of(day < 0 ? Type.LUNAR_MONTH : Type.LUNAR_DAY, m.start(), m.end(), month, day, 0, null, false);
        }));
        r.add(rule("lunarDay", "初([一二三四五六七八九十])", (m, t, ry) ->
                Atom.of(Type.LUNAR_DAY, m.start(), m.end(), -1, ChineseNumbers.parse(m.group(1)), 0, null, false)));
        // ---- months, quarters, halves, weeks
        r.add(rule("month", "(?<![0-9个几])(" + NUM + ")月份?(?!来|以来|之久)", (m, t, ry) -> {
            int month = ChineseNumbers.parse(m.group(1));
            return month < 1 || month > 12 ? null : Atom.of(Type.MONTH_ABS, m.start(), m.end(), month, 0, 0, null, false);
        }));
        r.add(rule("monthDayBare", "(?<![0-9个几])(" + NUM + ")月(" + NUM + ")(?![0-9零〇一二两三四五六七八九十日号天年个万亿%.多名位人家项次届周])", (m, t, ry) -> {
            int month = ChineseNumbers.parse(m.group(1));
            int day = ChineseNumbers.parse(m.group(2));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            // 八月十五, 五月廿二: a month with a day in Chinese numerals and no 日/号 is how lunar dates
            // are written; 十月31 with Arabic digits is a Gregorian date.
            boolean lunar = !ARABIC.matcher(m.group(2)).matches();
            return Atom.of(lunar ? Type.LUNAR_DAY : Type.MONTH_DAY, m.start(), m.end(), month, day, 0, null, false);
        }));
        r.add(rule("enMonth", "(?i)\\b(" + MONTHS + ")\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?|\\s+(\\d{4})\\b)", (m, t, ry) -> {
            if (m.group(1).equals("may") || (m.group(1).equals("May") && m.group(2) == null && m.group(4) == null)) {
                return null;
            }
            int month = englishMonth(m.group(1));
            if (m.group(4) != null) {
                return new Atom(Type.FIXED, m.start(), m.end(), Integer.parseInt(m.group(4)), month, 0, null, false, Grain.MONTH, Modifier.NONE);
            }
            return fixed(m, m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), null, null, null);
        }));
        r.add(rule("enDayMonth", "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?(?:,?\\s+(\\d{4}))?\\b", (m, t, ry) ->
                fixed(m, m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), englishMonth(m.group(2)), Integer.parseInt(m.group(1)), null, null, null)));
        r.add(rule("enMonthAlone", "(?i)\\b(?:in|since|by|during|until|early|late|mid-|last|next|this)\\s+(" + MONTHS + ")\\b(?!\\s+\\d)", (m, t, ry) ->
                Atom.of(Type.MONTH_ABS, m.start(1), m.end(1), englishMonth(m.group(1)), 0, 0, null, false)));
        r.add(words("monthRel", Type.MONTH_REL, Map.ofEntries(
                Map.entry("本月", 0), Map.entry("这个月", 0), Map.entry("这月", 0), Map.entry("今个月", 0), Map.entry("这一个月", 0),
                Map.entry("上个月", -1), Map.entry("上月", -1), Map.entry("上一个月", -1), Map.entry("上一月", -1),
                Map.entry("下个月", 1), Map.entry("下月", 1), Map.entry("下一个月", 1), Map.entry("下一月", 1),
                Map.entry("last month", -1), Map.entry("this month", 0), Map.entry("next month", 1))));
        r.add(words("monthNarrative", Type.MONTH_REL, true, Map.of("当月", 0, "同月", 0, "次月", 1, "翌月", 1)));
        r.add(rule("quarter", "(?:第)?([一二三四1-4首])季度|[Qq]([1-4])(?:季度)?", (m, t, ry) -> {
            String q = m.group(1) != null ? m.group(1) : m.group(2);
            return Atom.of(Type.QUARTER, m.start(), m.end(), q.equals("首") ? 1 : ChineseNumbers.parse(q), 0, 0, null, false);
        }));
        r.add(words("quarterRel", Type.QUARTER_REL, Map.of("本季度", 0, "这个季度", 0, "这季度", 0, "上个季度", -1,
                "上季度", -1, "上一季度", -1, "下个季度", 1, "下季度", 1, "下一季度", 1)));
        r.add(words("half", Type.HALF, Map.of("上半年", 1, "下半年", 2, "前半年", 1, "后半年", 2)));
        r.add(rule("weekRel", "(上上|下下|上|下|这|本|今个)(?:一)?(?:个)?(?:星期|礼拜|周)(?![一二三四五六日天1-7末])", (m, t, ry) ->
                Atom.of(Type.WEEK_REL, m.start(), m.end(), weekOffset(m.group(1)), 0, 0, null, false)));
        r.add(words("weekRelEn", Type.WEEK_REL, Map.of("last week", -1, "this week", 0, "next week", 1)));
        r.add(rule("weekday", "(?:(上上|下下|上|下|这|本|今个)(?:一)?(?:个)?)?(?:星期|礼拜|周)([一二三四五六日天1-7])", (m, t, ry) -> {
            String d = m.group(2);
            int dow = d.equals("日") || d.equals("天") ? 7 : ChineseNumbers.parse(d);
            return Atom.of(Type.WEEKDAY, m.start(), m.end(), dow, m.group(1) == null ? 0 : weekOffset(m.group(1)), 0, null, m.group(1) != null);
        }));
        r.add(rule("weekdayEn", "(?i)\\b(?:(last|next|this)\\s+)?(" + WEEKDAYS + ")\\b", (m, t, ry) -> {
            int dow = List.of(WEEKDAYS.split("\\|")).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            String p = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            // "last Tuesday" = the most recent Tuesday before the reference, "next" the first after:
            // offsets relative to the bare reading, encoded as c = -1/0/+1 with flag=false.
            int shift = p == null || p.equals("this") ? 0 : p.equals("last") ? -1 : 1;
            return Atom.of(Type.WEEKDAY, m.start(), m.end(), dow, 0, shift, null, false);
        }));
        r.add(rule("ordinalWeek", "第(" + NUM + ")个?(?:周|星期|礼拜)([一二三四五六日天1-7])?", (m, t, ry) -> {
            int n = ChineseNumbers.parse(m.group(1));
            String d = m.group(2);
            int dow = d == null ? 0 : d.equals("日") || d.equals("天") ? 7 : ChineseNumbers.parse(d);
            return n < 1 || n > 53 ? null : Atom.of(Type.ORDINAL_WEEK, m.start(), m.end(), n, dow, 0, null, false);
        }));
        // ---- days
        r.add(rule("day", "(?<![0-9])(" + NUM + ")[日号](?!元)", (m, t, ry) -> {
            int day = ChineseNumbers.parse(m.group(1));
            return day < 1 || day > 31 ? null : Atom.of(Type.DAY_ABS, m.start(), m.end(), day, 0, 0, null, false);
        }));
        r.add(rule("monthDayUnit", "(?<![0-9个几])(" + NUM + ")月(" + NUM + ")[日号](?!元)", (m, t, ry) -> {
            int month = ChineseNumbers.parse(m.group(1));
            int day = ChineseNumbers.parse(m.group(2));
            return month < 1 || month > 12 || day < 1 || day > 31 ? null
                    : Atom.of(Type.MONTH_DAY, m.start(), m.end(), month, day, 0, null, false);
        }));
        r.add(dayWords("dayRel", false, Map.ofEntries(
                Map.entry("今天", "0"), Map.entry("今日", "0"), Map.entry("今儿", "0"), Map.entry("本日", "0"),
                Map.entry("昨天", "-1"), Map.entry("昨日", "-1"), Map.entry("昨儿", "-1"), Map.entry("琴日", "-1"),
                Map.entry("前天", "-2"), Map.entry("前日", "-2"), Map.entry("大前天", "-3"),
                Map.entry("明天", "1"), Map.entry("明日", "1"), Map.entry("明儿", "1"), Map.entry("聽日", "1"), Map.entry("听日", "1"),
                Map.entry("后天", "2"), Map.entry("后日", "2"), Map.entry("大后天", "3"), Map.entry("大后日", "3"), Map.entry("大大后天", "4"), Map.entry("大大前天", "-4"), Map.entry("寻日", "-1"), Map.entry("噚日", "-1"),
                Map.entry("今晚", "0 EV"), Map.entry("今早", "0 MO"), Map.entry("今晨", "0 MO"), Map.entry("今夜", "0 NI"),
                Map.entry("昨晚", "-1 EV"), Map.entry("昨夜", "-1 NI"), Map.entry("明早", "1 MO"), Map.entry("明晚", "1 EV"),
                Map.entry("today", "0"), Map.entry("yesterday", "-1"), Map.entry("tomorrow", "1"),
                Map.entry("tonight", "0 EV"), Map.entry("last night", "-1 NI"))));
        r.add(dayWords("dayNarrative", true, Map.ofEntries(
                Map.entry("当天", "0"), Map.entry("当日", "0"), Map.entry("同日", "0"), Map.entry("同一天", "0"), Map.entry("是日", "0"),
                Map.entry("次日", "1"), Map.entry("翌日", "1"), Map.entry("第二天", "1"), Map.entry("隔天", "1"), Map.entry("隔日", "1"),
                Map.entry("后一天", "1"), Map.entry("前一天", "-1"), Map.entry("前一日", "-1"), Map.entry("头一天", "-1"),
                Map.entry("第三天", "2"), Map.entry("当晚", "0 EV"), Map.entry("当天晚上", "0 EV"), Map.entry("次日凌晨", "1 MO"),
                Map.entry("当天下午", "0 AF"), Map.entry("当天上午", "0 MO"), Map.entry("the next day", "1"),
                Map.entry("the day before", "-1"), Map.entry("the same day", "0"), Map.entry("that day", "0"))));
        r.add(wordRule("now", List.of("现在", "而家", "宜家", "依家", "此时", "此刻", "当前", "眼下", "right now"), (m, t, ry) ->
                Atom.of(Type.NOW, m.start(), m.end(), 0, 0, 0, null, false)));
        // ---- parts of day
        r.add(rule("podShort", "([早晚])(?=" + NUM + "[点时])", (m, t, ry) ->
                Atom.of(Type.POD, m.start(), m.end(), 0, 0, 0, m.group(1).equals("早") ? "MO" : "EV", false)));
        r.add(wordRule("pod", List.of("凌晨", "清晨", "早晨", "早上", "早间", "上午", "中午", "正午", "午间", "下午", "午后", "晏昼",
                "傍晚", "黄昏", "晚上", "晚间", "夜里", "夜间", "深夜", "午夜", "半夜", "morning", "afternoon", "evening", "night", "noon"), (m, t, ry) ->
                Atom.of(Type.POD, m.start(), m.end(), 0, 0, 0, partOfDay(m.group().toLowerCase(Locale.ROOT)), false)));
        // ---- modifiers
        r.add(wordRule("mod", List.of("年底", "年末", "年终", "岁末", "年初", "年中", "月底", "月末", "月初", "月中", "伊始", "上旬", "中旬",
                "下旬", "前期", "中期", "后期", "末期", "晚些时候", "早些时候", "底", "末", "初", "左右", "前后", "许"), (m, t, ry) -> {
            String w = m.group();
            Modifier mod = switch (w) {
                case "年初", "月初", "伊始", "上旬", "前期", "初", "早些时候" -> Modifier.START;
                case "年中", "月中", "中旬", "中期" -> Modifier.MID;
                case "左右", "前后", "许" -> Modifier.APPROX;
                default -> Modifier.END;
            };
            return new Atom(Type.MOD, m.start(), m.end(), 0, 0, 0, w, false, null, mod);
        }));
        // ---- holidays
        r.add(new Rule("holiday", holidays.pattern(), (m, t, ry) ->
                Atom.of(Type.HOLIDAY, m.start(), m.end(), 0, 0, 0, m.group(), false), holidays.names()));
        // ---- durations and "N units ago / later"
        r.add(rule("duration", "(?<![0-9零〇○一二两三四五六七八九十])(" + NUM + "|几|半|数|十几|几十|\\d+\\.\\d+)(个)?(多|余)?(半)?(年|个月|月|周(?!年)|星期|礼拜|天|日|小时|钟头|分钟|秒钟|秒)(多|余)?(半)?"
                + "(以来|来|之前|以前|前|之后|以后|后|以内|之内|内|间|之久)?", AtomRules::duration));
        r.add(rule("durationEn", "(?i)\\b(?:over|in|during|for|within|across)\\s+the\\s+(?:past|last|previous|next|coming|following)\\s+" + EN_NUM
                + "\\s+(years?|months?|weeks?|days?|hours?|decades?)\\b", (m, t, ry) ->
                englishDuration(m, m.group(1), m.group(2), null)));
        r.add(rule("agoEn", "(?i)(?<![0-9,.])\\b" + EN_NUM + "\\s+(years?|months?|weeks?|days?|decades?)\\s+(ago|later)\\b", (m, t, ry) ->
                englishDuration(m, m.group(1), m.group(2), m.group(3).equalsIgnoreCase("ago") ? -1 : 1)));
        r.add(rule("forEn", "(?i)\\bfor\\s+(?:more than\\s+|over\\s+|nearly\\s+|almost\\s+)?" + EN_NUM + "\\s+(years|months|weeks|days|decades)\\b", (m, t, ry) ->
                englishDuration(m, m.group(1), m.group(2), null)));
        // ---- range glue
        r.add(rule("bareNum", "(?<![0-9.])(\\d{1,4}|" + "[零〇○一二两三四五六七八九十廿卅]{1,4})(?=\\s*" + CONNECTOR + "\\s*" + NUM + ")", (m, t, ry) ->
                Atom.of(Type.BARE_NUM, m.start(), m.end(), ChineseNumbers.parse(m.group(1)), 0, m.group(1).length(), m.group(1), false)));
        r.add(rule("connector", CONNECTOR + "|(?i)\\b(?:to|until|through)\\b", (m, t, ry) ->
                Atom.of(Type.CONNECTOR, m.start(), m.end(), 0, 0, 0, m.group(), false)));
        this.rules = List.copyOf(r);
        java.util.TreeMap<Character, List<WordRules>> byFirst = new java.util.TreeMap<>();
        wordRules(rules).forEach((word, ruleIds) ->
                byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new WordRules(word, ruleIds)));
        this.wordStarts = new java.util.BitSet();
        this.wordFirsts = new char[byFirst.size()];
        this.wordsByFirst = new WordRules[byFirst.size()][];
        int first = 0;
        for (var entry : byFirst.entrySet()) {
            wordStarts.set(entry.getKey());
            wordFirsts[first] = entry.getKey();
            wordsByFirst[first++] = entry.getValue().toArray(new WordRules[0]);
        }
        List<int[]> classList = new ArrayList<>();
        this.classOf = firstCharacterClasses(rules, classList);
        this.classes = classList.toArray(new int[0][]);
        this.afterDigit = afterDigitClasses(rules, classOf, classes);
        StringBuilder allSources = new StringBuilder();
        rules.forEach(rule -> allSources.append(rule.pattern().pattern()));
        this.spelled = new java.util.BitSet();
        for (int k = 0; k < allSources.length(); k++) {
            char c = allSources.charAt(k);
            if (c >= CJK_FIRST && c <= CJK_LAST) {
                spelled.set(c);
            }
        }
        this.beforeIdeograph = beforeIdeographClasses(rules, classOf, classes, genericIdeograph(allSources));
        this.letterPair = letterPairClasses(rules, classOf, classes);
        this.spelledIndex = new char[Character.MAX_VALUE + 1];
        char nextIndex = 1;
        for (int c = spelled.nextSetBit(0); c >= 0; c = spelled.nextSetBit(c + 1)) {
            spelledIndex[c] = nextIndex++;
        }
        this.beforeSpelled = beforeSpelledClasses(rules, classOf, classes, spelled, spelledIndex, nextIndex);
        String[][] digitClasses = digitClasses(rules, classOf, classes);
        this.followerColumn = followerColumns(rules, digitClasses, genericIdeograph(allSources));
        List<List<String>>[] runs = viableRuns(rules, digitClasses);
        this.afterRun = afterRunTable(rules, runs, followerColumn, genericIdeograph(allSources));
        this.longRun = runMask(rules, runs, RUN_PROBED + 1, "");
    }

    /**
     * All atoms of {@code text}, leftmost-longest, non-overlapping, in text order: every rule is
     * tried at every offset, and of the atoms found the earliest wins, then the longest, then the
     * earlier rule.
     *
     * <p>Why not one {@code find} loop per rule: a rule's {@code find} tries its pattern at every
     * offset, and most patterns start with alternations that Java's regex engine cannot skip ahead on
     * (it does so only for a literal prefix), so that scan cost rules x characters x alternatives.
     * Here each offset is tried only with the rules whose match can begin with its character
     * ({@link #classOf}), narrowed by what follows it: inside a number, the rules that can start
     * after a digit ({@link #afterDigit}); at a digit, the rules that can start on a run of that
     * length before the character after the run ({@link #afterRun}); at a letter before an ASCII
     * character, or an ideograph before an ideograph, the rules that can start on the two ({@link
     * #letterPair}, {@link #beforeSpelled}, {@link #beforeIdeograph}). All of these are probed from
     * the patterns when the rules are built, so they cannot drift from them; the atoms found are the
     * same ({@code AtomRulesScanTest} checks it on news, evaluation and generated texts).
     */
    List<Atom> scan(String text, Integer referenceYear) {
        List<Atom> candidates = new ArrayList<>();
        List<Integer> priority = new ArrayList<>();
        Matcher[] matchers = new Matcher[rules.size()];
        int n = text.length();
        long[] wordHits = wordHits(text); // (start << 32 | rule), sorted
        int nextHit = 0;
        int runEnd = 0; // the end of the digit run at p, when p is in one
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            boolean digit = c >= '0' && c <= '9';
            boolean inNumber = digit && p > 0 && text.charAt(p - 1) >= '0' && text.charAt(p - 1) <= '9';
            int[] candidatesHere = inNumber ? afterDigit[c - '0'] : classes[classOf[c]];
            if (!inNumber && candidatesHere.length > 0 && beforeIdeograph[c] != null && p + 1 < n
                    && isUnspelledIdeograph(text.charAt(p + 1))) {
                candidatesHere = beforeIdeograph[c];
            } else if (candidatesHere.length > 0 && isAsciiLetter(c) && p + 1 < n && text.charAt(p + 1) < 128) {
                candidatesHere = letterPair[letterIndex(c) * 128 + text.charAt(p + 1)];
            } else if (candidatesHere.length > 1 && c >= CJK_FIRST && c <= CJK_LAST && beforeSpelled[c - CJK_FIRST] != null
                    && p + 1 < n && spelledIndex[text.charAt(p + 1)] != 0) {
                candidatesHere = beforeSpelled[c - CJK_FIRST][spelledIndex[text.charAt(p + 1)]];
            }
            long viable = -1L;
            if (digit && candidatesHere.length > 0) {
                if (runEnd <= p) {
                    runEnd = p + 1;
                    while (runEnd < n && text.charAt(runEnd) >= '0' && text.charAt(runEnd) <= '9') {
                        runEnd++;
                    }
                }
                int length = runEnd - p;
                viable = length > RUN_PROBED ? longRun
                        : runEnd < n ? afterRun[length - 1][followerColumn[text.charAt(runEnd)]] : -1L;
            }
            for (int i : candidatesHere) {
                if ((viable >>> i & 1L) != 0) {
                    tryRule(i, p, text, referenceYear, matchers, candidates, priority);
                }
            }
            int previous = -1;
            for (; nextHit < wordHits.length && (int) (wordHits[nextHit] >>> 32) == p; nextHit++) {
                int i = (int) wordHits[nextHit];
                if (i != previous) { // several words of one rule may start here: the pattern picks
                    tryRule(i, p, text, referenceYear, matchers, candidates, priority);
                    previous = i;
                }
            }
        }
        return leftmostLongest(candidates, priority);
    }

    private void tryRule(int i, int p, String text, Integer referenceYear, Matcher[] matchers,
                         List<Atom> candidates, List<Integer> priority) {
        Matcher m = matchers[i];
        if (m == null) {
            // Transparent bounds: lookbehinds and \b see the text before p, as find would.
            m = rules.get(i).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[i] = m;
        }
        m.region(p, text.length());
        if (m.lookingAt() && m.end() > m.start()) {
            Atom atom = rules.get(i).builder().build(m, text, referenceYear);
            if (atom != null) {
                candidates.add(atom);
                priority.add(i);
            }
        }
    }

    /**
     * Where the words of the word rules occur, as {@code start << 32 | rule}, sorted: at each
     * character that some word starts with, the words starting with it compared there, ASCII case
     * folded. Why not an Aho-Corasick automaton (as before): it steps through its double array at
     * every character, and that array spans the code points of the ideographs, so in a pipeline
     * whose other stages have filled the caches nearly every step missed them; the bit set of
     * first characters stays in cache, and few characters start a word.
     */
    private long[] wordHits(String text) {
        long[] hits = new long[16];
        int size = 0;
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = asciiLower(text.charAt(p));
            if (!wordStarts.get(c)) {
                continue;
            }
            for (WordRules w : wordsByFirst[java.util.Arrays.binarySearch(wordFirsts, c)]) {
                if (startsWithFolded(text, p, w.word())) {
                    for (int rule : w.rules()) {
                        if (size == hits.length) {
                            hits = java.util.Arrays.copyOf(hits, size * 2);
                        }
                        hits[size++] = (long) p << 32 | rule;
                    }
                }
            }
        }
        long[] out = java.util.Arrays.copyOf(hits, size);
        java.util.Arrays.sort(out);
        return out;
    }

    /** Whether {@code lowerWord} is printed at {@code text[at..]}, ASCII case folded. */
    private static boolean startsWithFolded(String text, int at, String lowerWord) {
        if (at + lowerWord.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (asciiLower(text.charAt(at + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        asciiLowerInPlace(chars);
        return new String(chars);
    }

    private static void asciiLowerInPlace(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
    }

    private static List<Atom> leftmostLongest(List<Atom> candidates, List<Integer> priority) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> candidates.get(i).start())
                .thenComparing(i -> -(candidates.get(i).end() - candidates.get(i).start()))
                .thenComparing(priority::get));
        List<Atom> chosen = new ArrayList<>();
        int covered = 0;
        for (int i : order) {
            Atom a = candidates.get(i);
            if (a.start() >= covered) {
                chosen.add(a);
                covered = a.end();
            }
        }
        return chosen;
    }

    // ------------------------------------------------------------------ first-character classes

    /** The words of the word rules, ASCII-lowercased, each with the rules it belongs to. */
    private static java.util.TreeMap<String, int[]> wordRules(List<Rule> rules) {
        java.util.TreeMap<String, int[]> byWord = new java.util.TreeMap<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).words() == null) {
                continue;
            }
            for (String word : rules.get(i).words()) {
                int rule = i;
                byWord.merge(asciiLower(word), new int[] {i}, (a, b) -> java.util.stream.IntStream
                        .concat(java.util.Arrays.stream(a), java.util.stream.IntStream.of(rule)).distinct().toArray());
            }
        }
        return byWord;
    }

    /**
     * For every UTF-16 unit, the rules whose match can begin with it, grouped into classes: {@code
     * classes[classOf[c]]} lists, in rule order, the rules to try where {@code c} stands. Derived
     * from the patterns themselves ({@link FirstCharacterProbe}), so it cannot drift from them.
     *
     * <p>Probing all 65,536 units for every rule would take most of a second, so only the scripts news
     * text is written in are probed ({@link #PROBED}); any other unit and the surrogates (a match may
     * start with a pair) try every rule, and so does every unit for a rule with a positive lookbehind
     * (it needs a particular character before). Within the CJK ideographs, a pattern without code
     * point escapes, Unicode properties or flags, or ranges over non-ASCII characters tells apart only
     * the ideographs it spells out: every other ideograph behaves as one it does not spell out (an
     * assigned letter, the {@code generic} probe), so only those are probed ({@code
     * AtomRulesScanTest} checks this against probing the whole block).
     */
    private static char[] firstCharacterClasses(List<Rule> rules, List<int[]> classesOut) {
        int size = Character.MAX_VALUE + 1;
        StringBuilder allSources = new StringBuilder();
        rules.forEach(r -> allSources.append(r.pattern().pattern()));
        char generic = genericIdeograph(allSources);
        java.util.BitSet[] starts = new java.util.BitSet[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Pattern pattern = rules.get(i).pattern();
            String source = pattern.pattern();
            java.util.BitSet set = new java.util.BitSet(size);
            set.set(0, size); // unprobed units try every rule
            if (rules.get(i).words() != null) {
                starts[i] = new java.util.BitSet(); // tried where its words occur instead
                continue;
            }
            if (source.contains("(?<=")) {
                starts[i] = set;
                continue;
            }
            FirstCharacterProbe probe = new FirstCharacterProbe(pattern);
            for (int[] range : PROBED) {
                for (int c = range[0]; c <= range[1]; c++) {
                    set.set(c, probe.mayStartWith((char) c));
                }
            }
            if (BLOCK_WIDE.matcher(source).find() || probe.mayStartWith(generic)) {
                for (int c = CJK_FIRST; c <= CJK_LAST; c++) {
                    set.set(c, probe.mayStartWith((char) c));
                }
            } else {
                set.clear(CJK_FIRST, CJK_LAST + 1);
                for (int k = 0; k < source.length(); k++) {
                    char c = source.charAt(k);
                    if (c >= CJK_FIRST && c <= CJK_LAST && probe.mayStartWith(c)) {
                        set.set(c);
                    }
                }
                for (int c = CJK_LAST_ASSIGNED + 1; c <= CJK_LAST; c++) { // not letters: probe them all
                    set.set(c, probe.mayStartWith((char) c));
                }
            }
            starts[i] = set;
        }
        char[] classOf = new char[size];
        java.util.Map<java.util.BitSet, Integer> ids = new java.util.HashMap<>();
        for (int c = 0; c < size; c++) {
            java.util.BitSet members = new java.util.BitSet(rules.size());
            for (int i = 0; i < rules.size(); i++) {
                if (starts[i].get(c)) {
                    members.set(i);
                }
            }
            Integer id = ids.get(members);
            if (id == null) {
                id = classesOut.size();
                ids.put(members, id);
                classesOut.add(members.stream().toArray());
            }
            classOf[c] = (char) id.intValue();
        }
        return classOf;
    }

    /**
     * The rules of each digit's class that can start a match right after a digit: probed after each
     * of the ten digits (a lookbehind that looks further back can only reject more, so one character
     * of context gives a superset).
     */
    private static int[][] afterDigitClasses(List<Rule> rules, char[] classOf, int[][] classes) {
        int[][] out = new int[10][];
        FirstCharacterProbe[][] probes = new FirstCharacterProbe[rules.size()][10];
        for (char c = '0'; c <= '9'; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i : classes[classOf[c]]) {
                boolean viable = false;
                for (int d = 0; d < 10 && !viable; d++) {
                    if (probes[i][d] == null) {
                        probes[i][d] = new FirstCharacterProbe(rules.get(i).pattern(), String.valueOf((char) ('0' + d)));
                    }
                    viable = rules.get(i).pattern().pattern().contains("(?<=") || probes[i][d].mayStartWith(c);
                }
                if (viable) {
                    members.add(i);
                }
            }
            out[c - '0'] = members.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    // ------------------------------------------------------------------ the digit-run filter

    /** Digit runs are probed up to this length; a longer one as a run of one more digit alone. */
    private static final int RUN_PROBED = 4;
    /** The followers {@link #afterRunTable} probes (inclusive ranges), besides the ideographs. */
    private static final int[][] FOLLOWERS = {{0x0000, 0x00FF}, {0x2010, 0x201F}, {0x3000, 0x303F}};
    /** Quantifier bounds and the range 0-9: digits in a pattern source that treat all digits alike. */
    private static final Pattern DIGITS_ALIKE = Pattern.compile("(?<!\\\\)\\{\\d+(?:,\\d*)?\\}|0-9");

    /** Rules whose pattern tells more kinds of digit apart than this are not filtered. */
    private static final int MAX_DIGIT_CLASSES = 6;
    /** A digit in a pattern source next to a range dash, a backslash before a digit (a back reference or octal escape). */
    private static final Pattern DIGIT_HAZARD = Pattern.compile("\\\\[0-9]|[0-9]-(?![0-9])|(?<![0-9])-[0-9]");
    private static final Pattern DIGIT_RANGE = Pattern.compile("([0-9])-([0-9])");

    /**
     * For each rule that can start with a digit, one digit of each kind its pattern tells apart
     * (null for the other rules and those it does not work out). The kinds: two digits are alike
     * when every digit literal and digit range of the source ({@code 19|20}, {@code [1-4]},
     * {@code 0\d}; quantifier bounds and {@code 0-9} aside, which treat all alike) holds both or
     * neither, since {@code \d}, {@code \w}, {@code \b}, {@code .} and classes built from those
     * literals cannot tell them apart either. Not worked out: a source with escapes, properties or
     * flags that could name a digit ({@link #BLOCK_WIDE}), a back reference or octal escape, a range
     * from a digit to another character, a positive lookbehind, or more than {@link
     * #MAX_DIGIT_CLASSES} kinds. A run of digits then behaves as some run of these digits.
     */
    private static String[][] digitClasses(List<Rule> rules, char[] classOf, int[][] classes) {
        String[][] out = new String[rules.size()][];
        if (rules.size() > Long.SIZE) {
            return out; // the masks have a bit per rule: beyond 64 rules the filter is off
        }
        java.util.BitSet startsWithDigit = new java.util.BitSet();
        for (char c = '0'; c <= '9'; c++) {
            for (int i : classes[classOf[c]]) {
                startsWithDigit.set(i);
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            String source = rules.get(i).pattern().pattern();
            if (!startsWithDigit.get(i) || rules.get(i).words() != null || source.contains("(?<=")
                    || BLOCK_WIDE.matcher(source).find()) {
                continue;
            }
            String digits = DIGITS_ALIKE.matcher(source).replaceAll("");
            if (DIGIT_HAZARD.matcher(digits).find()) {
                continue;
            }
            List<java.util.BitSet> sets = new ArrayList<>();
            Matcher range = DIGIT_RANGE.matcher(digits);
            while (range.find()) {
                java.util.BitSet set = new java.util.BitSet();
                set.set(range.group(1).charAt(0) - '0', range.group(2).charAt(0) - '0' + 1);
                sets.add(set);
            }
            String singles = DIGIT_RANGE.matcher(digits).replaceAll("");
            for (int k = 0; k < singles.length(); k++) {
                char ch = singles.charAt(k);
                if (ch >= '0' && ch <= '9') {
                    java.util.BitSet set = new java.util.BitSet();
                    set.set(ch - '0');
                    sets.add(set);
                }
            }
            java.util.Map<List<Boolean>, Character> kinds = new java.util.LinkedHashMap<>();
            for (char d = '0'; d <= '9'; d++) {
                List<Boolean> signature = new ArrayList<>();
                for (java.util.BitSet set : sets) {
                    signature.add(set.get(d - '0'));
                }
                kinds.putIfAbsent(signature, d);
            }
            if (kinds.size() <= MAX_DIGIT_CLASSES) {
                out[i] = kinds.values().stream().map(String::valueOf).toArray(String[]::new);
            }
        }
        return out;
    }

    /**
     * The column of each follower in {@link #afterRun}: 0 for the unprobed ones, one of its own for
     * each character of {@link #FOLLOWERS} and each ideograph that a rule the filter works out
     * spells out, and one shared by the other assigned ideographs: each of those rules tells them
     * apart from none of them, nor from {@code generic} (the argument of {@link
     * #firstCharacterClasses}). Why only those rules: the columns cost probes at construction.
     */
    private static char[] followerColumns(List<Rule> rules, String[][] digitClasses, char generic) {
        java.util.BitSet spelled = new java.util.BitSet();
        for (int i = 0; i < rules.size(); i++) {
            if (digitClasses[i] != null) {
                rules.get(i).pattern().pattern().chars().filter(c -> c >= CJK_FIRST && c <= CJK_LAST).forEach(spelled::set);
            }
        }
        char[] column = new char[Character.MAX_VALUE + 1];
        char next = 1;
        for (int[] range : FOLLOWERS) {
            for (int c = range[0]; c <= range[1]; c++) {
                column[c] = next++;
            }
        }
        char unspelled = next++;
        for (int c = CJK_FIRST; c <= CJK_LAST_ASSIGNED; c++) {
            column[c] = spelled.get(c) ? next++ : unspelled;
        }
        return column;
    }

    /** {@link #afterRun}: every run length up to {@link #RUN_PROBED} before every column's follower. */
    private static long[][] afterRunTable(List<Rule> rules, List<List<String>>[] runs, char[] followerColumn, char generic) {
        int columns = 0;
        for (char col : followerColumn) {
            columns = Math.max(columns, col + 1);
        }
        char[] representative = new char[columns];
        for (int c = Character.MAX_VALUE; c >= 0; c--) {
            representative[followerColumn[c]] = (char) c;
        }
        representative[followerColumn[generic]] = generic;
        long[][] table = new long[RUN_PROBED][columns];
        for (int length = 1; length <= RUN_PROBED; length++) {
            table[length - 1][0] = -1L;
            for (int col = 1; col < columns; col++) {
                table[length - 1][col] = runMask(rules, runs, length, String.valueOf(representative[col]));
            }
        }
        return table;
    }

    /**
     * For each rule worked out by {@link #digitClasses}, by length up to {@link #RUN_PROBED} + 1
     * ({@code runs[i].get(length - 1)}), the runs of its kinds of digit that it can start a match
     * on; null for the other rules. Built digit by digit, dropping a run as soon as the pattern
     * fails on it without running out of input: then it fails on every longer run too, since it
     * read none of what follows. This keeps rules like {@code ((?:19|20)\d{2})} cheap to probe.
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>>[] viableRuns(List<Rule> rules, String[][] digitClasses) {
        List<List<String>>[] out = new List[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            if (digitClasses[i] == null) {
                continue;
            }
            Pattern pattern = rules.get(i).pattern();
            List<List<String>> byLength = new ArrayList<>();
            List<String> previous = List.of("");
            for (int length = 1; length <= RUN_PROBED + 1; length++) {
                List<String> next = new ArrayList<>();
                for (String run : previous) {
                    for (String d : digitClasses[i]) {
                        if (mayStartOn(pattern, run + d)) {
                            next.add(run + d);
                        }
                    }
                }
                byLength.add(List.copyOf(next));
                previous = next;
            }
            out[i] = List.copyOf(byLength);
        }
        return out;
    }

    /**
     * The rules that can start a match on some run of {@code length} digits followed by {@code
     * follower}: for each rule worked out, one of its {@link #viableRuns} of that length; plus every
     * rule not worked out.
     */
    private static long runMask(List<Rule> rules, List<List<String>>[] runs, int length, String follower) {
        long mask = 0;
        for (int i = 0; i < rules.size(); i++) {
            boolean viable = runs[i] == null;
            if (!viable) {
                for (String run : runs[i].get(length - 1)) {
                    if (follower.isEmpty() || mayStartOn(rules.get(i).pattern(), run + follower)) {
                        viable = true;
                        break;
                    }
                }
            }
            if (viable) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /**
     * Whether a match of {@code pattern} can start on {@code probe}: matching succeeds on it or runs
     * out of input, with nothing before it, or also a letter or a space when the pattern has
     * {@code \b}.
     */
    private static boolean mayStartOn(Pattern pattern, String probe) {
        for (String before : pattern.pattern().contains("\\b") ? List.of("", "a", " ") : List.of("")) {
            String s = before + probe;
            Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(before.length(), s.length());
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    /** An assigned ideograph that no pattern spells out: it stands for all of them in the probes. */
    private static char genericIdeograph(CharSequence allSources) {
        char generic = CJK_LAST_ASSIGNED;
        while (allSources.toString().indexOf(generic) >= 0) {
            generic--;
        }
        return generic;
    }

    private boolean isUnspelledIdeograph(char d) {
        return d >= CJK_FIRST && d <= CJK_LAST_ASSIGNED && !spelled.get(d);
    }

    /**
     * {@link #beforeIdeograph}, for the probed characters whose class has several rules: a rule stays if
     * it can start a match on the character followed by the {@code generic} ideograph (by the
     * argument of {@link #firstCharacterClasses}, every ideograph no pattern spells out behaves the
     * same), and always when its pattern is block-wide or has a positive lookbehind.
     */
    private static int[][] beforeIdeographClasses(List<Rule> rules, char[] classOf, int[][] classes, char generic) {
        int[][] out = new int[Character.MAX_VALUE + 1][];
        java.util.Map<Integer, TwoCharacterProbe> probes = new java.util.HashMap<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int[] members = classes[classOf[c]];
            boolean probed = c >= CJK_FIRST && c <= CJK_LAST;
            for (int[] range : PROBED) {
                probed |= c >= range[0] && c <= range[1];
            }
            if (members.length < 4 || !probed) { // (unprobed characters try every rule anyway)
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            for (int i : members) {
                String source = rules.get(i).pattern().pattern();
                boolean viable = source.contains("(?<=") || BLOCK_WIDE.matcher(source).find()
                        || probes.computeIfAbsent(i, k -> new TwoCharacterProbe(rules.get(k).pattern())).mayStartWith((char) c, generic);
                if (viable) {
                    kept.add(i);
                }
            }
            out[c] = kept.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * {@link #beforeSpelled}: a rule of the first ideograph's class stays if it can start a match on
     * the two ({@link TwoCharacterProbe}), and always when its pattern has a positive lookbehind.
     * Equal lists are shared.
     */
    private static int[][][] beforeSpelledClasses(List<Rule> rules, char[] classOf, int[][] classes,
                                                  java.util.BitSet spelled, char[] spelledIndex, int columns) {
        int[][][] out = new int[CJK_LAST - CJK_FIRST + 1][][];
        java.util.Map<Integer, TwoCharacterProbe> probes = new java.util.HashMap<>();
        java.util.Map<List<Integer>, int[]> shared = new java.util.HashMap<>();
        for (int c = CJK_FIRST; c <= CJK_LAST; c++) {
            int[] members = classes[classOf[c]];
            if (members.length < 2) {
                continue;
            }
            int[][] row = new int[columns][];
            row[0] = members;
            for (int d = spelled.nextSetBit(0); d >= 0; d = spelled.nextSetBit(d + 1)) {
                List<Integer> kept = new ArrayList<>();
                for (int i : members) {
                    if (rules.get(i).pattern().pattern().contains("(?<=")
                            || probes.computeIfAbsent(i, k -> new TwoCharacterProbe(rules.get(k).pattern())).mayStartWith((char) c, (char) d)) {
                        kept.add(i);
                    }
                }
                row[spelledIndex[d]] = shared.computeIfAbsent(kept, k -> k.stream().mapToInt(Integer::intValue).toArray());
            }
            out[c - CJK_FIRST] = row;
        }
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** 0-25 for a-z, 26-51 for A-Z. */
    private static int letterIndex(char c) {
        return c >= 'a' ? c - 'a' : 26 + c - 'A';
    }

    /**
     * {@link #letterPair}: a rule of the letter's class stays if it can start a match on the letter
     * and the character after it ({@link TwoCharacterProbe}), and always when its pattern has a
     * positive lookbehind. Equal lists are shared.
     */
    private static int[][] letterPairClasses(List<Rule> rules, char[] classOf, int[][] classes) {
        int[][] out = new int[52 * 128][];
        java.util.Map<Integer, TwoCharacterProbe> probes = new java.util.HashMap<>();
        java.util.Map<List<Integer>, int[]> shared = new java.util.HashMap<>();
        for (char c = 'A'; c <= 'z'; c++) {
            if (!isAsciiLetter(c)) {
                continue;
            }
            for (char d = 0; d < 128; d++) {
                List<Integer> kept = new ArrayList<>();
                for (int i : classes[classOf[c]]) {
                    if (rules.get(i).pattern().pattern().contains("(?<=")
                            || probes.computeIfAbsent(i, k -> new TwoCharacterProbe(rules.get(k).pattern())).mayStartWith(c, d)) {
                        kept.add(i);
                    }
                }
                out[letterIndex(c) * 128 + d] = shared.computeIfAbsent(kept, k -> k.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return out;
    }

    /** {@link FirstCharacterProbe} for a start of two characters. Not thread-safe. */
    private static final class TwoCharacterProbe {
        private final char[][] buffers;
        private final Matcher[] matchers;

        TwoCharacterProbe(Pattern pattern) {
            List<String> contexts = pattern.pattern().contains("\\b") ? List.of("", "a", " ") : List.of("");
            buffers = new char[contexts.size()][];
            matchers = new Matcher[contexts.size()];
            for (int k = 0; k < contexts.size(); k++) {
                buffers[k] = (contexts.get(k) + "xy").toCharArray();
                matchers[k] = pattern.matcher(java.nio.CharBuffer.wrap(buffers[k]))
                        .useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        boolean mayStartWith(char c, char d) {
            for (int k = 0; k < matchers.length; k++) {
                char[] buffer = buffers[k];
                buffer[buffer.length - 2] = c;
                buffer[buffer.length - 1] = d;
                Matcher m = matchers[k].region(buffer.length - 2, buffer.length);
                if (m.lookingAt() || m.hitEnd()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';
    /** The last ideograph of the block that Java 17's Unicode 13 assigns (a letter, like the others). */
    private static final char CJK_LAST_ASSIGNED = '\u9ffc';
    /** Pattern syntax that can tell ideographs apart without spelling them out. */
    private static final Pattern BLOCK_WIDE = Pattern.compile(
            "\\\\[pPuxN]|\\(\\?[a-zA-Z-]*[uUc]|[^\\x00-\\x7F]-|-[^\\x00-\\x7F]");

    /**
     * The units {@link #firstCharacterClasses} probes one by one (inclusive ranges): Latin, Greek and
     * Cyrillic; general punctuation, letterlike symbols, number forms, arrows and mathematical
     * operators; CJK symbols and punctuation; half- and full-width forms. (The CJK ideographs are
     * probed as that method says.)
     */
    private static final int[][] PROBED = {{0x0000, 0x052F}, {0x2000, 0x22FF}, {0x3000, 0x303F}, {0xFF00, 0xFFEF}};

    /**
     * Whether a match of a pattern can begin with a character: exactly when matching the pattern on
     * that single character succeeds or runs out of input ({@link Matcher#hitEnd()}: more text could
     * have let it match). A pattern with {@code \b} is also tried after a letter and after a space,
     * so that the boundary sees both kinds of neighbour. Not thread-safe (it reuses its matchers).
     */
    static final class FirstCharacterProbe {
        private final char[][] buffers;
        private final Matcher[] matchers;

        FirstCharacterProbe(Pattern pattern) {
            this(pattern, pattern.pattern().contains("\\b") ? List.of("", "a", " ") : List.of(""));
        }

        /** A probe of the pattern right after {@code before} (and nothing else). */
        FirstCharacterProbe(Pattern pattern, String before) {
            this(pattern, List.of(before));
        }

        private FirstCharacterProbe(Pattern pattern, List<String> contexts) {
            buffers = new char[contexts.size()][];
            matchers = new Matcher[contexts.size()];
            for (int k = 0; k < contexts.size(); k++) {
                buffers[k] = (contexts.get(k) + "x").toCharArray();
                matchers[k] = pattern.matcher(java.nio.CharBuffer.wrap(buffers[k]))
                        .useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        boolean mayStartWith(char c) {
            for (int k = 0; k < matchers.length; k++) {
                char[] buffer = buffers[k];
                buffer[buffer.length - 1] = c;
                Matcher m = matchers[k].region(buffer.length - 1, buffer.length);
                if (m.lookingAt() || m.hitEnd()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** For the test of the CJK shortcut: whether {@link #scan} tries rule {@code i} where {@code c} stands. */
    boolean tries(int i, char c) {
        java.util.Set<String> w = rules.get(i).words();
        if (w != null) {
            return w.stream().anyMatch(word -> asciiLower(word).charAt(0) == asciiLower(String.valueOf(c)).charAt(0));
        }
        return java.util.Arrays.binarySearch(classes[classOf[c]], i) >= 0;
    }

    /** For the test of the CJK shortcut: the pattern of rule {@code i}. */
    Pattern pattern(int i) {
        return rules.get(i).pattern();
    }

    int ruleCount() {
        return rules.size();
    }

    /**
     * The reference scan, kept for the equivalence test of {@link #scan}: every rule's {@code find}
     * over the whole text, then the same leftmost-longest selection.
     */
    List<Atom> scanEveryRuleEverywhere(String text, Integer referenceYear) {
        List<Atom> candidates = new ArrayList<>();
        List<Integer> priority = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                Atom atom = m.end() > m.start() ? rule.builder().build(m, text, referenceYear) : null;
                if (atom != null) {
                    candidates.add(atom);
                    priority.add(i);
                }
                from = m.start() + 1;
            }
        }
        return leftmostLongest(candidates, priority);
    }

    // ------------------------------------------------------------------ builders

    private static Rule rule(String name, String regex, Builder builder) {
        return new Rule(name, Pattern.compile(regex), builder, null);
    }

    /** A rule for a list of words: their {@link #alternation}. */
    private static Rule wordRule(String name, java.util.Collection<String> words, Builder builder) {
        return new Rule(name, Pattern.compile(alternation(words)), builder, java.util.Set.copyOf(words));
    }

    private static Rule words(String name, Type type, Map<String, Integer> words) {
        return words(name, type, false, words);
    }

    private static Rule words(String name, Type type, boolean narrative, Map<String, Integer> words) {
        return wordRule(name, words.keySet(), (m, t, ry) ->
                Atom.of(type, m.start(), m.end(), words.get(m.group().toLowerCase(Locale.ROOT)), 0, 0, null, narrative));
    }

    /** Day words map to "offset" or "offset POD". */
    private static Rule dayWords(String name, boolean narrative, Map<String, String> words) {
        return wordRule(name, words.keySet(), (m, t, ry) -> {
            String[] v = words.get(m.group().toLowerCase(Locale.ROOT)).split(" ");
            return Atom.of(Type.DAY_REL, m.start(), m.end(), Integer.parseInt(v[0]), 0, 0, v.length > 1 ? v[1] : null, narrative);
        });
    }

    /**
     * The words as one pattern, longest first (so the longest word at an offset wins), ASCII case
     * folded, a word in Latin letters only between word boundaries.
     */
    private static String alternation(java.util.Collection<String> words) {
        StringBuilder sb = new StringBuilder("(?i)(?:");
        words.stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(w -> {
            if (sb.length() > 7) {
                sb.append('|');
            }
            boolean latin = w.chars().allMatch(c -> c < 128);
            sb.append(latin ? "\\b" + Pattern.quote(w) + "\\b" : Pattern.quote(w));
        });
        return sb.append(')').toString();
    }

    private static Atom fixed(Matcher m, int year, int month, int day, String hour, String minute, String second) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (year > 0 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        String time = null;
        Grain grain = Grain.DAY;
        if (hour != null) {
            int h = Integer.parseInt(hour);
            int mi = Integer.parseInt(minute);
            if (h > 24 || mi > 59) {
                return null;
            }
            time = hour + ":" + minute + (second == null ? "" : ":" + second);
            grain = second == null ? Grain.MINUTE : Grain.SECOND;
        }
        return new Atom(Type.FIXED, m.start(), m.end(), year, month, day, time, false, grain, Modifier.NONE);
    }

    private static Atom clock(Matcher m, int hour, int minute, int second) {
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second > 59) {
            return null;
        }
        return new Atom(Type.CLOCK, m.start(), m.end(), hour, minute, second, null, false,
                second >= 0 ? Grain.SECOND : Grain.MINUTE, Modifier.NONE);
    }

    private static int weekOffset(String prefix) {
        return switch (prefix) {
            case "上上" -> -2;
            case "上" -> -1;
            case "下" -> 1;
            case "下下" -> 2;
            default -> 0;
        };
    }

    private static int englishMonth(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] keys = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < keys.length; i++) {
            if (n.startsWith(keys[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** TIMEX3 part-of-day codes: MO morning, MI midday, AF afternoon, EV evening, NI night. */
    private static String partOfDay(String word) {
        return switch (word) {
            case "凌晨", "清晨", "早晨", "早上", "早间", "上午", "morning" -> "MO";
            case "中午", "正午", "午间", "noon" -> "MI";
            case "下午", "午后", "晏昼", "afternoon" -> "AF";
            case "傍晚", "黄昏", "晚上", "晚间", "evening" -> "EV";
            default -> "NI";
        };
    }

    private static Atom duration(Matcher m, String text, Integer referenceYear) {
        String numberText = m.group(1);
        boolean classifier = m.group(2) != null;
        boolean more = m.group(3) != null || m.group(6) != null;
        boolean half = m.group(4) != null || m.group(7) != null;
        String unit = m.group(5);
        String suffix = m.group(8);
        boolean cue = DURATION_CUE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
        if (unit.equals("月") && !classifier && !numberText.equals("半")) {
            return null; // 3月 is March
        }
        if (unit.equals("日") && suffix == null) {
            return null; // 6日 is a day of month
        }
        if (unit.equals("年") && YEAR_NUMBER.matcher(numberText).matches() && !more) {
            return null; // 2024年 is a year
        }
        double n;
        if (numberText.equals("半")) {
            n = 0.5;
        } else if (numberText.equals("几") || numberText.equals("数")) {
            n = 3;
            more = true;
        } else if (numberText.equals("十几")) {
            n = 10;
            more = true;
        } else if (numberText.equals("几十")) {
            n = 20;
            more = true;
        } else if (numberText.contains(".")) {
            n = Double.parseDouble(numberText);
        } else {
            n = ChineseNumbers.parse(numberText);
        }
        if (n < 0) {
            return null;
        }
        if (half && !numberText.equals("半")) {
            n += 0.5;
        }
        String u = switch (unit) {
            case "年" -> "Y";
            case "个月", "月" -> "M";
            case "周", "星期", "礼拜" -> "W";
            case "天", "日" -> "D";
            case "小时", "钟头" -> "H";
            case "分钟" -> "MIN";
            default -> "S";
        };
        Modifier mod = more ? Modifier.MORE_THAN : Modifier.NONE;
        if (suffix != null && (suffix.endsWith("前") || suffix.endsWith("后"))) {
            int sign = suffix.endsWith("前") ? -1 : 1;
            return new Atom(Type.RELATIVE, m.start(), m.end(), sign, 0, 0, n + " " + u, false, unitGrain(u), mod);
        }
        Grain grain = u.equals("Y") && n != Math.rint(n) ? Grain.MONTH : unitGrain(u);
        return new Atom(Type.DURATION, m.start(), m.end(), 0, 0, 0, isoDuration(n, u), false, grain, mod);
    }

    private static Atom englishDuration(Matcher m, String number, String unit, Integer sign) {
        String nText = number.toLowerCase(Locale.ROOT);
        nText = nText.replace(",", "");
        int n = ARABIC.matcher(nText).matches() ? Integer.parseInt(nText) : ENGLISH_NUMBERS.getOrDefault(nText.replace("a few", "few"), -1);
        if (n < 0) {
            return null;
        }
        String un = unit.toLowerCase(Locale.ROOT);
        String u = un.startsWith("decade") ? "Y" : un.startsWith("year") ? "Y" : un.startsWith("month") ? "M"
                : un.startsWith("week") ? "W" : un.startsWith("day") ? "D" : "H";
        double amount = un.startsWith("decade") ? n * 10 : n;
        if (sign != null) {
            return new Atom(Type.RELATIVE, m.start(), m.end(), sign, 0, 0, amount + " " + u, false, unitGrain(u), Modifier.NONE);
        }
        return new Atom(Type.DURATION, m.start(), m.end(), 0, 0, 0, isoDuration(amount, u), false, unitGrain(u), Modifier.NONE);
    }

    static Grain unitGrain(String u) {
        return switch (u) {
            case "Y" -> Grain.YEAR;
            case "M" -> Grain.MONTH;
            case "W" -> Grain.WEEK;
            case "D" -> Grain.DAY;
            case "H" -> Grain.HOUR;
            case "MIN" -> Grain.MINUTE;
            default -> Grain.SECOND;
        };
    }

    /** ISO 8601 duration; half years and months become months and days (一年半 = P18M). */
    static String isoDuration(double n, String u) {
        if (u.equals("Y") && n != Math.rint(n)) {
            return "P" + fmt(n * 12) + "M";
        }
        boolean time = u.equals("H") || u.equals("MIN") || u.equals("S");
        String letter = u.equals("MIN") ? "M" : u;
        return "P" + (time ? "T" : "") + fmt(n) + letter;
    }

    private static String fmt(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    }
}

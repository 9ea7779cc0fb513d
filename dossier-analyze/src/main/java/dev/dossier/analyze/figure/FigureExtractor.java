package dev.dossier.analyze.figure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.dossier.analyze.figure.Figure.Change;
import dev.dossier.analyze.figure.Figure.Qualifier;
import dev.dossier.analyze.figure.Figure.UnitKind;
import dev.dossier.analyze.figure.UnitLexicon.Unit;
import dev.dossier.hanlp.HanLpRuntime;
import dev.dossier.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money, percentages, percentage points and counts with a unit in clean article
 * text (paragraphs separated by {@code '\n'}), with what they measure and the period they refer
 * to.
 *
 * <p>What is a figure: a number followed by a unit of {@link UnitLexicon} ({@code 410亿美元},
 * {@code 32%}, {@code 7762列}, {@code 超过1万名}), {@code 百分之...}, and in English a number with a
 * currency sign or a currency / percent word ({@code $41 billion}, {@code 32 percent}). What is not:
 * ordinals ({@code 第三届}, {@code 第9次}), dates, years and durations ({@code 2023年},
 * {@code 32年来}, {@code 6个多月}, {@code 2,000 years}), ages ({@code 70岁}), and counts written
 * with a Chinese numeral below ten ({@code 两次}, {@code 一份合作方案}, {@code 四点倡议}): in news
 * prose these are rhetoric far more often than data, and precision matters as much as recall.
 *
 * <p>Subject: for counts and measures, the noun phrase right after the unit
 * ({@code 5所孔子学院} -> 孔子学院); else the phrase before a linking verb ({@code 两国贸易额达410亿美元},
 * {@code 中欧班列数量分别为7762列}); else the noun phrase right before the figure after its verb
 * ({@code 共签订投资合作协议36个}). A figure joined to the previous one by 和/及/、 ({@code 7762列和6635列})
 * shares its subject, kind and period; a change ({@code 同比增长32%}) takes the subject of the
 * sentence's last level figure; an elliptical count ({@code 45个项目中已经完工26个}) takes the
 * subject of the sentence's earlier figure with the same unit; a count of happenings
 * ({@code 4次访哈}) the verb it counts. In English: a number with a currency or percent word, or
 * a count (a number before a plural noun that is no time unit: {@code 7,762 trips}), its subject
 * the words before a linking verb ({@code bilateral trade reached}) or the counted noun phrase,
 * its change from a cue before it ({@code up 32 percent}), its period the sentence's year.
 *
 * <p>Periods: {@code 2023年} and {@code in 2023} give 2023, {@code 2024年3月} 2024-03,
 * {@code 2013年以来} and {@code since 2013} the open interval {@code 2013/..}; relative years
 * (今年, 去年) are resolved when the caller gives the reference year, else kept as printed.
 *
 * <p>Immutable and thread-safe; one linear pass over the text with precompiled patterns, plus a
 * HanLP segmentation of a few characters after each count.
 */
public final class FigureExtractor {
  private static final String CN = "零〇一二两三四五六七八九十百千万亿";
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![0-9０-９A-Za-z.．,])(?:[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?[十百千万亿]*"
              + "|百分之[" + CN + "0-9０-９.．]+"
              + "|[一二两三四五六七八九十][" + CN + "]*"
              + "|(?<=上)[百千万][" + CN + "]*)");
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?<![\\w$.])(?:(more than|over|nearly|almost|about|around|some|up to) )?(US\\$|\\$|USD ?)?"
              + "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?: ?(thousand|million|billion|trillion)\\b)?"
              + "(?: ?(%|percent\\b|per cent\\b|percentage points?\\b|(?:U\\.S\\.|US) dollars\\b|dollars\\b"
              + "|yuan\\b|euros?\\b|tenge\\b|r[o]?ubles?\\b))?");
  private static final String[] PRE_QUALIFIERS = {
    "超过", "多于", "高于", "将近", "接近", "约为", "大约", "不足", "不到", "少于", "逾", "超", "近", "约", "上"
  };
  private static final Pattern CHANGE_CUE =
      Pattern.compile("(?:同比|环比|较上年|比上年|较去年|比去年)?(增长|增加|提高|上升|上涨|增|下降|减少|下跌|降低|回落|下滑|降)了?$");
  private static final Pattern LINK =
      Pattern.compile(
          "(?:分别为|分别达|分别是|达到了|达到|已达|高达|达|为|是|突破|共计|总计|合计|累计|增至|升至|降至|共有)了?(?:[^，。,的]{0,8}的)?$");
  private static final Pattern TRAILING_ADVERBS = Pattern.compile("(?:已经|已|共|均|也|还|将|总共)+$");
  private static final Pattern SUBJECT_CUT =
      Pattern.compile("的|签订|签署|缔结|开通|建成|确立|设立|完成|实现|吸引|接待|开行|引进|举办|达成|拥有");
  private static final Pattern LEADING_TIME =
      Pattern.compile(
          "^(?:截至|到|在|自)?(?:\\d{4}年|今年|去年|明年|前年|目前|当前|近年来|其中|此前)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?"
              + "(?:底|末|初|以来|上半年|下半年|前)?");
  private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:和|及|与|、|或|至|到|以及)\\s*$");
  private static final Pattern PERIOD =
      Pattern.compile("(?:(\\d{4})\\s*年|(今年|去年|明年|前年))(?:(\\d{1,2})月)?(以来)?");
  private static final String CLAUSE_BOUNDARIES = "，,；;：:（(）)";

  private final UnitLexicon units;
  private final Segment segment;

  public FigureExtractor(UnitLexicon units) {
    this.units = Objects.requireNonNull(units, "units");
    HanLpRuntime.ensureConfigured();
    this.segment = HanLP.newSegment();
  }

  /** An extractor with the bundled unit list. */
  public static FigureExtractor withDefaults() {
    return new FigureExtractor(UnitLexicon.defaults());
  }

  /** The figures in {@code text}, in text order, relative years left as printed; never null. */
  public List<Figure> extract(String text) {
    return extract(text, null);
  }

  /**
   * The figures in {@code text}, in text order; never null.
   *
   * @param referenceYear the year 今年 / this year refers to (the publication year), or null when
   *     unknown: relative periods are then kept as printed
   */
  public List<Figure> extract(String text, Integer referenceYear) {
    Objects.requireNonNull(text, "text");
    List<Figure> out = new ArrayList<>();
    Matcher m = gated(NUMBER, text);
    Matcher e = gated(ENGLISH, text);
    for (Span sentence : Sentences.split(text)) {
      List<Figure> inSentence = new ArrayList<>();
      for (int at = sentence.start(); find(m, text, at, sentence.end(), true); at = m.end()) {
        Figure f = chinese(text, sentence, m.start(), m.end(), inSentence, referenceYear);
        if (f != null) {
          inSentence.add(f);
        }
      }
      for (int at = sentence.start(); find(e, text, at, sentence.end(), false); at = e.end()) {
        Figure f = english(text, sentence, e, inSentence);
        if (f != null && inSentence.stream().noneMatch(c -> c.span().overlaps(f.span()))) {
          inSentence.add(f);
        }
      }
      inSentence.sort((a, b) -> Integer.compare(a.start(), b.start()));
      out.addAll(inSentence);
    }
    return List.copyOf(out);
  }

  /**
   * Whether a {@link #NUMBER} match can start with {@code c}: its alternatives start with a digit,
   * 百 (百分之), a numeral, or 百千万 after 上. A switch, not a search of a string of them: this
   * runs for every character of the text, and most are ideographs that are none of these.
   */
  private static boolean mayStartNumber(char c) {
    if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
      return true;
    }
    return switch (c) {
      case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万' -> true;
      default -> false;
    };
  }

  /** Whether an {@link #ENGLISH} match can start with {@code c}: its optional qualifier and currency, else a digit. */
  private static boolean mayStartEnglish(char c) {
    return c >= '0' && c <= '9' || c == 'm' || c == 'o' || c == 'n' || c == 'a' || c == 's' || c == 'u'
        || c == 'U' || c == '$';
  }

  /**
   * A matcher for {@link #find}: transparent bounds, so that the lookbehinds see the text before
   * the offset tried. At a sentence's start that is the white space or terminal mark before it,
   * which no lookbehind of these patterns looks for, so the result is that of a matcher confined
   * to the sentence; at its end the patterns look ahead for nothing but word boundaries, which
   * white space and terminal marks keep.
   */
  private static Matcher gated(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * {@link Matcher#find()} in {@code [from, to)}, trying only the offsets whose character can start
   * a match. Why: both patterns start with a lookbehind and alternations that the regex engine
   * cannot skip ahead on, so a plain find tries them at every character of the text.
   */
  private static boolean find(Matcher m, String text, int from, int to, boolean number) {
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if ((number ? mayStartNumber(c) : mayStartEnglish(c)) && m.region(p, to).lookingAt() && m.end() > p) {
        return true;
      }
    }
    return false;
  }

  private Figure chinese(
      String text, Span sentence, int numStart, int numEnd, List<Figure> earlier, Integer referenceYear) {
    boolean percentPrefix = numEnd - numStart >= 3 && text.startsWith("百分之", numStart);
    int pos = numEnd;
    Qualifier qualifier = Qualifier.EXACT;
    if (pos < sentence.end() && (text.charAt(pos) == '多' || text.charAt(pos) == '余')) {
      qualifier = Qualifier.OVER;
      pos++;
    }
    // The unit is looked up before the number is parsed: most numerals in prose (一些, 十分) have
    // none, and then the figure is dropped either way.
    int unitLength = percentPrefix ? 0 : units.match(text, pos, sentence.end());
    if (!percentPrefix && unitLength == 0) {
      return null;
    }
    String printed = text.substring(numStart, numEnd);
    BigDecimal value = ChineseNumerals.parse(percentPrefix ? printed.substring(3) : printed);
    if (value == null) {
      return null;
    }
    Unit unit;
    if (percentPrefix) {
      unit = new Unit("%", UnitKind.PERCENT);
    } else {
      unit = units.get(text.substring(pos, pos + unitLength));
      pos += unitLength;
    }
    if (isDuration(text, sentence, pos, unit)) {
      return null;
    }
    boolean arabic = ChineseNumerals.hasArabicDigit(printed);
    if (!arabic && value.compareTo(BigDecimal.TEN) < 0
        && (unit.kind() == UnitKind.COUNT || unit.kind() == UnitKind.MEASURE)) {
      return null;
    }
    int start = numStart;
    if (start > sentence.start() && text.charAt(start - 1) == '第') {
      return null;
    }
    if (qualifier == Qualifier.EXACT) {
      for (String q : PRE_QUALIFIERS) {
        if (start - q.length() >= sentence.start() && text.startsWith(q, start - q.length())) {
          if (q.equals("上") && arabic) {
            break;
          }
          qualifier = switch (q) {
            case "近", "将近", "接近", "不足", "不到", "少于" -> Qualifier.UNDER;
            case "约", "约为", "大约", "上" -> Qualifier.ABOUT;
            default -> Qualifier.OVER;
          };
          start -= q.length();
          break;
        }
      }
    }
    if (text.startsWith("以上", pos)) {
      qualifier = Qualifier.OVER;
      pos += 2;
    } else if (text.startsWith("左右", pos)) {
      qualifier = Qualifier.ABOUT;
      pos += 2;
    }
    int end = pos;

    Change change = Change.LEVEL;
    Span subject = null;
    Span period = null;
    Figure previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    if (previous != null && COORDINATION.matcher(text.substring(previous.end(), start)).matches()) {
      change = previous.change();
      subject = previous.subjectSpan();
      period = previous.periodSpan();
    } else {
      int clauseStart = clauseStart(text, sentence, start);
      String before = text.substring(clauseStart, start).strip();
      Matcher c = CHANGE_CUE.matcher(before);
      int subjectEnd = start;
      if (c.find()) {
        subjectEnd = text.lastIndexOf(c.group(), start);
        change = "下降减少下跌降低回落下滑降".contains(c.group(1)) ? Change.DECREASE : Change.INCREASE;
        for (int i = earlier.size() - 1; i >= 0 && subject == null; i--) {
          if (earlier.get(i).change() == Change.LEVEL) {
            subject = earlier.get(i).subjectSpan();
          }
        }
      }
      if (subject == null && change == Change.LEVEL && VERBAL_MEASURES.contains(unit.code())) {
        subject = verbAfter(text, sentence, end);
      } else if (subject == null && change == Change.LEVEL
          && (unit.kind() == UnitKind.COUNT || unit.kind() == UnitKind.MEASURE)) {
        subject = nounAfter(text, sentence, end);
      }
      if (subject == null) {
        subject = subjectBefore(text, clauseStart, subjectEnd);
      }
      if (subject == null) {
        for (int i = earlier.size() - 1; i >= 0 && subject == null; i--) {
          if (earlier.get(i).unit().equals(unit.code())) {
            subject = earlier.get(i).subjectSpan();
          }
        }
      }
      period = period(text, sentence, start);
    }
    return new Figure(
        text.substring(start, end), start, end, value, unit.code(), unit.kind(), qualifier, change,
        subject == null ? null : subject.of(text), subject,
        period == null ? null : normalisePeriod(period.of(text), referenceYear), period, sentence);
  }

  /** Measure words that count happenings (3次出访): what they count is the verb after them. */
  private static final Set<String> VERBAL_MEASURES = Set.of("次", "趟", "回", "轮", "遍");

  /** The verb counted by a verbal measure word ({@code 3次出访} -> 出访, {@code 4次访哈} -> 访哈). */
  private Span verbAfter(String text, Span sentence, int from) {
    int windowEnd = Math.min(sentence.end(), from + 8);
    if (from >= windowEnd || !isHan(text.charAt(from))) {
      return null;
    }
    List<Term> terms = segment.seg(text.substring(from, windowEnd));
    int len = 0;
    for (int i = 0; i < terms.size() && len < 6; i++) {
      String nature = String.valueOf(terms.get(i).nature);
      boolean verb = nature.startsWith("v");
      // Its object may follow (访/v 哈/b, 来/v 华/j), but the phrase opens with the verb.
      boolean object = i > 0 && (nature.startsWith("n") || nature.equals("b") || nature.equals("j"));
      if (!(verb || object) || !isHan(terms.get(i).word.charAt(0))) {
        break;
      }
      len += terms.get(i).word.length();
    }
    return len < 2 ? null : new Span(from, from + len);
  }

  /** 6个多月, 3个小时: the measure word 个 before a time noun makes a duration. */
  private static boolean isDuration(String text, Span sentence, int pos, Unit unit) {
    if (!unit.code().equals("个")) {
      return false;
    }
    int p = pos < sentence.end() && text.charAt(pos) == '多' ? pos + 1 : pos;
    return p < sentence.end() && "月小时星期季度工作日钟".indexOf(text.charAt(p)) >= 0;
  }

  private static int clauseStart(String text, Span sentence, int at) {
    for (int i = at - 1; i >= sentence.start(); i--) {
      if (CLAUSE_BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return sentence.start();
  }

  /** The nominal words right after a count ({@code 名哈萨克斯坦留学生在华} -> 哈萨克斯坦留学生). */
  private Span nounAfter(String text, Span sentence, int from) {
    int windowEnd = Math.min(sentence.end(), from + 16);
    if (from >= windowEnd || !isHan(text.charAt(from))) {
      return null;
    }
    List<Term> terms = segment.seg(text.substring(from, windowEnd));
    int len = 0;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = t.nature == null ? "" : t.nature.toString();
      boolean nominal = nature.startsWith("n") && !nature.startsWith("nr") && !nature.equals("nx")
          || nature.equals("vn") || nature.equals("b") || nature.equals("j");
      // A person-name tag right before a nominal suffix (孔子/nr 学院/nis) is part of a name.
      if (nature.startsWith("nr") && i + 1 < terms.size()) {
        String next = String.valueOf(terms.get(i + 1).nature);
        nominal = next.equals("nis") || next.equals("nit") || next.equals("n");
      }
      if (!nominal) {
        break;
      }
      len += t.word.length();
    }
    return len == 0 ? null : new Span(from, from + len);
  }

  /** The measured thing printed before the figure in its clause, or null. */
  private static Span subjectBefore(String text, int clauseStart, int figureStart) {
    int end = figureStart;
    while (end > clauseStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String clause = text.substring(clauseStart, end);
    Matcher link = LINK.matcher(clause);
    if (link.find()) {
      clause = clause.substring(0, link.start());
    }
    Matcher adverbs = TRAILING_ADVERBS.matcher(clause);
    if (adverbs.find()) {
      clause = clause.substring(0, adverbs.start());
    }
    int from = 0;
    Matcher cut = SUBJECT_CUT.matcher(clause);
    while (cut.find()) {
      from = cut.end();
    }
    Matcher lead = LEADING_TIME.matcher(clause).region(from, clause.length());
    if (lead.lookingAt()) {
      from = lead.end();
    }
    int length = clause.length() - from;
    if (length < 2 || length > 16) {
      return null;
    }
    for (int i = from; i < clause.length(); i++) {
      char ch = clause.charAt(i);
      if (!isHan(ch) && ch != '·') {
        return null;
      }
    }
    return new Span(clauseStart + from, clauseStart + clause.length());
  }

  /** The last year or relative year printed before the figure in its sentence. */
  private static Span period(String text, Span sentence, int figureStart) {
    Matcher m = PERIOD.matcher(text).region(sentence.start(), figureStart);
    Span last = null;
    while (m.find()) {
      last = new Span(m.start(), m.end());
    }
    return last;
  }

  /**
   * ISO 8601 for a printed period: {@code 2023年} -> 2023, {@code 2024年3月} -> 2024-03, and with
   * 以来 (since) an interval open at its end, ISO 8601-2 style: {@code 2013年以来} -> 2013/..;
   * 今年 / 去年 / 前年 / 明年 against {@code referenceYear}, else as printed.
   */
  static String normalisePeriod(String printed, Integer referenceYear) {
    Matcher m = PERIOD.matcher(printed);
    if (!m.matches()) {
      return printed;
    }
    Integer year = null;
    if (m.group(1) != null) {
      year = Integer.valueOf(m.group(1));
    } else if (referenceYear != null) {
      year = referenceYear + switch (m.group(2)) {
        case "去年" -> -1;
        case "前年" -> -2;
        case "明年" -> 1;
        default -> 0;
      };
    }
    if (year == null) {
      return printed;
    }
    String value = m.group(3) == null
        ? String.valueOf(year)
        : year + "-" + (m.group(3).length() == 1 ? "0" : "") + m.group(3);
    return m.group(4) == null ? value : value + "/..";
  }

  private static Figure english(String text, Span sentence, Matcher m, List<Figure> earlier) {
    String currencyPrefix = m.group(2);
    String word = m.group(6);
    Matcher count = null;
    if (currencyPrefix == null && word == null) {
      if (m.end() >= sentence.end() || text.charAt(m.end()) != ' ') {
        return null; // no count: COUNT_NOUN opens with a space (the common case: a number in Chinese prose)
      }
      count = COUNT_NOUN.matcher(text).region(m.end(), sentence.end());
      String digits = m.group(3);
      boolean year = m.group(4) == null && m.group(5) == null && YEAR_DIGITS.matcher(digits).matches();
      if (year || !count.lookingAt() || NOT_COUNTED.contains(count.group(2).toLowerCase())
          || !count.group(2).endsWith("s") || count.group(2).endsWith("ss")
          || m.start() > sentence.start() && "#№".indexOf(text.charAt(m.start() - 1)) >= 0) {
        return null;
      }
    }
    BigDecimal value = new BigDecimal(m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4)));
    if (m.group(5) != null) {
      int exponent = switch (m.group(5)) {
        case "thousand" -> 3;
        case "million" -> 6;
        case "billion" -> 9;
        default -> 12;
      };
      value = value.scaleByPowerOfTen(exponent);
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    String unit;
    UnitKind kind;
    String w = word == null ? "" : word.toLowerCase();
    if (count != null) {
      unit = count.group(2).toLowerCase();
      kind = UnitKind.COUNT;
    } else if (w.equals("%") || w.startsWith("percent") && !w.startsWith("percentage") || w.equals("per cent")) {
      unit = "%";
      kind = UnitKind.PERCENT;
    } else if (w.startsWith("percentage")) {
      unit = "pp";
      kind = UnitKind.PERCENTAGE_POINT;
    } else {
      kind = UnitKind.MONEY;
      unit = w.startsWith("yuan") ? "CNY" : w.startsWith("euro") ? "EUR" : w.startsWith("tenge") ? "KZT"
          : w.startsWith("r") ? "RUB" : "USD";
    }
    Qualifier qualifier = m.group(1) == null ? Qualifier.EXACT : switch (m.group(1)) {
      case "more than", "over" -> Qualifier.OVER;
      case "nearly", "almost", "up to" -> Qualifier.UNDER;
      default -> Qualifier.ABOUT;
    };
    int end = count == null ? m.end() : count.end();
    String before = text.substring(sentence.start(), m.start());
    Change change = Change.LEVEL;
    Matcher c = ENGLISH_CHANGE.matcher(before);
    if (c.find()) {
      change = c.group(2) != null ? Change.DECREASE : Change.INCREASE;
    }
    Span subject = null;
    if (count != null) {
      // What is counted: the noun with its modifiers and an of-phrase (trips of freight trains).
      int subjectEnd = count.end();
      Matcher of = OF_PHRASE.matcher(text).region(subjectEnd, sentence.end());
      if (of.lookingAt()) {
        subjectEnd = of.end();
      }
      subject = new Span(count.start(2) - count.group(1).length(), subjectEnd);
    } else if (change != Change.LEVEL) {
      for (int i = earlier.size() - 1; i >= 0 && subject == null; i--) {
        if (earlier.get(i).change() == Change.LEVEL) {
          subject = earlier.get(i).subjectSpan();
        }
      }
    } else {
      subject = englishSubject(text, sentence, m.start());
    }
    Span period = englishPeriod(text, sentence, m.start(), end);
    return new Figure(text.substring(m.start(), end), m.start(), end, value, unit, kind,
        qualifier, change, subject == null ? null : subject.of(text), subject,
        period == null ? null : englishPeriodValue(period.of(text)), period, sentence);
  }

  private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d\\d");
  /** Up to two modifiers and a plural noun right after a number: {@code 7,762 trips}, {@code 10,000 Kazakh students}. */
  private static final Pattern COUNT_NOUN = Pattern.compile(" ((?:[A-Za-z][A-Za-z-]* ){0,2}?)([a-z][a-z-]{2,})\\b");
  /** Plural nouns after a number that make a duration, age or date rather than a count. */
  private static final Set<String> NOT_COUNTED =
      Set.of("years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times", "ago", "olds", "this", "is");
  private static final Pattern OF_PHRASE = Pattern.compile(" of (?:the )?(?:[A-Za-z][A-Za-z-]* ){0,3}?[A-Za-z][A-Za-z-]*s\\b");
  private static final Pattern ENGLISH_CHANGE =
      Pattern.compile(
          "(?:\\b(up|rose|rising|increased?|grew|growing|gained|jumped|surged|climbed|an? (?:increase|rise|growth|jump) of)"
              + "|\\b(down|fell|falling|decreased?|dropped|declined|shrank|an? (?:decrease|drop|decline|fall) of))(?: by)?,? $");
  private static final Pattern ENGLISH_LINK =
      Pattern.compile("\\b(?:reached|hit|hitting|totaled|totalled|totaling|stood at|amounted to|exceeded|topped|was|were|is|are|of|at)(?: a record| an all-time high of| about| around| nearly| more than| over)? $");
  private static final Pattern ENGLISH_YEAR = Pattern.compile("\\b(?:(since) )?((?:19|20)\\d\\d)\\b(?![,.]\\d)");

  private static final Pattern SUBJECT_WORDS = Pattern.compile("((?:[A-Za-z][A-Za-z'-]* ){0,3}[A-Za-z][A-Za-z'-]*)$");
  private static final Pattern SUBJECT_LEAD =
      Pattern.compile("^(?:(?:the|a|an|in|on|at|and|its|their|of|with|total) )+", Pattern.CASE_INSENSITIVE);

  /** The words before a linking verb in the figure's clause: {@code bilateral trade reached $41 billion} -> bilateral trade. */
  private static Span englishSubject(String text, Span sentence, int figureStart) {
    int clauseStart = clauseStart(text, sentence, figureStart);
    String clause = text.substring(clauseStart, figureStart);
    Matcher link = ENGLISH_LINK.matcher(clause);
    if (!link.find()) {
      return null;
    }
    String head = clause.substring(0, link.start()).stripTrailing();
    Matcher words = SUBJECT_WORDS.matcher(head);
    if (!words.find()) {
      return null;
    }
    int from = words.start();
    String phrase = words.group(1);
    // Articles and prepositions open no subject: "the trade volume" -> trade volume.
    Matcher lead = SUBJECT_LEAD.matcher(phrase);
    if (lead.find()) {
      from += lead.end();
    }
    int end = clauseStart + head.length();
    return end - (clauseStart + from) < 3 ? null : new Span(clauseStart + from, end);
  }

  /** The year the sentence ties the figure to: the last one before it, else the first after it. */
  private static Span englishPeriod(String text, Span sentence, int figureStart, int figureEnd) {
    Matcher y = ENGLISH_YEAR.matcher(text).region(sentence.start(), sentence.end());
    Span before = null;
    Span after = null;
    while (y.find()) {
      if (y.end() <= figureStart) {
        before = new Span(y.start(), y.end());
      } else if (y.start() >= figureEnd && after == null) {
        after = new Span(y.start(), y.end());
      }
    }
    return before != null ? before : after;
  }

  private static String englishPeriodValue(String printed) {
    return printed.startsWith("since ") ? printed.substring(6) + "/.." : printed;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}

package dev.dossier.clean.boilerplate;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.boilerplate.SourceLines.Line;
import dev.dossier.clean.metadata.MetadataKeys;
import dev.dossier.clean.metadata.PrintedDates;
import dev.dossier.model.Caption;
import dev.dossier.model.Span;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from the text, line by line, and keeps what it says as metadata.
 *
 * <p>Input: {@link Keys#TEXT} with the source's own line structure (before OCR reflow). Output:
 * the text without boilerplate lines (each removed with its line break; blank lines may remain),
 * plus what the removed lines said:
 *
 * <ul>
 *   <li>source/time headers ({@code 北京青年报政知圈 2023-10-20 22:44}, {@code 发布时间:… | 来源:…})
 *       give {@link Keys#OUTLET} (longest known outlet prefix, see {@link Outlets}) and {@link
 *       Keys#PUBLISHED}, or {@link MetadataKeys#PRINTED_DATE} when the year is not printed;
 *   <li>bylines and editor lines give {@link Keys#AUTHOR} and {@link Keys#EDITOR};
 *   <li>tag lists give {@link Keys#SOURCE_TAGS} (appended to any already there);
 *   <li>image captions (△ lines, 图为…, photo credits) become {@link Caption}s in {@link
 *       Keys#CAPTIONS} (appended), with their source offsets;
 *   <li>copyright notices, breadcrumbs, template paths, source lists, end marks, related-reading
 *       and comment blocks at the end, and app advertisements at the end are dropped.
 * </ul>
 *
 * Metadata already set by an earlier stage (HTML metadata) is kept; a header date replaces an
 * earlier PUBLISHED only when it is more precise. One {@link WarningCode#BOILERPLATE_REMOVED}
 * warning counts what was removed. The rules are general signals, not strings of particular
 * sites. Stateless apart from its immutable configuration; thread-safe.
 */
public final class BoilerplateStage implements MapStage {
  /** Header lines (source, time) are looked for among this many first non-blank lines. */
  private static final int HEADER_LINES = 6;

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "版权声明|版权所有|版权归|著作权归|未经授权|未经许可|不得转载|禁止转载|转载请注明|©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE =
      Pattern.compile("^(?:文|撰文|作者|记者|采写|文字)\\s*[/|｜／:：]\\s*(?<who>.{1,40})$");
  private static final Pattern BYLINE_BARE =
      Pattern.compile("^(?:本报|本刊)?记者\\s+(?<who>[\\p{IsHan}·]{2,5}(?:[\\s、，,]+[\\p{IsHan}·]{2,5}){0,4})$");
  private static final Pattern STAFF =
      Pattern.compile(
          "^(?<role>责任编辑|值班编辑|实习编辑|编辑|责编|校对|审核|审校|监制|统筹|主编|制作|美编|设计)\\s*[/|｜／:：]\\s*(?<who>[^|｜]{1,30})$");
  private static final Pattern LABELLED_FIELD =
      Pattern.compile("(?<label>发布时间|发稿时间|时间|日期|来源|作者|责任编辑|编辑)\\s*[:：]\\s*(?<value>[^|｜]*)");
  private static final Pattern HEADER_FULL =
      Pattern.compile("^(?<name>[^\\d|｜]{0,24}?)\\s*(?<date>" + PrintedDates.FULL.pattern() + ")\\s*$");
  private static final Pattern HEADER_MONTH_DAY =
      Pattern.compile(
          "^(?<name>[^\\d|｜]{2,24}?)\\s+(?<date>(?<m>\\d{1,2})月(?<d>\\d{1,2})日\\s*(?:(?<h>\\d{1,2})[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2}))?)?|(?<m2>\\d{1,2})-(?<d2>\\d{1,2})\\s+(?<h2>\\d{1,2}):(?<mi2>\\d{2}))\\s*$");
  private static final Pattern BREADCRUMB =
      Pattern.compile("^(?:首页|当前位置[:：]?|您的位置[:：]?|你的位置[:：]?|位置[:：])\\s*[>＞»›/]|^[^>＞]{1,12}(?:\\s*[>＞»›]\\s*[^>＞»›]{1,12}){2,}$");
  private static final Pattern TEMPLATE_PATH =
      Pattern.compile("^(?:https?://|www\\.|\\.{1,2}/|/)\\S*$|^[\\w./~%-]+\\.(?:s?html?|php|aspx?|jsp|js|css)$|^[\\w.~%-]+(?:/[\\w.~%-]+)+/?$");
  private static final Pattern SOURCE_LIST =
      Pattern.compile("^(?:资料|资料来源|参考资料|素材来源|素材|综合|综合自|图片来源|图源|信息来源)\\s*[|｜:：/／]\\s*\\S.{0,80}$");
  private static final Pattern END_MARK =
      Pattern.compile("^(?:■|□|◆|（完）|\\(完\\)|【完】|—完—|-完-|-?END-?|\\[完\\])$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG_LABEL =
      Pattern.compile("^(?:相关标签|标签|关键词|关键字|tags|keywords)\\s*(?:[:：]\\s*(?<rest>.*))?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG_SEPARATOR = Pattern.compile("[\\s,，、;；|｜#]+");
  private static final Pattern RELATED =
      Pattern.compile(
          "^[【\\[]?(?:相关阅读|相关文章|相关新闻|相关报道|相关链接|延伸阅读|推荐阅读|相关推荐|热门推荐|更多阅读|往期回顾|往期推荐|猜你喜欢|热门文章|精彩推荐|related(?: articles| stories| reading| news)?|read more|more stories)[】\\]]?[:：]?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENTS =
      Pattern.compile(
          "^(?:最新评论|网友评论|发表评论|热门评论|全部评论|精彩评论|评论区|我要评论|查看评论|查看更多评论|评论列表|共\\s*\\d+\\s*条评论|\\d+\\s*条评论|comments?)[:：]?(?:\\s*[(（]\\d+[)）])?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_MARK = Pattern.compile("^[△▲▼▽↑↓]+\\s*");
  private static final Pattern CAPTION_LABEL = Pattern.compile("^(?:图为|图片[:：]|图[:：]|图注[:：]|资料图[:：]|配图[:：])");
  private static final Pattern CHINESE_PHOTO_CREDIT =
      Pattern.compile(
          "(?:记者|摄影|通讯员)\\s*[\\p{IsHan}·]{2,8}(?:[\\s、][\\p{IsHan}·]{2,8}){0,3}\\s*摄\\s*[)）]?$"
              + "|[\\s/／][\\p{IsHan}·]{2,8}\\s*摄\\s*[)）]?$"
              + "|^[（(][^（()）]{2,40}(?:摄|社发|供图)[)）]$");
  private static final Pattern ENGLISH_PHOTO_CREDIT =
      Pattern.compile(
          "\\((?:[A-Z][\\w.&' -]{0,30})/(?:[A-Z][\\w.' -]{0,40})\\)\\s*$|\\((?:photo|photo by|photo:|photograph)[^)]{0,60}\\)\\s*$|^(?:photo|picture|image)(?: taken| by|:)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  /** Words that advertise an app, a channel or a service rather than report. */
  private static final Pattern AD_WORDS =
      Pattern.compile(
          "联系邮箱|商务合作|下载|扫码|二维码|关注公众号|关注我们|客户端|\\bAPP\\b|AI辅助创作|智能信息助手|广告|阅读原文|长按识别|微信号|订阅",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  // Compiled once: String.matches, split and replaceAll compile their pattern on every call.
  private static final Pattern SENTENCE_MARK = Pattern.compile(".*[。！？!?].*");
  private static final Pattern HEADER_SEPARATOR = Pattern.compile("[\\s|｜]");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[\\s、，,]+");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

  private final CleaningConfig config;
  private final Outlets outlets;

  public BoilerplateStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.outlets = Outlets.bundled();
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(
        Keys.TEXT,
        Keys.CAPTIONS,
        Keys.SOURCE_TAGS,
        Keys.OUTLET,
        Keys.AUTHOR,
        Keys.EDITOR,
        Keys.PUBLISHED,
        MetadataKeys.PRINTED_DATE);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    SourceLines lines = SourceLines.of(text);
    Found found = new Found(lines.size());
    TextCues cues = TextCues.of(text.text());

    // Loops rather than streams here and below: on short texts the streams' set-up was a tenth of the stage.
    int[] nonBlank = new int[lines.size()];
    int nonBlankCount = 0;
    for (Line l : lines.lines()) {
      if (!l.isBlank()) {
        nonBlank[nonBlankCount++] = l.index();
      }
    }
    nonBlank = Arrays.copyOf(nonBlank, nonBlankCount);
    // The header zone is the first HEADER_LINES non-blank lines: those up to this line index.
    int lastHeaderLine = nonBlank.length == 0 ? -1 : nonBlank[Math.min(HEADER_LINES, nonBlank.length) - 1];

    for (Line line : lines.lines()) {
      if (!line.isBlank() && found.kinds[line.index()] == null) {
        classify(line, lines, line.index() <= lastHeaderLine, cues, found);
      }
    }
    markTrailingBlocks(lines, nonBlank, found);
    markAdvertisement(lines, nonBlank, cues, found);

    BitSet removed = new BitSet(lines.size());
    Map<LineKind, Integer> counts = new EnumMap<>(LineKind.class);
    for (int i = 0; i < lines.size(); i++) {
      if (found.kinds[i] != null) {
        removed.set(i);
        counts.merge(found.kinds[i], 1, Integer::sum);
      }
    }
    TrackedText cleaned = lines.without(removed);
    // Removing lines brings no end mark into the text: the text's own cues decide.
    TrackedText withoutEndMarks = cues.endMark() ? withoutTrailingEndMarks(cleaned) : cleaned;
    if (withoutEndMarks != cleaned) {
      counts.merge(LineKind.END_MARK, 1, Integer::sum);
    }

    Document out = document.with(Keys.TEXT, withoutEndMarks);
    out = withMetadata(out, found);
    if (!counts.isEmpty()) {
      StringBuilder message = new StringBuilder("Removed ");
      for (Map.Entry<LineKind, Integer> e : counts.entrySet()) {
        if (message.length() > "Removed ".length()) {
          message.append(", ");
        }
        message.append(e.getKey().label()).append(" x").append(e.getValue());
      }
      out = out.withWarning(WarningCode.BOILERPLATE_REMOVED, message.toString());
    }
    return out;
  }

  /** Mutable collector for one call of {@link #map}; never shared. */
  private static final class Found {
    final LineKind[] kinds;
    final List<Caption> captions = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    String outlet;
    String author;
    String editor;
    String published;
    String printedDate;

    Found(int lines) {
      kinds = new LineKind[lines];
    }
  }

  /**
   * Which cues occur anywhere in the text, looked for once: a line can hold a cue only when the
   * text does, so each line is checked for those cues alone (most texts hold none, and a dozen
   * contains per line had become the largest cost of this stage).
   */
  private record TextCues(
      List<String> copyright, List<String> headerKeys, List<String> ad, boolean breadcrumb, boolean endMark) {
    static TextCues of(String text) {
      // Lines see no-break spaces as spaces (SourceLines), so a cue with a space ("all rights
      // reserved") can be in a line and not in the text: then every cue is checked.
      boolean noBreakSpaces = text.indexOf('\u00A0') >= 0 || text.indexOf('\u2007') >= 0 || text.indexOf('\u202F') >= 0;
      return new TextCues(
          noBreakSpaces ? COPYRIGHT_CUES : presentIn(text, COPYRIGHT_CUES),
          presentIn(text, HEADER_KEY_CUES),
          presentIn(text, AD_CUES),
          containsAny(text, BREADCRUMB_CHARS),
          containsAnyOf(text, END_MARKS));
    }

    private static List<String> presentIn(String text, List<String> cues) {
      List<String> present = new ArrayList<>(2);
      for (String cue : cues) {
        if (text.contains(cue)) {
          present.add(cue);
        }
      }
      return present.isEmpty() ? List.of() : List.copyOf(present);
    }
  }

  private void classify(Line line, SourceLines lines, boolean inHeader, TextCues cues, Found found) {
    String t = line.trimmed();
    int i = line.index();
    Matcher m;
    // First-character gates before each anchored pattern: most lines are body text, and making
    // a matcher per pattern per line dominated this stage's time.
    if (startsWithAny(t, "△▲▼▽↑↓") && (m = CAPTION_MARK.matcher(t)).lookingAt()) {
      found.kinds[i] = LineKind.CAPTION;
      addCaption(lines, line, m.end(), found);
    } else if (startsWithAny(t, "图资配") && CAPTION_LABEL.matcher(t).lookingAt()
        || (t.length() <= 400 && endsLikeChineseCredit(t) && mayBeChineseCredit(t) && CHINESE_PHOTO_CREDIT.matcher(t).find())
        || (t.length() <= 600 && endsLikeEnglishCredit(t) && ENGLISH_PHOTO_CREDIT.matcher(t).find())) {
      found.kinds[i] = LineKind.CAPTION;
      addCaption(lines, line, 0, found);
    } else if (t.length() <= 300 && containsAnyOf(t, cues.copyright()) && COPYRIGHT.matcher(t).find()) {
      found.kinds[i] = LineKind.COPYRIGHT;
    } else if (startsWithAny(t, "责值实编校审监统主制美设") && (m = STAFF.matcher(t)).matches()) {
      found.kinds[i] = LineKind.EDITOR;
      if (m.group("role").contains("编") && found.editor == null) {
        found.editor = names(m.group("who"));
      }
    } else if (startsWithAny(t, "文撰作记采本")
        && ((m = BYLINE.matcher(t)).matches() || (m = BYLINE_BARE.matcher(t)).matches())) {
      found.kinds[i] = LineKind.BYLINE;
      if (found.author == null) {
        found.author = author(m.group("who"));
      }
    } else if (t.length() <= 160 && containsAnyOf(t, cues.headerKeys()) && labelledHeader(t, found)) {
      found.kinds[i] = LineKind.HEADER;
    } else if (inHeader && sourceTimeHeader(t, found)) {
      found.kinds[i] = LineKind.HEADER;
    } else if (cues.breadcrumb() && t.length() <= 80 && containsAny(t, BREADCRUMB_CHARS) && BREADCRUMB.matcher(t).lookingAt()) {
      found.kinds[i] = LineKind.BREADCRUMB;
    } else if (t.indexOf(' ') < 0 && !hasHan(t) && TEMPLATE_PATH.matcher(t).matches()) { // no path has a space
      found.kinds[i] = LineKind.TEMPLATE_PATH;
    } else if (startsWithAny(t, "资参素综图信") && SOURCE_LIST.matcher(t).matches() && !t.contains("。")) {
      found.kinds[i] = LineKind.SOURCE_LIST;
    } else if (t.length() <= 6 && END_MARK.matcher(t).matches()) {
      found.kinds[i] = LineKind.END_MARK;
    } else if (startsWithAny(t, "相标关tTkK") && (m = TAG_LABEL.matcher(t)).matches()) {
      tagList(lines, line, m.group("rest"), found);
    }
  }

  /** A breadcrumb has one of these separators. */
  private static final String BREADCRUMB_CHARS = ">＞»›/";

  private static boolean startsWithAny(String t, String firstChars) {
    return !t.isEmpty() && firstChars.indexOf(t.charAt(0)) >= 0;
  }

  private static boolean containsAny(String t, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (t.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHan(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Chars.isHan(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The end marks that {@link #withoutTrailingEndMarks} takes off line ends. */
  private static final List<String> END_MARKS = List.of("■", "□", "（完）", "(完)", "【完】");
  /**
   * A labelled header has one of these fields ({@link #labelledHeader}), so a line without them
   * is not one. (The other labels, 时间 above all, are in every other news paragraph: 当地时间.)
   */
  private static final List<String> HEADER_KEY_CUES = List.of("发布时间", "发稿时间", "来源");
  /** {@link #AD_WORDS} without the one that needs word boundaries, for a plain contains test. */
  private static final List<String> AD_CUES =
      List.of("联系邮箱", "商务合作", "下载", "扫码", "二维码", "关注公众号", "关注我们", "客户端", "AI辅助创作", "智能信息助手",
          "广告", "阅读原文", "长按识别", "微信号", "订阅");

  private static boolean advertises(String t, TextCues cues) {
    return containsAnyOf(t, cues.ad()) || (t.contains("APP") || t.contains("App") || t.contains("app")) && AD_WORDS.matcher(t).find();
  }

  private static boolean containsAnyOf(String t, List<String> cues) {
    for (String cue : cues) {
      if (t.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Words any copyright notice holds; checked with indexOf before the full pattern. */
  private static final List<String> COPYRIGHT_CUES =
      List.of("版权", "著作权", "未经", "不得转载", "禁止转载", "转载请", "©", "(c)", "(C)", "opyright", "OPYRIGHT", "ights reserved", "IGHTS RESERVED");

  /**
   * Cheap guards before the photo-credit patterns, whose end-anchored alternatives are otherwise
   * tried at every position of every body line.
   */
  private static boolean endsLikeChineseCredit(String t) {
    String u = t.strip();
    char last = u.isEmpty() ? ' ' : u.charAt(u.length() - 1);
    return last == '摄' || last == ')' || last == '）';
  }

  private static boolean endsLikeEnglishCredit(String t) {
    String u = t.strip();
    if (u.endsWith(")")) {
      return true;
    }
    // The case-insensitive comparisons only where the first letter allows them (İ and ı are i
    // to regionMatches too).
    char f = u.isEmpty() ? 0 : u.charAt(0);
    if (f == 'p' || f == 'P') {
      return u.regionMatches(true, 0, "photo", 0, 5) || u.regionMatches(true, 0, "picture", 0, 7);
    }
    return (f == 'i' || f == 'I' || f == '\u0130' || f == '\u0131') && u.regionMatches(true, 0, "image", 0, 5);
  }

  private static void addCaption(SourceLines lines, Line line, int skipInTrimmed, Found found) {
    int lead = line.trimmedOffset();
    int start = line.start() + lead + skipInTrimmed;
    int end = line.start() + lead + line.trimmed().length();
    if (start >= end) {
      return;
    }
    Span source = lines.text().toSource(start, end);
    found.captions.add(new Caption(lines.text().text().substring(start, end), source.start(), source.end()));
  }

  /** {@code 标签：a b c}, or a label alone followed by the tag line. */
  private static void tagList(SourceLines lines, Line label, String rest, Found found) {
    String tagText = rest == null ? "" : rest.strip();
    found.kinds[label.index()] = LineKind.TAGS;
    if (tagText.isEmpty()) {
      int next = lines.nextNonBlank(label.index() + 1);
      if (next < 0) {
        return;
      }
      String candidate = lines.get(next).trimmed();
      // A tag line is short and has no sentence punctuation; anything else is body text.
      if (candidate.length() > 80 || SENTENCE_MARK.matcher(candidate).matches()) {
        return;
      }
      found.kinds[next] = LineKind.TAGS;
      tagText = candidate;
    }
    for (String tag : TAG_SEPARATOR.split(tagText)) {
      if (!tag.isBlank()) {
        found.tags.add(tag.strip());
      }
    }
  }

  /** {@code 发布时间:2024-07-03 08:52:21 | 来源:新华社 | 作者: | 责任编辑:丁素云}. */
  private boolean labelledHeader(String t, Found found) {
    Matcher m = LABELLED_FIELD.matcher(t);
    Map<String, String> fields = new HashMap<>();
    int covered = 0;
    while (m.find()) {
      fields.putIfAbsent(m.group("label"), m.group("value").strip());
      covered += m.end() - m.start();
    }
    boolean header =
        (fields.containsKey("发布时间") || fields.containsKey("发稿时间") || fields.containsKey("来源"))
            && (fields.size() >= 2 || t.startsWith("来源") || t.startsWith("发布时间"))
            && covered * 2 >= HEADER_SEPARATOR.matcher(t).replaceAll("").length();
    if (!header) {
      return false;
    }
    for (String label : List.of("发布时间", "发稿时间", "时间", "日期")) {
      String v = fields.get(label);
      if (v != null && !v.isEmpty()) {
        setDate(v, found);
        break;
      }
    }
    String source = fields.get("来源");
    if (source != null && !source.isEmpty() && found.outlet == null) {
      found.outlet = outlets.longestPrefix(source).orElse(WHITE_SPACE.split(source)[0]);
    }
    String author = fields.get("作者");
    if (author != null && !author.isEmpty() && found.author == null) {
      found.author = author(author);
    }
    String editor = fields.getOrDefault("责任编辑", fields.get("编辑"));
    if (editor != null && !editor.isEmpty() && found.editor == null) {
      found.editor = names(editor);
    }
    return true;
  }

  /** {@code 北京青年报政知圈 2023-10-20 22:44} or {@code 共产党员网 06月17日 16:01}. */
  private boolean sourceTimeHeader(String t, Found found) {
    if (t.length() > 64 || !Character.isDigit(t.charAt(t.length() - 1))) {
      return false; // a source-and-time header is short and ends with its date or time
    }
    Matcher m = HEADER_FULL.matcher(t);
    if (m.matches()) {
      Optional<String> date = PrintedDates.full(m.group("date"));
      if (date.isEmpty()) {
        return false;
      }
      setOutlet(m.group("name"), found);
      if (found.published == null) {
        found.published = date.get();
      }
      return true;
    }
    m = HEADER_MONTH_DAY.matcher(t);
    if (m.matches()) {
      Optional<String> date = PrintedDates.monthDay(WHITE_SPACE.matcher(m.group("date")).replaceAll(" "));
      if (date.isEmpty()) {
        return false;
      }
      setOutlet(m.group("name"), found);
      if (found.printedDate == null) {
        found.printedDate = date.get();
      }
      return true;
    }
    return false;
  }

  private void setDate(String printed, Found found) {
    Optional<String> full = PrintedDates.full(printed);
    if (full.isPresent()) {
      found.published = full.get();
    } else {
      PrintedDates.monthDay(printed).ifPresent(md -> found.printedDate = md);
    }
  }

  private void setOutlet(String name, Found found) {
    String n = name.strip();
    if (n.isEmpty() || found.outlet != null) {
      return;
    }
    found.outlet = outlets.longestPrefix(n).orElse(n);
  }

  /** {@code 北京青年报记者 高语阳} -> {@code 高语阳}: the names after the last 记者/通讯员. */
  private static String author(String who) {
    String w = who.strip();
    int cut = Math.max(w.lastIndexOf("记者"), w.lastIndexOf("通讯员"));
    if (cut >= 0) {
      w = w.substring(cut + (w.startsWith("通讯员", cut) ? 3 : 2));
    }
    return names(w);
  }

  private static String names(String who) {
    return String.join(" ", NAME_SEPARATOR.split(who.strip()));
  }

  /**
   * {@code text} without the end marks that close its lines ({@code … concerns. ■}), each taken
   * with the spaces and tabs before and after it; the same instance when there is none. This is
   * {@code replaceAll} of {@code [ \t]*(?:■|□|（完）|\(完\)|【完】)[ \t]*$} (MULTILINE) with "",
   * as a search for the marks themselves: the pattern, which starts with {@code [ \t]*}, was
   * tried at every position of the text (a third of the cleaning time of a page ending with ■).
   * A line has at most one mark that closes it, so the removed spans never overlap.
   */
  static TrackedText withoutTrailingEndMarks(TrackedText text) {
    String s = text.text();
    int n = s.length();
    List<int[]> spans = new ArrayList<>();
    for (String mark : END_MARKS) {
      for (int at = s.indexOf(mark); at >= 0; at = s.indexOf(mark, at + 1)) {
        int end = at + mark.length();
        while (end < n && isSpaceOrTab(s.charAt(end))) {
          end++;
        }
        if (end < n && !isLineTerminator(s.charAt(end))) {
          continue; // where the pattern's $ matches (MULTILINE): before a line terminator, or the end
        }
        int start = at;
        while (start > 0 && isSpaceOrTab(s.charAt(start - 1))) {
          start--;
        }
        spans.add(new int[] {start, end});
      }
    }
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    TrackedText.Builder b = TrackedText.builder(n);
    int kept = 0; // start of the text not yet copied to b
    for (int[] span : spans) {
      b.append(text, kept, span[0]);
      kept = span[1];
    }
    return b.append(text, kept, n).build();
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  /** The line terminators of java.util.regex (without UNIX_LINES). */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /*
   * The characters RELATED and COMMENTS can start with (CASE_INSENSITIVE folds ASCII only), to
   * test before the patterns: the second half of a page of short print lines tried both on each.
   */
  private static final String RELATED_FIRST = "【[相延推热更往猜精rRmM";
  private static final String COMMENTS_FIRST = "最网发热全精评我查共0123456789cC";

  private static boolean isComments(String t) {
    return startsWithAny(t, COMMENTS_FIRST) && COMMENTS.matcher(t).matches();
  }

  /**
   * Whether {@link #CHINESE_PHOTO_CREDIT} can match {@code t}: its end-anchored alternatives end
   * with 摄 and then only white space, a closing parenthesis or a line terminator; the other starts
   * with an opening parenthesis. A cheap test first: the pattern's find tried each position of
   * every line ending with a parenthesis.
   */
  private static boolean mayBeChineseCredit(String t) {
    if (t.isEmpty()) {
      return false;
    }
    if (t.charAt(0) == '（' || t.charAt(0) == '(') {
      return true;
    }
    int i = t.length();
    while (i > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029)）".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i > 0 && t.charAt(i - 1) == '摄';
  }

  /**
   * A related-reading or comment heading in the second half of the text starts a block that runs
   * to the end: the heading and everything after it go.
   */
  private static void markTrailingBlocks(SourceLines lines, int[] nonBlank, Found found) {
    for (int k = nonBlank.length / 2; k < nonBlank.length; k++) {
      int i = nonBlank[k];
      if (found.kinds[i] != null && found.kinds[i] != LineKind.TAGS) {
        continue;
      }
      String t = lines.get(i).trimmed();
      if (t.length() > 40) {
        continue; // headings of related-reading and comment blocks are short
      }
      LineKind kind =
          startsWithAny(t, RELATED_FIRST) && RELATED.matcher(t).matches()
              ? LineKind.RELATED
              : isComments(t) ? LineKind.COMMENTS : null;
      if (kind == null) {
        continue;
      }
      for (int j = i; j < lines.size(); j++) {
        if (found.kinds[j] == null && !lines.get(j).isBlank()) {
          found.kinds[j] = isComments(lines.get(j).trimmed()) ? LineKind.COMMENTS : kind;
        }
      }
      return;
    }
  }

  /**
   * An advertisement block at the end of the text (a reading app's promotion, a contact address).
   * Signals per line: an e-mail address, advertising words, a short line printed more than once,
   * a short Latin-only brand line in a Chinese text. The block is the earliest run in the last
   * third of the text, from a signal line to the end, whose lines are mostly (60%+) signals and
   * that has two signals at least; lines already classified are neutral.
   */
  private static void markAdvertisement(SourceLines lines, int[] nonBlank, TextCues cues, Found found) {
    if (nonBlank.length < 3) {
      return;
    }
    int[] open = new int[nonBlank.length];
    int openCount = 0;
    for (int i : nonBlank) {
      if (found.kinds[i] == null) {
        open[openCount++] = i;
      }
    }
    open = Arrays.copyOf(open, openCount);
    boolean[] signal = new boolean[open.length];
    int tailStart = open.length - Math.max(2, open.length / 3);
    // How often each short line of the tail occurs among all lines: only the tail's lines are
    // counted, so the map holds a few entries, not one per short line of the page.
    Map<String, int[]> repeats = new HashMap<>();
    long lengths = 0; // bit n: some tail line of length n is counted (a line of another length is not hashed)
    for (int k = Math.max(0, tailStart); k < open.length; k++) {
      String t = lines.get(open[k]).trimmed();
      if (t.length() <= 30) {
        repeats.putIfAbsent(t, new int[1]);
        lengths |= 1L << t.length();
      }
    }
    for (int i : nonBlank) {
      String t = lines.get(i).trimmed();
      int[] count = t.length() <= 30 && (lengths & 1L << t.length()) != 0 ? repeats.get(t) : null;
      if (count != null) {
        count[0]++;
      }
    }
    Boolean chinese = null; // counted over the whole text only when a line looks like a brand
    for (int k = Math.max(0, tailStart); k < open.length; k++) { // only the tail can be an ad
      String t = lines.get(open[k]).trimmed();
      signal[k] =
          (t.indexOf('@') >= 0 && EMAIL.matcher(t).find())
              || (t.length() <= 120 && advertises(t, cues))
              || repeats.containsKey(t) && repeats.get(t)[0] >= 2;
      if (!signal[k] && latinBrand(t)) {
        if (chinese == null) {
          chinese = Chars.moreHanThanLatin(lines.text().text());
        }
        signal[k] = chinese;
      }
    }
    for (int k = Math.max(0, tailStart); k < open.length; k++) {
      if (!signal[k]) {
        continue;
      }
      int signals = 0;
      for (int j = k; j < open.length; j++) {
        signals += signal[j] ? 1 : 0;
      }
      int total = open.length - k;
      if (signals >= 2 && signals * 10 >= total * 6) {
        for (int j = k; j < open.length; j++) {
          found.kinds[open[j]] = LineKind.ADVERTISEMENT;
        }
        return;
      }
    }
  }

  private static boolean latinBrand(String t) {
    if (t.length() > 40 || hasHan(t) || endsWithSentenceMark(t)) {
      return false;
    }
    Matcher w = LATIN_WORD.matcher(t);
    int words = 0;
    while (w.find()) {
      words++;
    }
    return words >= 1 && words <= 5;
  }

  /** {@code t.matches(".*[.!?。]$")} without compiling the pattern on every call. */
  private static boolean endsWithSentenceMark(String t) {
    if (t.isEmpty() || ".!?。".indexOf(t.charAt(t.length() - 1)) < 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (isLineTerminator(t.charAt(i))) {
        return false; // '.' matches no line terminator
      }
    }
    return true;
  }

  private static Document withMetadata(Document d, Found found) {
    Document out = d;
    if (!found.captions.isEmpty()) {
      out = out.with(Keys.CAPTIONS, appended(d.find(Keys.CAPTIONS), found.captions));
    }
    if (!found.tags.isEmpty()) {
      out = out.with(Keys.SOURCE_TAGS, appended(d.find(Keys.SOURCE_TAGS), found.tags));
    }
    out = keepEarlier(out, Keys.OUTLET, found.outlet);
    out = keepEarlier(out, Keys.AUTHOR, found.author);
    out = keepEarlier(out, Keys.EDITOR, found.editor);
    out = keepEarlier(out, MetadataKeys.PRINTED_DATE, found.printedDate);
    if (found.published != null) {
      String earlier = d.find(Keys.PUBLISHED).orElse(null);
      // A header date-time is strictly better than an earlier date it extends (2023-10-20).
      if (earlier == null || (found.published.startsWith(earlier) && found.published.length() > earlier.length())) {
        out = out.with(Keys.PUBLISHED, found.published);
      }
    }
    return out;
  }

  private static <T> List<T> appended(Optional<List<T>> earlier, List<T> more) {
    List<T> all = new ArrayList<>(earlier.orElse(List.of()));
    all.addAll(more);
    return List.copyOf(all);
  }

  private static Document keepEarlier(Document d, Key<String> key, String value) {
    if (value == null || value.isBlank() || d.has(key)) {
      return d;
    }
    return d.with(key, value);
  }
}

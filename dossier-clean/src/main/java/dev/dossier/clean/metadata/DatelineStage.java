package dev.dossier.clean.metadata;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.boilerplate.Outlets;
import dev.dossier.model.Dateline;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline of an article: where and when the story was filed, and by whom.
 *
 * <p>Input: {@link Keys#TEXT} after OCR reflow and article split (one paragraph per line, one
 * article). Looks for an opening dateline at the start of the first paragraphs ({@code
 * 新华社阿斯塔纳7月2日电}, {@code 中新社北京7月1日电（记者 X）}, {@code 本报讯}, {@code ASTANA, July 2
 * (Xinhua) --}, {@code BEIJING, Oct. 18 (Reuters) -}), else a closing one at the end of a
 * paragraph ({@code （新华社阿斯塔纳7月1日电）}). Output: {@link Keys#DATELINE} with the place as
 * printed (upper-case English places title-cased: {@code ASTANA} -> {@code Astana}), the date as
 * {@code YYYY-MM-DD} when {@link Keys#PUBLISHED} gives the year, else {@code --MM-DD}, the outlet
 * as printed, and its span in the clean text; the dateline stays in the text. {@link
 * Keys#OUTLET} is set from the dateline when no earlier stage knew it (canonical name for a
 * Chinese article: Xinhua -> 新华社). Stateless apart from immutable configuration; thread-safe.
 */
public final class DatelineStage implements MapStage {
  /** An opening dateline is looked for in this many first paragraphs (a title may precede it). */
  private static final int OPENING_PARAGRAPHS = 4;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern ENGLISH_OPENING =
      Pattern.compile(
          "^\\s*(?<place>[A-Z][A-Z.'\\- ]{1,40}?(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30}?)?),\\s+"
              + "(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(?<d>\\d{1,2})"
              + "(?:,\\s*\\d{4})?\\s*(?:\\((?<outlet>[^)]{2,40})\\))?\\s*(?:--|—|–|-)");

  private final CleaningConfig config;
  private final Outlets outlets;
  private final Pattern chineseOpening;
  private final Pattern localOpening;
  private final Pattern chineseClosing;

  public DatelineStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.outlets = Outlets.bundled();
    String names = outlets.alternation();
    String reporter = "(?:\\s*[（(](?:记者|通讯员|特派记者)[^)）]{0,40}[)）])?";
    this.chineseOpening =
        Pattern.compile(
            "^\\s*(?<outlet>" + names + "|本报|本刊)(?<place>[\\p{IsHan}·]{1,12}?)?"
                + "(?<m>\\d{1,2})月(?<d>\\d{1,2})日(?:专?电|讯)" + reporter,
            Pattern.CASE_INSENSITIVE);
    this.localOpening =
        Pattern.compile("^\\s*(?<outlet>本报|本刊)(?<place>[\\p{IsHan}]{0,8}?)讯" + reporter);
    this.chineseClosing =
        Pattern.compile(
            "[（(](?<outlet>" + names + ")(?<place>[\\p{IsHan}·]{1,12}?)?"
                + "(?<m>\\d{1,2})月(?<d>\\d{1,2})日专?电[)）]\\s*$",
            Pattern.CASE_INSENSITIVE);
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.DATELINE, Keys.OUTLET);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    Optional<Integer> year = yearOf(document.find(Keys.PUBLISHED));
    Optional<MonthDay> publishedDay = monthDayOf(document.find(Keys.PUBLISHED));
    Optional<Dateline> dateline = find(text.text(), year, publishedDay);
    if (dateline.isEmpty()) {
      return document;
    }
    Dateline d = dateline.get();
    Document out = document.with(Keys.DATELINE, d);
    if (!document.has(Keys.OUTLET) && d.outlet() != null && !d.outlet().startsWith("本")) {
      boolean chinese = Chars.moreHanThanLatin(text.text());
      String outlet = chinese ? outlets.canonical(d.outlet()).orElse(d.outlet()) : d.outlet();
      out = out.with(Keys.OUTLET, outlet);
    }
    return out;
  }

  /** The dateline of {@code text}, opening ones first; empty when there is none. */
  Optional<Dateline> find(String text, Optional<Integer> year, Optional<MonthDay> publishedDay) {
    int seen = 0;
    for (int start = 0; start <= text.length() && seen < OPENING_PARAGRAPHS; start = lineEnd(text, start) + 1) {
      String p = text.substring(start, lineEnd(text, start));
      if (!p.isBlank()) {
        seen++;
        Optional<Dateline> d = opening(p, start, year, publishedDay);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Dateline closing = null;
    for (int start = 0; start <= text.length(); start = lineEnd(text, start) + 1) {
      int end = lineEnd(text, start);
      // A closing dateline ends with 电) or 电）: only such paragraphs are matched (the pattern's
      // find started at every parenthesis of every paragraph).
      if (!endsLikeClosing(text, start, end)) {
        continue;
      }
      String p = text.substring(start, end);
      Matcher m = chineseClosing.matcher(p);
      if (m.find()) {
        Optional<String> date = date(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), year, publishedDay);
        if (date.isPresent()) {
          closing =
              new Dateline(
                  emptyToNull(m.group("place")), date.get(), m.group("outlet"),
                  start + m.start(), start + m.end());
        }
      }
    }
    return Optional.ofNullable(closing);
  }

  /** Where the paragraph starting at {@code start} ends: its {@code '\n'}, or the text's end. */
  private static int lineEnd(String text, int start) {
    int nl = text.indexOf('\n', start);
    return nl < 0 ? text.length() : nl;
  }

  /**
   * Whether {@code text[start, end)} may end with a closing dateline: {@code 电} and a closing
   * parenthesis, then only what {@code \s*$} accepts (white space; a last line terminator).
   */
  private static boolean endsLikeClosing(String text, int start, int end) {
    int i = end;
    while (i > start && isPatternSpaceOrTerminator(text.charAt(i - 1))) {
      i--;
    }
    return i - start >= 2 && (text.charAt(i - 1) == ')' || text.charAt(i - 1) == '）') && text.charAt(i - 2) == '电';
  }

  /** {@code \s} of java.util.regex, and the line terminators {@code $} may stand before. */
  private static boolean isPatternSpaceOrTerminator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private Optional<Dateline> opening(
      String p, int offset, Optional<Integer> year, Optional<MonthDay> publishedDay) {
    // lookingAt, not find: the opening patterns start with ^, so find could only match at 0, but it
    // tried every other position of the paragraph first.
    Matcher m = chineseOpening.matcher(p);
    if (m.lookingAt()) {
      return date(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), year, publishedDay)
          .map(date -> new Dateline(emptyToNull(m.group("place")), date, m.group("outlet"),
              offset + m.start("outlet"), offset + m.end()));
    }
    Matcher local = localOpening.matcher(p);
    if (local.lookingAt()) {
      return Optional.of(new Dateline(emptyToNull(local.group("place")), null, local.group("outlet"),
          offset + local.start("outlet"), offset + local.end()));
    }
    Matcher e = ENGLISH_OPENING.matcher(p);
    if (e.lookingAt()) {
      int month = MONTHS.get(e.group("month").toLowerCase(Locale.ROOT));
      return date(month, Integer.parseInt(e.group("d")), year, publishedDay)
          .map(date -> new Dateline(titleCase(e.group("place")), date, e.group("outlet"),
              offset + e.start("place"), offset + e.end()));
    }
    return Optional.empty();
  }

  /**
   * {@code YYYY-MM-DD} when the publication year is known, else {@code --MM-DD}. A story filed on
   * a later month-day than its publication was filed the year before (filed 12-31, out 01-01).
   */
  static Optional<String> date(int month, int day, Optional<Integer> year, Optional<MonthDay> publishedDay) {
    MonthDay md;
    try {
      md = MonthDay.of(month, day);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    if (year.isEmpty()) {
      return Optional.of(md.toString());
    }
    int y = year.get();
    if (publishedDay.isPresent() && md.isAfter(publishedDay.get())) {
      y--;
    }
    if (!md.isValidYear(y)) {
      return Optional.empty();
    }
    return Optional.of(md.atYear(y).toString());
  }

  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern ISO_MONTH_DAY = Pattern.compile("^(?:\\d{4})?--?\\d{2}-\\d{2}.*");

  static Optional<Integer> yearOf(Optional<String> published) {
    return published.filter(p -> ISO_DATE.matcher(p).matches()).map(p -> Integer.parseInt(p.substring(0, 4)));
  }

  static Optional<MonthDay> monthDayOf(Optional<String> published) {
    return published
        .filter(p -> ISO_MONTH_DAY.matcher(p).matches())
        .map(p -> p.startsWith("--") ? p.substring(2, 7) : p.substring(5, 10))
        .map(s -> MonthDay.of(Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(3, 5))));
  }

  private static String titleCase(String place) {
    StringBuilder sb = new StringBuilder(place.length());
    boolean start = true;
    for (char c : place.strip().toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '.' || c == ',';
    }
    return sb.toString();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

}

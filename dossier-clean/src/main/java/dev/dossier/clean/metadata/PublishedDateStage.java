package dev.dossier.clean.metadata;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Dateline;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the publication date, inferring its year when only the month and day were printed.
 *
 * <p>Input: {@link Keys#TEXT} (one article, after reflow), optionally {@link Keys#PUBLISHED},
 * {@link MetadataKeys#PRINTED_DATE} (a header's {@code --MM-DD[THH:MM]}), {@link Keys#DATELINE}
 * and {@link Keys#SOURCE_TEXT}. Rules:
 *
 * <ul>
 *   <li>a full printed date stays: {@link Keys#PUBLISHED_INFERRED} = false;
 *   <li>a month-day (header first, else the dateline) gets the year of the latest explicit year
 *       in the article ({@code 2025年}, {@code 2024-07-03}, {@code in 2024}) that is not marked as
 *       future in its clause (preceded by 将, 计划, 预计, 展望, 到, 至 ... but not 截至), falling back
 *       to the years of the whole source file (a printed page holding several articles). Then
 *       PUBLISHED = year + month-day (+ time), PUBLISHED_INFERRED = true, and a {@link
 *       WarningCode#YEAR_INFERRED} warning names the evidence;
 *   <li>when no year can be found PUBLISHED stays unset (a {@link WarningCode#BAD_DATE} warning
 *       says so): a date is never invented silently.
 * </ul>
 *
 * A dateline dated {@code --MM-DD} gets the year too (the year before when its month-day is after
 * the publication's). Stateless apart from immutable configuration; thread-safe.
 */
public final class PublishedDateStage implements MapStage {
  /**
   * The context that makes four digits an explicit year: 2025年, a 2024-2025年 range start,
   * 2024-07-03 / 2024/7/3 after them; English "in 2024", "July 2, 2024" before them.
   */
  private static final Pattern YEAR_AFTER =
      Pattern.compile("\\s*年|[-/.]\\d{1,2}[-/.]\\d{1,2}|\\s*[-—~至到]\\s*(?:19|20)\\d{2}\\s*年");
  private static final Pattern YEAR_BEFORE =
      Pattern.compile("(?:\\b(?:in|since|of|year)|[A-Z][a-z]{2,8}\\.? \\d{1,2},) $");
  /** Words that put a year in the future within its clause. 至 is future except in 截至 (up to). */
  private static final Pattern FUTURE =
      Pattern.compile("将|计划|预计|预期|展望|拟|有望|力争|目标|明年|未来|(?<!截)至|到|\\bwill\\b|\\bplans?\\b|\\bexpect|\\bby\\b|\\buntil\\b|\\btarget");
  private static final String CLAUSE_BOUNDARIES = "。，,；;！？!?\n：:";

  private final CleaningConfig config;

  public PublishedDateStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.PUBLISHED, Keys.PUBLISHED_INFERRED, Keys.DATELINE);
  }

  @Override
  public Document map(Document document) {
    Optional<String> published = document.find(Keys.PUBLISHED);
    if (published.isPresent() && DatelineStage.yearOf(published).isPresent()) {
      return withDatelineYear(document.with(Keys.PUBLISHED_INFERRED, false), published.get());
    }
    Optional<String> monthDay =
        published
            .filter(p -> p.startsWith("--"))
            .or(() -> document.find(MetadataKeys.PRINTED_DATE))
            .or(() -> document.find(Keys.DATELINE).map(Dateline::date).filter(d -> d.startsWith("--")));
    if (monthDay.isEmpty()) {
      return document;
    }

    String body = document.get(Keys.TEXT).text();
    Years bodyYears = years(body);
    String evidence = "the article's explicit years";
    Years chosen = bodyYears;
    if (bodyYears.past.isEmpty()) {
      chosen = years(document.getOrDefault(Keys.SOURCE_TEXT, ""));
      evidence = "the explicit years of the whole source file";
    }
    if (chosen.past.isEmpty()) {
      return document.withWarning(
          WarningCode.BAD_DATE,
          "Publication date printed without a year (" + monthDay.get() + ") and no explicit year found; left unset");
    }
    int year = chosen.past.last();
    String md = monthDay.get();
    if (!validIn(year, md)) {
      return document.withWarning(WarningCode.BAD_DATE, "No valid date " + md + " in year " + year + "; left unset");
    }
    String inferred = year + md.substring(1);
    String message =
        "Year "
            + year
            + " of "
            + md
            + " inferred from the latest non-future year in "
            + evidence
            + " (seen: "
            + join(chosen.past)
            + (chosen.future.isEmpty() ? "" : "; ignored as future: " + join(chosen.future))
            + ")";
    Document out =
        document
            .with(Keys.PUBLISHED, inferred)
            .with(Keys.PUBLISHED_INFERRED, true)
            .withWarning(WarningCode.YEAR_INFERRED, message);
    return withDatelineYear(out, inferred);
  }

  /** The years named in {@code text}: those not marked as future, and those that are. */
  record Years(SortedSet<Integer> past, SortedSet<Integer> future) {}

  static Years years(String text) {
    SortedSet<Integer> past = new TreeSet<>();
    SortedSet<Integer> future = new TreeSet<>();
    Matcher after = YEAR_AFTER.matcher(text);
    Matcher before = YEAR_BEFORE.matcher(text).useTransparentBounds(true);
    for (int at = nextYear(text, 0); at >= 0; at = nextYear(text, at + 4)) {
      int end = at + 4;
      boolean chinese = after.region(end, Math.min(text.length(), end + 16)).lookingAt();
      if (!chinese && !before.region(Math.max(0, at - 16), at).find()) {
        continue;
      }
      int clauseStart = clauseStart(text, at);
      boolean isFuture = FUTURE.matcher(text.substring(clauseStart, at)).find();
      (isFuture ? future : past).add(Integer.parseInt(text, at, end, 10));
    }
    return new Years(past, future);
  }

  /**
   * Where the next four-digit year 19xx or 20xx at or after {@code from} starts (not part of a
   * longer number), or -1. The regex {@code (?<!\d)(?:19|20)\d{2}(?!\d)} says the same; as a
   * scan it skips a Chinese text at a character per step, where the regex's find tried the
   * look-behind and the alternation at every position (a tenth of the cleaning time of a page
   * whose date had no year).
   */
  static int nextYear(String text, int from) {
    int last = text.length() - 4;
    for (int i = Math.max(0, from); i <= last; i++) {
      char c = text.charAt(i);
      if (c != '1' && c != '2') {
        continue;
      }
      char c2 = text.charAt(i + 1);
      if ((c == '1' ? c2 == '9' : c2 == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))
          && (i == 0 || !isDigit(text.charAt(i - 1))) && (i == last || !isDigit(text.charAt(i + 4)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where the clause holding {@code at} starts: after the last boundary in the 60 characters before. */
  private static int clauseStart(String text, int at) {
    int limit = Math.max(0, at - 60);
    for (int i = at - 1; i >= limit; i--) {
      if (CLAUSE_BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return limit;
  }

  private static boolean validIn(int year, String monthDay) {
    try {
      MonthDay.parse(monthDay.substring(0, 7)).atYear(year);
      return MonthDay.parse(monthDay.substring(0, 7)).isValidYear(year);
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  private static Document withDatelineYear(Document d, String published) {
    Optional<Dateline> dateline = d.find(Keys.DATELINE);
    if (dateline.isEmpty() || dateline.get().date() == null || !dateline.get().date().startsWith("--")) {
      return d;
    }
    Dateline old = dateline.get();
    LocalDate pub = LocalDate.parse(published.substring(0, 10));
    MonthDay md = MonthDay.parse(old.date());
    int year = md.isAfter(MonthDay.from(pub)) ? pub.getYear() - 1 : pub.getYear();
    if (!md.isValidYear(year)) {
      return d;
    }
    return d.with(
        Keys.DATELINE,
        new Dateline(old.place(), md.atYear(year).toString(), old.outlet(), old.start(), old.end()));
  }

  private static String join(SortedSet<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}

package dev.dossier.clean.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as news pages print them into ISO 8601 strings: {@code 2023-10-20 22:44} and
 * {@code 2023年10月20日 22:44} to {@code 2023-10-20T22:44}; {@code 06月17日 16:01} and
 * {@code 06-17 16:01} (no year) to {@code --06-17T16:01}. Invalid calendar dates give empty.
 * Stateless and thread-safe.
 */
public final class PrintedDates {
  private PrintedDates() {}

  private static final String TIME = "(?:\\s*(?<h>\\d{1,2})[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2}))?)?";

  /** A full date, optionally with a time. */
  public static final Pattern FULL =
      Pattern.compile(
          "(?<y>(?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(?<m>\\d{1,2})\\s*(?:[-/.]|月)\\s*(?<d>\\d{1,2})日?"
              + TIME);

  /** A month and day without a year, optionally with a time. */
  public static final Pattern MONTH_DAY =
      Pattern.compile("(?<m>\\d{1,2})(?:月|-)(?<d>\\d{1,2})日?" + TIME);

  /** {@code 2023-10-20T22:44} from a string that is exactly a full date (and time). */
  public static Optional<String> full(String printed) {
    Matcher m = FULL.matcher(printed.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return full(m);
  }

  /** The ISO form of a {@link #FULL} match. */
  public static Optional<String> full(Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group("y")),
              Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d")));
      return Optional.of(date + time(m));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code --06-17T16:01} from a string that is exactly a month-day (and time). */
  public static Optional<String> monthDay(String printed) {
    Matcher m = MONTH_DAY.matcher(printed.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return monthDay(m);
  }

  /** The ISO form of a {@link #MONTH_DAY} match. */
  public static Optional<String> monthDay(Matcher m) {
    try {
      MonthDay md = MonthDay.of(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
      return Optional.of(md + time(m));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String time(Matcher m) {
    if (m.group("h") == null) {
      return "";
    }
    int h = Integer.parseInt(m.group("h"));
    int mi = Integer.parseInt(m.group("mi"));
    if (h > 23 || mi > 59) {
      return "";
    }
    String t = "T" + twoDigits(h) + ":" + twoDigits(mi); // String.format cost more than the match
    String s = m.group("s");
    return s == null ? t : t + ":" + s;
  }
}

package dev.dossier.analyze.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The holiday table, read once from the resource {@code holidays.tsv} (rules as data, after
 * HeidelTime). Immutable and thread-safe.
 */
final class Holidays {
    /** One holiday: how to place it in a given Gregorian year. */
    record Holiday(String calendar, String spec) {
        /** The date in Gregorian year {@code year}, or null when it does not exist that year. */
        LocalDate in(int year) {
            switch (calendar) {
                case "SOLAR": {
                    String[] md = spec.split("-");
                    return LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                }
                case "LUNAR": {
                    String[] md = spec.split("-");
                    return CalendarRules.lunarToGregorian(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                }
                case "LUNAR_EVE": {
                    // 除夕 closes lunar year Y (2023年除夕 = 2024-02-09): the day before the next 春节.
                    String[] md = spec.split("-");
                    LocalDate newYear = CalendarRules.lunarToGregorian(year + 1, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                    return newYear == null ? null : newYear.minusDays(1);
                }
                case "EASTER":
                    return CalendarRules.easter(year, Integer.parseInt(spec), false);
                case "ORTHODOX_EASTER":
                    return CalendarRules.easter(year, Integer.parseInt(spec), true);
                case "ISLAMIC": {
                    String[] md = spec.split("-");
                    return CalendarRules.islamic(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                }
                case "HEBREW": {
                    String[] md = spec.split("-");
                    return CalendarRules.hebrewEve(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
                }
                case "QINGMING":
                    return CalendarRules.qingming(year);
                case "NTH_WEEKDAY": {
                    String[] p = spec.split(",");
                    return CalendarRules.nthWeekday(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                            DayOfWeek.of(Integer.parseInt(p[2])));
                }
                default:
                    throw new IllegalStateException("unknown holiday calendar " + calendar);
            }
        }
    }

    private final Map<String, Holiday> byName;
    private final Pattern pattern;

    private Holidays(Map<String, Holiday> byName) {
        this.byName = Map.copyOf(byName);
        this.pattern = Pattern.compile(byName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    static Holidays load() {
        String resource = "holidays.tsv";
        try (InputStream in = Holidays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<String, Holiday> names = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException("bad holiday line: " + line);
                }
                Holiday holiday = new Holiday(cols[1], cols[2]);
                holiday.in(2000); // fail fast on a bad spec
                for (String name : cols[0].split("\\|")) {
                    names.put(name, holiday);
                }
            }
            return new Holidays(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** Every holiday name, the words of {@link #pattern()}. */
    java.util.Set<String> names() {
        return byName.keySet();
    }

    Holiday get(String name) {
        return byName.get(name);
    }
}

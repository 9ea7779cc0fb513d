package dev.dossier.eval.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.analyze.time.ReferenceTime;
import dev.dossier.analyze.time.TimeExpression;
import dev.dossier.analyze.time.TimeKind;
import dev.dossier.analyze.time.TimeNormalizer;
import dev.dossier.analyze.time.TimeNormalizerConfig;
import dev.dossier.analyze.time.TimeNormalizerConfig.Preference;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores {@link TimeNormalizer} on three public Chinese time sets under {@code <shared>/eval/}:
 * JioNLP's parser cases, Duckling's ZH corpus and Recognizers-Text's Chinese date specs.
 *
 * <p>Each gold answer becomes an interval. When it is exactly one calendar unit (a day, a month, a
 * week, a year, an hour...) it is a <em>point</em>: the case is correct when the system's value is
 * at least that precise and lies in that unit ("compare at the gold's grain"). Multi-unit golds are
 * <em>ranges</em>, scored separately by exact interval. Durations, recurring sets, open-ended and
 * fuzzy spans, and cases whose reference is the wall clock are out of scope and counted by reason.
 * Each set uses the tense preference its authors assume (JioNLP: same period, or future where the
 * case says so; Duckling: future; Recognizers: its "past" resolution with news preference).
 *
 * <p>Immutable and thread-safe; {@link #run} may be called repeatedly and concurrently.
 */
public final class TimeEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Figures for one data set. */
    public record SetResult(String name, int cases, int pointsInScope, int pointsCorrect, int ranges, int rangesCorrect,
                            Map<String, Integer> outOfScope, List<String> pointFailures, List<String> rangeFailures) {
        public SetResult {
            outOfScope = Map.copyOf(outOfScope);
            pointFailures = List.copyOf(pointFailures);
            rangeFailures = List.copyOf(rangeFailures);
        }

        public double pointAccuracy() {
            return pointsInScope == 0 ? 0 : (double) pointsCorrect / pointsInScope;
        }

        public double rangeAccuracy() {
            return ranges == 0 ? 0 : (double) rangesCorrect / ranges;
        }
    }

    /** One gold case: text, reference, preference and either a gold interval or a reason it is out of scope. */
    private record Case(String text, ReferenceTime reference, Preference preference, TimeInterval gold,
                        Integer goldStart, Integer goldEnd, String outOfScope, boolean rangeEndIsLastStart) {
        Case(String text, ReferenceTime reference, Preference preference, TimeInterval gold, Integer goldStart,
             Integer goldEnd, String outOfScope) {
            this(text, reference, preference, gold, goldStart, goldEnd, outOfScope, false);
        }
    }

    private final Map<Preference, TimeNormalizer> normalizers;

    /** Builds one normaliser per tense preference (each loads its rules and tables once). */
    public TimeEvaluation() {
        Map<Preference, TimeNormalizer> built = new EnumMap<>(Preference.class);
        for (Preference p : Preference.values()) {
            built.put(p, new TimeNormalizer(TimeNormalizerConfig.defaults().withPreference(p)));
        }
        this.normalizers = Map.copyOf(built);
    }

    /** Runs all sets found under {@code sharedDir/eval}, prints a table to {@code out}, returns the figures. */
    public List<SetResult> run(Path sharedDir, PrintStream out) {
        Objects.requireNonNull(sharedDir, "sharedDir");
        Objects.requireNonNull(out, "out");
        Path eval = sharedDir.resolve("eval");
        List<SetResult> results = new ArrayList<>();
        Path jio = eval.resolve("time_jionlp/time_parser_cases.jsonl");
        if (Files.exists(jio)) {
            results.add(score("time_jionlp", jionlp(jio)));
        }
        Path duckling = eval.resolve("time_duckling_zh/zh_time_corpus.jsonl");
        if (Files.exists(duckling)) {
            results.add(score("time_duckling_zh", duckling(duckling)));
        }
        Path recognizers = eval.resolve("time_recognizers_text/DateTime");
        if (Files.isDirectory(recognizers)) {
            results.add(score("time_recognizers_text", recognizers(recognizers)));
        }
        out.printf("%-22s %6s %9s %8s %9s %7s %9s%n", "set", "cases", "in scope", "correct", "accuracy", "ranges", "range acc");
        for (SetResult r : results) {
            out.printf("%-22s %6d %9d %8d %9.3f %7d %9.3f%n", r.name(), r.cases(), r.pointsInScope(), r.pointsCorrect(),
                    r.pointAccuracy(), r.ranges(), r.rangeAccuracy());
            new TreeMap<>(r.outOfScope()).forEach((reason, n) -> out.printf("    out of scope %4d  %s%n", n, reason));
        }
        return List.copyOf(results);
    }

    private TimeNormalizer normalizer(Preference preference) {
        return normalizers.get(preference);
    }

    private SetResult score(String name, List<Case> cases) {
        int inScope = 0;
        int correct = 0;
        int ranges = 0;
        int rangesCorrect = 0;
        Map<String, Integer> outOfScope = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> rangeFailures = new ArrayList<>();
        for (Case c : cases) {
            if (c.outOfScope() != null) {
                outOfScope.merge(c.outOfScope(), 1, Integer::sum);
                continue;
            }
            Optional<TimeExpression> chosen = pick(normalizer(c.preference()).find(c.text(), c.reference()), c);
            Optional<TimeInterval> system = chosen.filter(e -> e.kind() != TimeKind.DURATION)
                    .flatMap(e -> TimeInterval.ofValue(e.value(), e.grain()));
            boolean point = c.gold().grain() != null;
            boolean ok;
            if (point) {
                inScope++;
                ok = system.isPresent() && (chosen.get().kind() == TimeKind.RANGE ? system.get().sameAs(c.gold())
                        : system.get().matchesPointAtGrain(c.gold(), chosen.get().grain()));
                if (ok) {
                    correct++;
                } else {
                    failures.add(c.text() + " | ref " + c.reference() + " | gold " + c.gold().start() + " " + c.gold().grain()
                            + " | got " + chosen.map(e -> e.text() + "=" + e.value()).orElse("nothing"));
                }
            } else {
                ranges++;
                ok = system.isPresent() && system.get().sameAs(c.gold());
                if (c.rangeEndIsLastStart() && chosen.isPresent() && chosen.get().kind() == TimeKind.RANGE) {
                    // Recognizers-Text writes "1月10日到12日" as [01-10, 01-12]: its end is where the last part starts.
                    String[] ends = chosen.get().value().split("/");
                    Optional<TimeInterval> left = TimeInterval.ofValue(ends[0], chosen.get().grain());
                    Optional<TimeInterval> right = TimeInterval.ofValue(ends[1], chosen.get().grain());
                    ok = left.isPresent() && right.isPresent() && right.get().start().isAfter(left.get().start())
                            && new TimeInterval(left.get().start(), right.get().start(), null).sameAs(c.gold());
                }
                if (ok) {
                    rangesCorrect++;
                } else {
                    rangeFailures.add(c.text() + " | gold " + c.gold().start() + "/" + c.gold().end()
                            + " | got " + chosen.map(e -> e.text() + "=" + e.value()).orElse("nothing"));
                }
            }
        }
        return new SetResult(name, cases.size(), inScope, correct, ranges, rangesCorrect, outOfScope, failures, rangeFailures);
    }

    /** The expression overlapping the gold span most, or the longest when the gold has no span. */
    private static Optional<TimeExpression> pick(List<TimeExpression> found, Case c) {
        if (c.goldStart() != null) {
            return found.stream()
                    .filter(e -> e.end() > c.goldStart() && e.start() < c.goldEnd())
                    .max(Comparator.comparingInt(e -> Math.min(e.end(), c.goldEnd()) - Math.max(e.start(), c.goldStart())));
        }
        return found.stream().max(Comparator.comparingInt(e -> e.end() - e.start()));
    }

    // ------------------------------------------------------------------ JioNLP

    private static final DateTimeFormatter JIO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static List<Case> jionlp(Path file) {
        List<Case> cases = new ArrayList<>();
        for (JsonNode n : readLines(file)) {
            String text = n.get("text").asText();
            JsonNode expected = n.get("expected");
            String type = expected.path("type").asText();
            boolean future = n.path("options").path("ret_future").asBoolean(false);
            Preference preference = future ? Preference.FUTURE : Preference.SAME_PERIOD;
            ReferenceTime ref = jionlpReference(n.get("time_base"));
            String reason = null;
            TimeInterval gold = null;
            if (type.equals("time_period")) {
                reason = "recurring set (每年/每周...)";
            } else if (type.equals("time_delta")) {
                reason = "duration, not a point in time";
            } else if (ref == null) {
                reason = "reference is the wall clock (time.time())";
            } else {
                JsonNode t = expected.get("time");
                String s = t.get(0).asText();
                String e = t.get(1).asText();
                if (s.contains("inf") || e.contains("inf")) {
                    reason = "open-ended span (以前/以后/起)";
                } else {
                    LocalDateTime start = LocalDateTime.parse(s, JIO);
                    LocalDateTime end = LocalDateTime.parse(e, JIO).plusSeconds(1);
                    if (!end.isAfter(start)) {
                        end = start.plusSeconds(1);
                    }
                    gold = TimeInterval.spanning(start, end);
                    if (gold.grain() == null && expected.path("definition").asText().equals("blur")) {
                        reason = "fuzzy span (blur, not one calendar unit)";
                        gold = null;
                    }
                }
            }
            cases.add(new Case(text, ref == null ? ReferenceTime.none() : ref, preference, gold, null, null, reason));
        }
        return cases;
    }

    /** JioNLP's time_base: an ISO time, a partial [Y, M, D, h, m, s] list, a {"year": ..} dict or epoch seconds. */
    private static ReferenceTime jionlpReference(JsonNode base) {
        JsonNode iso = base.get("iso");
        if (iso != null && !iso.isNull()) {
            return ReferenceTime.of(LocalDateTime.parse(iso.asText().substring(0, 19)));
        }
        JsonNode raw = base.get("raw");
        if (raw == null || raw.isNull() || raw.isObject() && raw.has("__now__")) {
            return null;
        }
        if (raw.isNumber()) {
            return ReferenceTime.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(raw.asLong()), ZoneOffset.ofHours(8)));
        }
        Integer[] f = new Integer[6];
        if (raw.isArray()) {
            for (int i = 0; i < Math.min(6, raw.size()); i++) {
                f[i] = raw.get(i).asInt();
            }
        } else if (raw.isObject()) {
            String[] keys = {"year", "month", "day", "hour", "minute", "second"};
            for (int i = 0; i < keys.length; i++) {
                f[i] = raw.has(keys[i]) ? raw.get(keys[i]).asInt() : null;
            }
        } else {
            return null;
        }
        LocalTime time = f[3] == null ? null : LocalTime.of(f[3], f[4] == null ? 0 : f[4], f[5] == null ? 0 : f[5]);
        return new ReferenceTime(f[0], f[1], f[1] == null ? null : f[2], f[2] == null ? null : time);
    }

    // ------------------------------------------------------------------ Duckling

    private static List<Case> duckling(Path file) {
        List<Case> cases = new ArrayList<>();
        for (JsonNode n : readLines(file)) {
            ReferenceTime ref = ReferenceTime.of(LocalDateTime.parse(n.get("reference_time").asText().substring(0, 19)));
            JsonNode e = n.get("expected");
            TimeInterval gold;
            if (e.get("type").asText().equals("value")) {
                LocalDateTime start = LocalDateTime.parse(e.get("value").asText().substring(0, 19));
                gold = new TimeInterval(start, start.plus(1, unit(e.get("grain").asText())), grain(e.get("grain").asText()));
            } else if (e.hasNonNull("from") && e.hasNonNull("to")) {
                gold = new TimeInterval(LocalDateTime.parse(e.get("from").asText().substring(0, 19)),
                        LocalDateTime.parse(e.get("to").asText().substring(0, 19)), null);
            } else {
                cases.add(new Case(n.get("text").asText(), ref, Preference.FUTURE, null, null, null, "open-ended interval"));
                continue;
            }
            cases.add(new Case(n.get("text").asText(), ref, Preference.FUTURE, gold, null, null, null));
        }
        return cases;
    }

    private static java.time.temporal.ChronoUnit unit(String grain) {
        return switch (grain) {
            case "second" -> java.time.temporal.ChronoUnit.SECONDS;
            case "minute" -> java.time.temporal.ChronoUnit.MINUTES;
            case "hour" -> java.time.temporal.ChronoUnit.HOURS;
            case "day" -> java.time.temporal.ChronoUnit.DAYS;
            case "week" -> java.time.temporal.ChronoUnit.WEEKS;
            case "month" -> java.time.temporal.ChronoUnit.MONTHS;
            case "quarter" -> throw new IllegalArgumentException("quarter");
            default -> java.time.temporal.ChronoUnit.YEARS;
        };
    }

    private static dev.dossier.analyze.time.Grain grain(String grain) {
        return dev.dossier.analyze.time.Grain.valueOf(grain.toUpperCase(java.util.Locale.ROOT));
    }

    // ------------------------------------------------------------------ Recognizers-Text

    private static List<Case> recognizers(Path dir) {
        List<Case> cases = new ArrayList<>();
        for (String file : List.of("DateParser.json", "HolidayParser.json", "DatePeriodParser.json")) {
            Path path = dir.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            for (JsonNode n : readArray(path)) {
                String text = n.get("Input").asText();
                ReferenceTime ref = ReferenceTime.of(LocalDateTime.parse(n.get("Context").get("ReferenceDateTime").asText().substring(0, 19)));
                JsonNode results = n.get("Results");
                if (results == null || results.size() != 1) {
                    cases.add(new Case(text, ref, Preference.PAST, null, null, null, "not exactly one gold result"));
                    continue;
                }
                JsonNode r = results.get(0);
                JsonNode past = r.path("Value").path("PastResolution");
                int start = r.get("Start").asInt();
                int end = start + r.get("Length").asInt();
                TimeInterval gold;
                if (past.has("date")) {
                    LocalDateTime day = LocalDate.parse(past.get("date").asText()).atStartOfDay();
                    gold = new TimeInterval(day, day.plusDays(1), dev.dossier.analyze.time.Grain.DAY);
                } else if (past.has("startDate") && past.has("endDate")) {
                    gold = TimeInterval.spanning(LocalDate.parse(past.get("startDate").asText()).atStartOfDay(),
                            LocalDate.parse(past.get("endDate").asText()).atStartOfDay());
                } else {
                    cases.add(new Case(text, ref, Preference.PAST, null, null, null, "no gold resolution"));
                    continue;
                }
                cases.add(new Case(text, ref, Preference.PAST, gold, start, end, null, gold.grain() == null));
            }
        }
        return cases;
    }

    // ------------------------------------------------------------------ IO

    private static List<JsonNode> readLines(Path file) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<JsonNode> readArray(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1);
            }
            List<JsonNode> nodes = new ArrayList<>();
            JSON.readTree(content).forEach(nodes::add);
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package dev.dossier.eval.time;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the time evaluation on the shared data and holds the floors reached when it was written
 * (point accuracy: JioNLP 0.866, Duckling 0.826, Recognizers-Text 0.676; ranges: JioNLP 0.327,
 * Recognizers-Text 0.400). Skips visibly when the data is absent.
 */
class TimeEvaluationTest {

    @Test
    void reachesTheMeasuredFloors() {
        String shared = System.getProperty("dossier.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", "time_jionlp")),
                "shared evaluation data not found (system property dossier.shared=" + shared + "); time evaluation skipped");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<TimeEvaluation.SetResult> results = new TimeEvaluation().run(Path.of(shared),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        Map<String, TimeEvaluation.SetResult> byName = results.stream()
                .collect(Collectors.toMap(TimeEvaluation.SetResult::name, Function.identity()));
        String table = buffer.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("time_jionlp", "time_duckling_zh", "out of scope");
        TimeEvaluation.SetResult jio = byName.get("time_jionlp");
        TimeEvaluation.SetResult duckling = byName.get("time_duckling_zh");
        TimeEvaluation.SetResult recognizers = byName.get("time_recognizers_text");
        assertThat(jio.cases()).isEqualTo(427);
        assertThat(duckling.cases()).isEqualTo(627);
        assertThat(jio.pointAccuracy()).as(table + jio.pointFailures()).isGreaterThanOrEqualTo(0.86);
        assertThat(duckling.pointAccuracy()).as(table + duckling.pointFailures()).isGreaterThanOrEqualTo(0.82);
        assertThat(jio.rangeAccuracy()).as(table + jio.rangeFailures()).isGreaterThanOrEqualTo(0.32);
        assertThat(recognizers.rangeAccuracy()).as(table + recognizers.rangeFailures()).isGreaterThanOrEqualTo(0.40);
        assertThat(jio.outOfScope()).containsKeys("recurring set (每年/每周...)", "duration, not a point in time");
        assertThat(recognizers.pointAccuracy()).as(table + recognizers.pointFailures()).isGreaterThanOrEqualTo(0.67);
    }
}

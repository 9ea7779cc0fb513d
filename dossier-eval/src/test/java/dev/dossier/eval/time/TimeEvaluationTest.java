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

/** Runs the time evaluation on the shared data and holds the figures reached (see docs in TimeEvaluation). */
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
        assertThat(jio.pointAccuracy()).as(table + jio.pointFailures()).isGreaterThanOrEqualTo(0.85);
        assertThat(duckling.pointAccuracy()).as(table + duckling.pointFailures()).isGreaterThanOrEqualTo(0.75);
        assertThat(recognizers.pointAccuracy()).as(table + recognizers.pointFailures()).isGreaterThanOrEqualTo(0.60);
    }
}

package dev.dossier.eval;

import com.hankcs.hanlp.HanLP;
import dev.dossier.clean.script.ScriptConversionStage;
import dev.dossier.eval.ner.NerEvaluation;
import dev.dossier.eval.t2s.T2sEvaluation;
import dev.dossier.eval.time.TimeEvaluation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every quality evaluation on the public data in {@code <shared>/eval/}, as run by {@code dossier
 * eval}. Each task prints its own figures (ours and the reference baseline in the same run).
 */
public final class Evaluations {
  /** The tasks, in the order they run. */
  public static final List<String> TASKS = List.of("ner", "time", "t2s");

  private Evaluations() {}

  /**
   * Runs the named tasks (any of {@link #TASKS}) and prints their figures.
   *
   * @throws IllegalArgumentException for an unknown task or a missing {@code sharedDir/eval}
   */
  public static void run(Path sharedDir, List<String> tasks, PrintStream out) {
    if (!Files.isDirectory(sharedDir.resolve("eval"))) {
      throw new IllegalArgumentException("no evaluation data: " + sharedDir.resolve("eval"));
    }
    for (String task : tasks) {
      switch (task) {
        case "time" -> new TimeEvaluation().run(sharedDir, out);
        case "t2s" -> new T2sEvaluation(
                java.util.Map.<String, java.util.function.UnaryOperator<String>>of(
                    "dossier", ScriptConversionStage::toSimplified,
                    "raw HanLP (reference)", HanLP::convertToSimplifiedChinese))
            .run(sharedDir, out);
        case "ner" -> new NerEvaluation().run(sharedDir, out);
        default -> throw new IllegalArgumentException(
            "unknown evaluation task '" + task + "' (known: " + String.join(", ", TASKS) + ")");
      }
    }
  }
}

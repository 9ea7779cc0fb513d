package dev.dossier.cli;

import dev.dossier.eval.Evaluations;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier eval}: quality figures on the public evaluation data, ours beside the baselines. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Prints quality figures (precision, recall, F1, accuracy) on the public evaluation data.",
      "Each task runs on SHARED/eval with its reference baseline (raw HanLP ...) in the same run. See docs/quality.md."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "Folder holding eval/ (default: ../shared beside the repository).")
  Path shared;

  @Parameters(arity = "0..*", paramLabel = "TASK", description = "Tasks to run: ner, time, t2s (default: all).")
  List<String> tasks;

  @Override
  public Integer call() {
    Path dir = shared == null ? Home.shared() : shared;
    List<String> run = tasks == null || tasks.isEmpty() ? Evaluations.TASKS : tasks;
    for (String t : run) {
      if (!Evaluations.TASKS.contains(t)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "Unknown task '" + t + "' (known: " + String.join(", ", Evaluations.TASKS) + ")");
      }
    }
    if (!dir.resolve("eval").toFile().isDirectory()) {
      throw new CliException(CliException.FILES_FAILED, "no evaluation data in " + dir.resolve("eval") + " (use --shared DIR)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintStream ps = new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8);
    Evaluations.run(dir, run, ps);
    ps.flush();
    out.flush();
    return 0;
  }

  /** Bytes written by the evaluations, passed on to picocli's writer as UTF-8 text. */
  private static final class WriterOutputStream extends java.io.OutputStream {
    private final PrintWriter out;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public void flush() {
      out.write(line.toString(StandardCharsets.UTF_8));
      out.flush();
      line.reset();
    }
  }
}

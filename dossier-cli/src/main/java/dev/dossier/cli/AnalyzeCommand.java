package dev.dossier.cli;

import dev.dossier.analyze.AnalysisConfig;
import dev.dossier.analyze.DossierPipeline;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.json.ArticleJson;
import dev.dossier.model.Article;
import dev.dossier.pipeline.RejectedInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code dossier analyze PATH...}: one JSON object per article, files in parallel, in order. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Cleans and analyses news reports: prints one JSON object per article (JSON Lines, see docs/schema.md).",
      "Errors go to stderr, one line per bad file; the other files are still processed.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was read", "1:some files failed (the others were output)", "2:bad usage"})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders (folders are read recursively, in sorted order).")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the JSON Lines to FILE instead of stdout (written beside it first and moved into place at the end, so FILE is never left half-written).")
  Path out;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Decode every file with CHARSET (e.g. GB18030, Big5, UTF-16LE) instead of detecting the encoding from the bytes.")
  String encoding;

  @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "32M", converter = Sizes.class,
      description = "Largest file read, in bytes or with a K, M or G suffix (default: ${DEFAULT-VALUE}). A larger file fails without being read.")
  long maxInputSize;

  @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + CleaningConfig.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Longest clean article kept, in characters (default: ${DEFAULT-VALUE}); a longer one is cut with a TRUNCATED warning.")
  int maxArticleChars;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files processed in parallel (default: the number of processors). Output stays in input order.")
  Integer threads;

  @Option(names = "--clean-only", description = "Only clean: leave the analysis fields (entities, times, ...) empty. Faster.")
  boolean cleanOnly;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, plain lines when stderr is piped), bar, plain or none (default: ${DEFAULT-VALUE}).")
  String progress;

  /** The outcome of one file. */
  private record Outcome(Path path, List<String> lines, String problem) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    CleaningConfig cleaning = new CleaningConfig(charset(), positive(maxArticleChars, "--max-article-chars"));
    Progress.Mode mode = progressMode();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : positive(threads, "--threads");
    DossierPipeline pipeline =
        cleanOnly ? DossierPipeline.cleaningOnly(cleaning) : DossierPipeline.full(cleaning, AnalysisConfig.defaults());
    ArticleJson json = new ArticleJson();
    List<Inputs.Input> inputs = Inputs.collect(paths);
    Progress bar = new Progress(mode, err, inputs.size());

    Path temp = null;
    Writer sink;
    if (out != null) {
      Path dir = out.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + out.getFileName(), ".part");
      sink = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    } else {
      sink = new BufferedWriter(spec.commandLine().getOut());
    }
    int files = 0;
    int articles = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "dossier-analyze");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        // A bounded window of files in flight keeps memory flat on large corpora.
        while (next < inputs.size() && window.size() < n * 4) {
          Inputs.Input input = inputs.get(next++);
          window.add(pool.submit(() -> process(input, pipeline, json)));
        }
        Outcome o = get(window.removeFirst());
        files++;
        if (o.problem() != null) {
          reasons.merge(reason(o.problem()), 1, Integer::sum);
          bar.message("dossier: " + o.path() + ": " + o.problem());
        } else {
          for (String line : o.lines()) {
            sink.write(line);
            sink.write('\n');
          }
          articles += o.lines().size();
        }
        bar.update(files, articles, reasons.values().stream().mapToInt(Integer::intValue).sum());
      }
      sink.flush();
      if (temp != null) {
        sink.close();
        move(temp, out);
        temp = null;
      }
    } finally {
      pool.shutdownNow();
      if (temp != null) {
        sink.close();
        Files.deleteIfExists(temp);
      }
    }
    bar.finish();
    int failed = reasons.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder summary =
        new StringBuilder(String.format(Locale.ROOT, "dossier: read %d files, %d articles, %d failed", files - failed, articles, failed));
    if (failed > 0) {
      List<String> parts = new ArrayList<>();
      reasons.forEach((r, c) -> parts.add(c + " " + r));
      summary.append(" (").append(String.join(", ", parts)).append(')');
    }
    err.println(summary);
    err.flush();
    return failed == 0 ? 0 : CliException.FILES_FAILED;
  }

  private Outcome process(Inputs.Input input, DossierPipeline pipeline, ArticleJson json) {
    Path p = input.path();
    if (input.failed()) {
      return new Outcome(p, List.of(), input.problem());
    }
    try {
      long size = Files.size(p);
      if (size > maxInputSize) {
        return new Outcome(p, List.of(), String.format(Locale.ROOT, "too large (%s > %s limit)", Sizes.human(size), Sizes.human(maxInputSize)));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readNBytes((int) Math.min(maxInputSize + 1, Integer.MAX_VALUE - 16));
      }
      if (bytes.length > maxInputSize) {
        return new Outcome(p, List.of(), "too large (more than " + Sizes.human(maxInputSize) + " limit)");
      }
      List<String> lines = new ArrayList<>();
      for (Article a : pipeline.process(p.toString(), bytes)) {
        lines.add(json.write(a));
      }
      return new Outcome(p, lines, null);
    } catch (RejectedInputException e) {
      return new Outcome(p, List.of(), e.getMessage());
    } catch (IOException e) {
      return new Outcome(p, List.of(), "unreadable: " + Inputs.describe(e));
    } catch (UncheckedIOException e) {
      return new Outcome(p, List.of(), "unreadable: " + Inputs.describe(e.getCause()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(p, List.of(), "internal error: " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /** The kind of problem, for the summary: the message up to its first parenthesis or colon. */
  private static String reason(String problem) {
    String r = problem.split("[(:]", 2)[0].strip();
    return r.isEmpty() ? problem : r;
  }

  private static Outcome get(Future<Outcome> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("unexpected failure", c);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Unknown --encoding '" + encoding + "'");
    }
  }

  private Progress.Mode progressMode() {
    try {
      return Progress.Mode.valueOf(progress.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--progress must be auto, bar, plain or none, not '" + progress + "'");
    }
  }

  private int positive(int value, String option) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(), option + " must be at least 1, was " + value);
    }
    return value;
  }
}

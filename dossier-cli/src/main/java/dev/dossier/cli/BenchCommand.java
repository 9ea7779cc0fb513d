package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.dossier.analyze.AnalysisConfig;
import dev.dossier.analyze.DossierPipeline;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.CleaningPipeline;
import dev.dossier.hanlp.HanLpRuntime;
import dev.dossier.model.Article;
import dev.dossier.pipeline.ArticleAssembler;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Stage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench}: throughput of the cleaning chain and of the whole single-article
 * pipeline over a corpus, on 1 and 2 threads, with HanLP's raw segmentation rate on the same
 * texts as the reference. In-process, after a warm-up (whole passes for two seconds); peak heap
 * is the sum of the heap pools' peak usage (MemoryPoolMXBean), reset before each run. Rates are
 * given by wall time and per CPU second of the worker threads (see {@link #parallel}).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the speed of the cleaning chain and the whole pipeline against raw HanLP segmentation.",
      "Prints articles/s, MB/s (by wall time, and per CPU second of the worker threads) and peak heap on 1 and 2 threads, as plain lines for docs/benchmarks.md."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--seeds", paramLabel = "DIR", description = "Folder of sample reports (default: samples/ of the repository).")
  Path seeds;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "100", description = "Times the samples are repeated (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "JSON Lines corpus with a content_text field (default: ../shared/eval/news_xinwenlianbo/articles.jsonl when present).")
  Path jsonl;

  @Option(names = "--pipeline", paramLabel = "WHICH", defaultValue = "both", description = "clean, full or both (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--threads", paramLabel = "N,N", split = ",", defaultValue = "1,2", description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--stages",
      description = "Also time the full pipeline stage by stage on one thread: per stage the time per pass, its share of the "
          + "pipeline, and its cost in units of raw segmentation time of the same texts (the speed target is a sum of at most 4: the pipeline at a quarter of raw segmentation).")
  boolean stages;

  private record Doc(String path, byte[] bytes) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Each measurement repeats whole passes over its corpus for at least this long. */
  private static final int MIN_SECONDS = 3;
  /** Warm-up: whole passes for at least this long (and one pass at least). */
  private static final int WARM_UP_SECONDS = 2;
  /** Warm-up ends at the latest after this long, settled or not. */
  private static final int WARM_UP_MAX_SECONDS = 20;
  /** The JIT has settled when it compiled for less than this share of a pass's wall time. */
  private static final double SETTLED_COMPILE_SHARE = 0.02;

  /** Labels of the two references, of one width so that their lines align. */
  private static final String RAW = "raw HanLP segmentation ";
  private static final String BARE = "bare HanLP segmentation";

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  /**
   * Runs {@code pass} for at least {@link #WARM_UP_SECONDS} and then until the JIT has settled: a
   * whole pass during which the compiler threads worked for less than {@link
   * #SETTLED_COMPILE_SHARE} of its wall time (at most {@link #WARM_UP_MAX_SECONDS}). A fixed warm-up
   * was not enough for the full pipeline on two cores: after it, a C2 compiler thread still took
   * more than half a core, and the two-thread run timed code that was still being compiled with
   * one core left for its two workers.
   */
  private static void warmUp(Callable<?> pass) throws Exception {
    long t0 = System.nanoTime();
    boolean timed = JIT != null && JIT.isCompilationTimeMonitoringSupported();
    while (true) {
      long c0 = timed ? JIT.getTotalCompilationTime() : 0;
      long p0 = System.nanoTime();
      pass.call();
      long wall = System.nanoTime() - p0;
      long compileMillis = timed ? JIT.getTotalCompilationTime() - c0 : 0;
      long elapsed = System.nanoTime() - t0;
      if (elapsed >= WARM_UP_MAX_SECONDS * 1_000_000_000L) {
        return;
      }
      if (elapsed >= WARM_UP_SECONDS * 1_000_000_000L && compileMillis * 1e6 < SETTLED_COMPILE_SHARE * wall) {
        return;
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> pipelines = switch (pipeline) {
      case "clean" -> List.of("clean");
      case "full" -> List.of("full");
      case "both" -> List.of("clean", "full");
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pipeline must be clean, full or both");
    };
    List<List<Doc>> corpora = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Path seedDir = seeds == null ? Home.dir().resolve("samples") : seeds;
    if (!Files.isDirectory(seedDir)) {
      throw new CliException(CliException.USAGE, seedDir + ": not a folder of sample reports (--seeds)");
    }
    corpora.add(seeds(seedDir, repeat));
    names.add("samples x" + repeat);
    Path corpus = jsonl != null ? jsonl : Home.shared().resolve("eval/news_xinwenlianbo/articles.jsonl");
    if (Files.isRegularFile(corpus)) {
      corpora.add(jsonl(corpus));
      names.add(corpus.getFileName().toString());
    } else if (jsonl != null) {
      throw new CliException(CliException.FILES_FAILED, jsonl + ": not found");
    }
    out.printf(Locale.ROOT, "dossier bench: Java %s, %d processors, max heap %d MB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    CleaningConfig config = CleaningConfig.defaults();
    DossierPipeline clean = DossierPipeline.cleaningOnly(config);
    DossierPipeline full = DossierPipeline.full(config, AnalysisConfig.defaults());
    for (int c = 0; c < corpora.size(); c++) {
      List<Doc> docs = corpora.get(c);
      long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
      out.printf(Locale.ROOT, "%ncorpus %s: %d files, %.1f MB%n", names.get(c), docs.size(), bytes / 1e6);
      List<String> texts = new ArrayList<>();
      for (Doc d : docs) {
        try {
          clean.process(d.path(), d.bytes()).forEach(a -> texts.add(a.text()));
        } catch (RuntimeException e) {
          // rejected inputs count as files, not articles
        }
      }
      double[] rawRate = new double[threads.size()];
      double[] bareRate = new double[threads.size()];
      for (int t = 0; t < threads.size(); t++) {
        rawRate[t] = raw(out, RAW, rawSegment(), texts, threads.get(t));
        bareRate[t] = raw(out, BARE, bareSegment(), texts, threads.get(t));
      }
      if (stages) {
        int one = threads.indexOf(1);
        stages(out, full, docs, one >= 0 ? rawRate[one] : raw(out, RAW, rawSegment(), texts, 1));
      }
      for (String which : pipelines) {
        for (int t = 0; t < threads.size(); t++) {
          double rate = run(out, which, which.equals("clean") ? clean : full, docs, bytes, threads.get(t));
          if (which.equals("full")) {
            out.printf(Locale.ROOT, "  full pipeline / raw segmentation (%d thread%s): %.3f (target 0.25); / bare segmentation: %.3f%n",
                threads.get(t), threads.get(t) == 1 ? "" : "s", rate / rawRate[t], rate / bareRate[t]);
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  /** Runs the pipeline over the corpus; returns clean characters per second. */
  private double run(PrintWriter out, String name, DossierPipeline p, List<Doc> docs, long bytes, int threads) throws Exception {
    AtomicLong articles = new AtomicLong(); // a file may hold several articles, or none
    ToLongFunction<Doc> work = d -> {
      try {
        long chars = 0;
        List<Article> parts = p.process(d.path(), d.bytes());
        for (Article a : parts) {
          chars += a.text().length();
        }
        articles.addAndGet(parts.size());
        return chars;
      } catch (RuntimeException e) {
        return 0;
      }
    };
    warmUp(() -> parallel(docs, threads, work));
    resetPeaks();
    articles.set(0);
    long t0 = System.nanoTime();
    long chars = 0;
    long cpuNanos = 0;
    int passes = 0;
    do { // whole passes until at least MIN_SECONDS have gone by, so short corpora measure steadily
      long[] r = parallel(docs, threads, work);
      chars += r[0];
      cpuNanos += r[2];
      passes++;
    } while (System.nanoTime() - t0 < MIN_SECONDS * 1_000_000_000L);
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuNanos / 1e9;
    out.printf(Locale.ROOT,
        "  %-5s %d thread%s: %d files x %d passes, %d articles in %.2f s: %.0f articles/s, %.1f MB/s, %.2f M chars/s, peak heap %d MB;"
            + " %.1f MB per CPU second (CPU/wall %.2f)%n",
        name, threads, threads == 1 ? " " : "s", docs.size(), passes, articles.get(), s, articles.get() / s,
        bytes * passes / 1e6 / s, chars / 1e6 / s, peakHeap() >> 20, bytes * passes / 1e6 / cpu, cpu / s);
    out.flush();
    return chars / s;
  }

  /**
   * Runs the full pipeline over the corpus on this thread, one stage at a time per document
   * (the same loop as {@link dev.dossier.pipeline.Pipeline#run}, with a clock read around each
   * stage), plus the assembly into articles; prints each stage's time per pass, its share, and its
   * cost: its time over that of raw segmentation of the same clean characters at {@code rawRate}
   * (chars/s, measured alone in this run, as the throughput ratio is). Not raw segmentation
   * interleaved with the stages: right after a pipeline pass it runs two to six times slower (its
   * dictionaries out of the caches, the pipeline's garbage collected), which would flatter the
   * stages. A clock read costs some tens of nanoseconds, far below any stage. Warms up first (see {@link
   * #warmUp}).
   */
  private void stages(PrintWriter out, DossierPipeline p, List<Doc> docs, double rawRate) {
    List<Stage> chain = p.pipeline().stages();
    long[] nanos = new long[chain.size() + 1];
    long[] cpuNanos = new long[chain.size() + 1];
    long[] chars = {0};
    Map<String, Integer> failures = new TreeMap<>();
    Runnable pass = () -> {
      for (Doc d : docs) {
        List<Document> current = List.of(CleaningPipeline.input(d.path(), d.bytes()));
        try {
          for (int i = 0; i < chain.size(); i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Document> next = new ArrayList<>(current.size());
            for (Document doc : current) {
              next.addAll(chain.get(i).apply(doc));
            }
            nanos[i] += System.nanoTime() - t0;
            cpuNanos[i] += THREADS.getCurrentThreadCpuTime() - c0;
            current = next;
          }
        } catch (RuntimeException e) {
          // a rejected input: its time so far counts, like in the throughput runs
          failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
          continue;
        }
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<String> texts = new ArrayList<>(current.size());
        for (Document doc : current) {
          texts.add(ArticleAssembler.assemble(doc).text());
        }
        nanos[chain.size()] += System.nanoTime() - t0;
        cpuNanos[chain.size()] += THREADS.getCurrentThreadCpuTime() - c0;
        for (String text : texts) {
          chars[0] += text.length();
        }
      }
    };
    try {
      warmUp(() -> {
        pass.run();
        return null;
      });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    Arrays.fill(nanos, 0);
    Arrays.fill(cpuNanos, 0);
    chars[0] = 0;
    failures.clear();
    long t0 = System.nanoTime();
    int passes = 0;
    do {
      pass.run();
      passes++;
    } while (System.nanoTime() - t0 < MIN_SECONDS * 1_000_000_000L);
    long total = Arrays.stream(nanos).sum();
    double rawSeconds = chars[0] / rawRate;
    out.printf(Locale.ROOT, "  stages, 1 thread, %d passes, %.2f M clean chars/pass (cost: stage time / time of raw segmentation"
        + " of the same chars at %.2f M chars/s, the 1-thread rate above):%n",
        passes, chars[0] / 1e6 / passes, rawRate / 1e6);
    for (int i = 0; i <= chain.size(); i++) {
      String name = i < chain.size() ? chain.get(i).name() : "ArticleAssembler";
      out.printf(Locale.ROOT, "    %-24s %8.1f ms/pass %5.1f %%  cost %5.2f  cpu %8.1f ms/pass%n",
          name, nanos[i] / 1e6 / passes, 100.0 * nanos[i] / total, nanos[i] / 1e9 / rawSeconds, cpuNanos[i] / 1e6 / passes);
    }
    out.printf(Locale.ROOT, "    %-24s %8.1f ms/pass 100.0 %%  cost %5.2f  cpu %8.1f ms/pass (full/raw %.3f)%n",
        "total", total / 1e6 / passes, total / 1e9 / rawSeconds, Arrays.stream(cpuNanos).sum() / 1e6 / passes,
        rawSeconds / (total / 1e9));
    failures.forEach((message, n) -> out.printf(Locale.ROOT, "    failed %d times: %s%n", n, message));
    out.flush();
  }

  /** HanLP segmentation of the clean texts with {@code segment}; returns characters per second. */
  private double raw(PrintWriter out, String label, Segment segment, List<String> texts, int threads) throws Exception {
    ToLongFunction<String> work = t -> {
      segment.seg(t);
      return t.length();
    };
    warmUp(() -> parallel(texts, threads, work));
    long t0 = System.nanoTime();
    long chars = 0;
    int passes = 0;
    do {
      chars += parallel(texts, threads, work)[0];
      passes++;
    } while (System.nanoTime() - t0 < MIN_SECONDS * 1_000_000_000L);
    double s = (System.nanoTime() - t0) / 1e9;
    long utf8 = texts.stream().mapToLong(x -> x.getBytes(StandardCharsets.UTF_8).length).sum() * passes;
    out.printf(Locale.ROOT, "  %s %d thread%s: %d texts x %d passes in %.2f s: %.2f M chars/s, %.1f MB/s%n",
        label, threads, threads == 1 ? " " : "s", texts.size(), passes, s, chars / 1e6 / s, utf8 / 1e6 / s);
    long[] r = {chars};
    out.flush();
    return r[0] / s;
  }

  /**
   * The reference: raw HanLP segmentation as {@code HanLP.segment(text)} does it, HanLP's
   * default segmenter with its default configuration (Viterbi on the core dictionary, the custom
   * dictionary, Chinese and transliterated person names; place, organisation and Japanese names
   * off). This is what the issue measured at about 2 M chars/s per core, and the segmentation the
   * pipeline's TokenStage runs (plus offsets).
   */
  private static Segment rawSegment() {
    HanLpRuntime.ensureConfigured();
    return HanLP.newSegment();
  }

  /** A stricter second reference: the default segmenter with every recogniser off. */
  private static Segment bareSegment() {
    HanLpRuntime.ensureConfigured();
    return HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false);
  }

  /**
   * Applies {@code work} to every item on {@code threads} threads: {sum of results, items, CPU
   * nanoseconds of the worker threads}. The CPU time is what "MB/s on one core" means on a machine
   * shared with other jobs, where wall time also counts the time the threads waited for a core.
   */
  private static <T> long[] parallel(List<T> items, int threads, ToLongFunction<T> work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong sum = new AtomicLong();
    AtomicLong count = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
            long r = work.applyAsLong(items.get(i));
            sum.addAndGet(r);
            count.incrementAndGet();
          }
          cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new long[] {sum.get(), count.get(), cpu.get()};
  }

  private static List<Doc> seeds(Path dir, int repeat) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<Doc> one = new ArrayList<>();
    for (Path f : files) {
      one.add(new Doc(f.toString(), Files.readAllBytes(f)));
    }
    List<Doc> out = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      out.addAll(one);
    }
    return out;
  }

  private static List<Doc> jsonl(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        String text = node.path("content_text").asText("");
        out.add(new Doc(file + "#" + (n++) + ".txt", text.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}

package dev.dossier.eval.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import dev.dossier.analyze.entity.EntityRecognizer;
import dev.dossier.analyze.token.Token;
import dev.dossier.analyze.token.Tokenizer;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.CleaningPipeline;
import dev.dossier.hanlp.HanLpRuntime;
import dev.dossier.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The cost of the token and entity stages together (one shared segmentation, then the entity
 * rules), against one raw HanLP segmentation (no recognisers) of the same texts in the same run:
 * the clean texts of the seeds and the news transcripts. Single thread; the two are measured in
 * alternating rounds of at least a second each, so that load from other processes on the
 * machine falls on both.
 */
public final class EntityCost {
  private static final long ROUND_NANOS = 1_000_000_000L;

  /** Raw and token+entity characters per second, and their ratio (raw / ours: the cost factor). */
  public record Figures(int texts, long chars, double rawCharsPerSecond, double oursCharsPerSecond) {
    public double costFactor() {
      return rawCharsPerSecond / oursCharsPerSecond;
    }
  }

  /** Measures over {@code sharedDir}'s seeds and news transcripts; prints one line. */
  public Figures run(Path sharedDir, int rounds, PrintStream out) {
    List<String> texts = texts(sharedDir);
    HanLpRuntime.ensureConfigured();
    Segment raw = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false);
    Tokenizer tokenizer = new Tokenizer();
    EntityRecognizer recognizer = new EntityRecognizer(tokenizer);
    ToLongFunction<String> rawWork = t -> raw.seg(t).size();
    ToLongFunction<String> oursWork = t -> {
      List<Token> tokens = tokenizer.tokenize(t);
      return tokens.size() + recognizer.mentions(t, tokens).size();
    };
    long chars = texts.stream().mapToLong(String::length).sum();
    pass(texts, rawWork);
    pass(texts, oursWork); // warm-up
    long[] rawTime = new long[2];
    long[] oursTime = new long[2];
    for (int r = 0; r < rounds; r++) {
      round(texts, rawWork, rawTime);
      round(texts, oursWork, oursTime);
    }
    Figures f = new Figures(texts.size(), chars, chars * rawTime[1] / (rawTime[0] / 1e9),
        chars * oursTime[1] / (oursTime[0] / 1e9));
    out.printf(Locale.ROOT,
        "ner speed: %d texts, %.2f M chars; raw HanLP segmentation %.2f M chars/s, tokens + entities %.2f M chars/s:"
            + " %.2fx the cost of one raw segmentation%n",
        f.texts(), chars / 1e6, f.rawCharsPerSecond() / 1e6, f.oursCharsPerSecond() / 1e6, f.costFactor());
    return f;
  }

  private static void round(List<String> texts, ToLongFunction<String> work, long[] time) {
    long t0 = System.nanoTime();
    do {
      pass(texts, work);
      time[1]++;
    } while (System.nanoTime() - t0 < ROUND_NANOS);
    time[0] += System.nanoTime() - t0;
  }

  private static long pass(List<String> texts, ToLongFunction<String> work) {
    long sum = 0;
    for (String t : texts) {
      sum += work.applyAsLong(t);
    }
    return sum;
  }

  private static List<String> texts(Path sharedDir) {
    List<String> out = new ArrayList<>();
    CleaningPipeline cleaning = new CleaningPipeline(CleaningConfig.defaults());
    Path seeds = sharedDir.resolve("seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          for (Article a : cleaning.clean(p.toString(), Files.readAllBytes(p))) {
            out.add(a.text());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + seeds, e);
      }
    }
    Path news = sharedDir.resolve("eval/news_xinwenlianbo/articles.jsonl");
    if (Files.isRegularFile(news)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(news, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            out.add(json.readTree(line).path("content_text").asText());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + news, e);
      }
    }
    return out;
  }
}

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
 * the clean texts of the seeds and the news transcripts. Single thread; passes over all texts
 * alternate between the two, and each side's fastest pass counts (on a shared machine the
 * fastest pass is the one least disturbed by other processes; the mean of all passes is printed
 * too).
 */
public final class EntityCost {
  /** Raw and token+entity characters per second, and their ratio (raw / ours: the cost factor). */
  public record Figures(int texts, long chars, double rawCharsPerSecond, double oursCharsPerSecond) {
    public double costFactor() {
      return rawCharsPerSecond / oursCharsPerSecond;
    }
  }

  /** Measures {@code passes} alternating passes over {@code sharedDir}'s seeds and news transcripts; prints one line. */
  public Figures run(Path sharedDir, int passes, PrintStream out) {
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
    long rawBest = Long.MAX_VALUE;
    long oursBest = Long.MAX_VALUE;
    long rawSum = 0;
    long oursSum = 0;
    for (int r = 0; r < passes; r++) {
      long t0 = System.nanoTime();
      pass(texts, rawWork);
      long t1 = System.nanoTime();
      pass(texts, oursWork);
      long t2 = System.nanoTime();
      rawBest = Math.min(rawBest, t1 - t0);
      oursBest = Math.min(oursBest, t2 - t1);
      rawSum += t1 - t0;
      oursSum += t2 - t1;
    }
    Figures f = new Figures(texts.size(), chars, chars / (rawBest / 1e9), chars / (oursBest / 1e9));
    out.printf(Locale.ROOT,
        "ner speed: %d texts, %.2f M chars, best of %d passes: bare HanLP segmentation (recognisers off) %.2f M chars/s, tokens +"
            + " entities %.2f M chars/s: %.2fx the cost of one bare segmentation (mean of the passes %.2fx)%n",
        f.texts(), chars / 1e6, passes, f.rawCharsPerSecond() / 1e6, f.oursCharsPerSecond() / 1e6, f.costFactor(),
        (double) oursSum / rawSum);
    return f;
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

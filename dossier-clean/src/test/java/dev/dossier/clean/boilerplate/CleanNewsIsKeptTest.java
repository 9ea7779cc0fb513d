package dev.dossier.clean.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.summary.ProvidedSummaryStage;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Must-not-remove check on real, already clean news text: the CCTV 新闻联播 transcripts of
 * {@code shared/eval/news_xinwenlianbo} (body text only, no page furniture). The boilerplate
 * rules must leave almost all of it alone and no provided summary may be found in it.
 */
class CleanNewsIsKeptTest {
  private final BoilerplateStage boilerplate = new BoilerplateStage(CleaningConfig.defaults());
  private final ProvidedSummaryStage summary = new ProvidedSummaryStage(CleaningConfig.defaults());

  @Test
  void cctvTranscriptsKeepTheirText() throws IOException {
    String shared = System.getProperty("dossier.shared");
    assumeTrue(shared != null, "system property dossier.shared is not set; skipping evaluation-data test");
    Path file = Path.of(shared, "eval", "news_xinwenlianbo", "articles.jsonl");
    assumeTrue(Files.isRegularFile(file), "no evaluation data at " + file + "; skipping");

    ObjectMapper json = new ObjectMapper();
    long total = 0;
    long removed = 0;
    int articles = 0;
    List<String> touched = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode article = json.readTree(line);
        String text = article.path("title").asText() + "\n" + article.path("content_text").asText();
        Document d = summary.map(boilerplate.map(SeedSamples.document(text)));
        int left = d.get(Keys.TEXT).length();
        articles++;
        total += text.length();
        removed += text.length() - left;
        if (left < text.length()) {
          touched.add(article.path("id").asText() + ": " + d.warnings());
        }
        d.find(Keys.PROVIDED_SUMMARY).ifPresent(s -> summaries.add(article.path("id").asText() + ": " + s));
      }
    }
    assertThat(articles).isGreaterThan(1000);
    assertThat(summaries).isEmpty();
    assertThat(removed * 1000).as("removed %d of %d chars: %s", removed, total, touched).isLessThan(total * 2);
    assertThat(touched.size() * 100).as("articles touched: %s", touched).isLessThan(articles * 2);
  }
}

package dev.dossier.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.analyze.AnalysisConfig;
import dev.dossier.analyze.DossierPipeline;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.Samples;
import dev.dossier.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
  private static final DossierPipeline PIPELINE =
      DossierPipeline.full(CleaningConfig.defaults(), AnalysisConfig.defaults());
  private final ArticleJson json = new ArticleJson();

  private static Article sample(String prefix, int part) {
    return PIPELINE.process(Samples.path(prefix).toString(), Samples.bytes(prefix)).get(part);
  }

  @Test
  void fieldsAreSnakeCaseEnumsAreCodesAndNullsStay() throws Exception {
    Article a = sample("003", 0);
    String line = json.write(a);
    assertThat(line).doesNotContain("\n");
    JsonNode n = new ObjectMapper().readTree(line);
    assertThat(n.get("original_script").asText()).isEqualTo("Hant");
    assertThat(n.get("language").asText()).isEqualTo("zh");
    assertThat(n.get("published_inferred").isBoolean()).isTrue();
    assertThat(n.has("title")).isTrue();
    assertThat(n.get("title").isNull()).isTrue();
    assertThat(n.get("provided_summary").isNull()).isTrue();
    assertThat(n.get("paragraphs").get(0).get("language").asText()).isEqualTo("zh");
    assertThat(n.get("source_map").get(0).has("source_start")).isTrue();
    assertThat(n.get("warnings")).anySatisfy(w -> assertThat(w.get("code").asText()).isEqualTo("SCRIPT_CONVERTED"));
    for (String field :
        List.of("id", "source_path", "part", "title", "outlet", "author", "published", "published_inferred",
            "dateline", "language", "original_script", "text", "paragraphs", "captions", "provided_summary",
            "source_tags", "tags", "entities", "times", "figures", "quotes", "events", "summary", "checks",
            "warnings", "source_map")) {
      assertThat(n.has(field)).as(field).isTrue();
    }
    JsonNode time = n.get("times").get(0);
    assertThat(time.get("kind").asText()).isIn("date", "range", "duration");
    assertThat(time.get("sentence").has("start")).isTrue();
    JsonNode figure = n.get("figures").get(0);
    assertThat(figure.get("qualifier").asText()).isIn("exact", "over", "under", "about");
  }

  @Test
  void everySampleArticleRoundTrips() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : PIPELINE.process(Samples.path(prefix).toString(), Samples.bytes(prefix))) {
        assertThat(json.read(json.write(a))).as(prefix).isEqualTo(a);
      }
    }
  }

  @Test
  void checksWriteTheirVerdictAsACode() throws Exception {
    JsonNode n = new ObjectMapper().readTree(json.write(sample("001", 0)));
    assertThat(n.get("checks")).anySatisfy(c -> assertThat(c.get("verdict").asText()).isEqualTo("contradicted"));
  }
}

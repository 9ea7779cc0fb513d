package dev.dossier.clean.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.boilerplate.BoilerplateStage;
import dev.dossier.clean.boilerplate.SeedSamples;
import dev.dossier.model.Span;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidedSummaryStageTest {
  private final BoilerplateStage boilerplate = new BoilerplateStage(CleaningConfig.defaults());
  private final ProvidedSummaryStage stage = new ProvidedSummaryStage(CleaningConfig.defaults());

  private Document run(String sample) {
    return stage.map(boilerplate.map(SeedSamples.sample(sample)));
  }

  @Test
  void emojiBulletedSummaryOfTheAppRepostIsKeptApart() {
    String source = SeedSamples.text("001");
    Document d = run("001");
    String summary = d.get(Keys.PROVIDED_SUMMARY);
    List<String> paragraphs = List.of(summary.split("\n"));

    assertThat(paragraphs).hasSize(5);
    assertThat(paragraphs.get(0)).startsWith("2024年6月,习近平主席访问哈萨克斯坦,出席第二届中国—中亚峰会。");
    assertThat(paragraphs.get(1)).startsWith("习近平主席此次中亚之行受到高规格礼遇");
    assertThat(paragraphs.get(3)).startsWith("第二届中国—中亚峰会是关键节点");
    assertThat(paragraphs.get(4)).startsWith("习近平主席与托卡耶夫总统的会晤").endsWith("中哈关系开启新的“黄金30年”。");
    assertThat(summary).doesNotContain("🤝", "🌍", "🇨🇳", "🇰🇿");

    Span span = d.get(Keys.PROVIDED_SUMMARY_SOURCE);
    assertThat(span.start()).isEqualTo(source.indexOf("2024年6月,习近平主席访问"));
    assertThat(span.of(source)).startsWith("2024年6月").endsWith("“黄金30年”。");

    String text = d.get(Keys.TEXT).text();
    assertThat(text).doesNotContain("2024年6月,习近平主席访问", "🤝", "🇰🇿");
    assertThat(text).startsWith("习近平中亚之行第一天,擘画中哈全方位合作\n");
    assertThat(text).contains("  仲夏之月,大国外交开启“中亚时间”。");
    assertThat(d.warnings()).extracting(w -> w.code()).contains(WarningCode.SUMMARY_FOUND);
  }

  @Test
  void doesNotFireOnOrdinaryArticles() {
    for (String sample : List.of("000", "002", "003", "004")) {
      Document before = boilerplate.map(SeedSamples.sample(sample));
      Document after = stage.map(before);
      assertThat(after.find(Keys.PROVIDED_SUMMARY)).as(sample).isEmpty();
      assertThat(after.get(Keys.TEXT)).as(sample).isSameAs(before.get(Keys.TEXT));
    }
  }

  @Test
  void explicitLabelIntroducesTheSummary() {
    String source = "标题\n\n【摘要】本文介绍了峰会的三项成果。\n\n正文第一段。\n正文第二段。\n";
    Document d = stage.map(SeedSamples.document(source));
    assertThat(d.get(Keys.PROVIDED_SUMMARY)).isEqualTo("本文介绍了峰会的三项成果。");
    assertThat(d.get(Keys.PROVIDED_SUMMARY_SOURCE).of(source)).isEqualTo("【摘要】本文介绍了峰会的三项成果。");
    assertThat(d.get(Keys.TEXT).text()).isEqualTo("标题\n\n\n正文第一段。\n正文第二段。\n");
  }

  @Test
  void labelOnItsOwnLineTakesTheBulletsThatFollow() {
    String source = "Title\nKey points:\n• One thing happened.\n• Another followed.\nBody starts here and goes on.\nMore body.\nEven more body.\nAnd more.\n";
    Document d = stage.map(SeedSamples.document(source));
    assertThat(d.get(Keys.PROVIDED_SUMMARY)).isEqualTo("One thing happened.\nAnother followed.");
    assertThat(d.get(Keys.TEXT).text()).startsWith("Title\nBody starts here");
  }

  @Test
  void aWordThatIsAlsoALabelDoesNotStartASummary() {
    String source = "Title\nSummary of the talks was published on Monday.\nBody.\nBody.\nBody.\n";
    Document d = stage.map(SeedSamples.document(source));
    assertThat(d.find(Keys.PROVIDED_SUMMARY)).isEmpty();
  }
}

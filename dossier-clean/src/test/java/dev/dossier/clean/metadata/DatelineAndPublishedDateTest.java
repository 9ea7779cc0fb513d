package dev.dossier.clean.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.boilerplate.BoilerplateStage;
import dev.dossier.clean.boilerplate.SeedSamples;
import dev.dossier.clean.summary.ProvidedSummaryStage;
import dev.dossier.model.Dateline;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.TrackedText;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dateline and publication date on the seeds. The stages run after OCR reflow, which another
 * engineer writes; the tests simulate its layout (one paragraph per line) by joining lines.
 */
class DatelineAndPublishedDateTest {
  private static final CleaningConfig CONFIG = CleaningConfig.defaults();
  private final BoilerplateStage boilerplate = new BoilerplateStage(CONFIG);
  private final ProvidedSummaryStage summary = new ProvidedSummaryStage(CONFIG);
  private final DatelineStage dateline = new DatelineStage(CONFIG);
  private final PublishedDateStage published = new PublishedDateStage(CONFIG);

  /** Web-page layout: paragraphs are lines, blank lines between them go. */
  private static Document oneParagraphPerLine(Document d) {
    TrackedText t = d.get(Keys.TEXT)
        .replaceAll(Pattern.compile("^[ \\t\\u00A0]+|[ \\t\\u00A0]+$", Pattern.MULTILINE), m -> "")
        .replaceAll(Pattern.compile("\\n{2,}"), m -> "\n")
        .replaceAll(Pattern.compile("^\\n+|\\n+$"), m -> "");
    return d.with(Keys.TEXT, t);
  }

  /** OCR layout: every hard break and blank line inside {@code [from, to)} joined into one paragraph. */
  private static Document ocrArticle(String source, int from, int to) {
    TrackedText t = TrackedText.of(source).subText(from, to)
        .replaceAll(Pattern.compile("^\\s+|\\s+$|\\n+"), m -> "");
    return Document.empty().with(Keys.SOURCE_TEXT, source).with(Keys.TEXT, t);
  }

  private Document metadata(Document d) {
    return published.map(dateline.map(d));
  }

  @Test
  void wireCopyKeepsPrintedDateAndDatesTheDatelineWithIt() {
    Document d = metadata(oneParagraphPerLine(summary.map(boilerplate.map(SeedSamples.sample("002")))));
    String text = d.get(Keys.TEXT).text();

    Dateline dl = d.get(Keys.DATELINE);
    assertThat(dl.place()).isEqualTo("阿斯塔纳");
    assertThat(dl.date()).isEqualTo("2024-07-02");
    assertThat(dl.outlet()).isEqualTo("新华社");
    assertThat(text.substring(dl.start(), dl.end())).isEqualTo("新华社阿斯塔纳7月2日电");
    assertThat(dl.start()).isEqualTo(text.indexOf("新华社阿斯塔纳7月2日电"));
    assertThat(d.get(Keys.OUTLET)).isEqualTo("新华社");
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2024-07-03T08:52:21");
    assertThat(d.get(Keys.PUBLISHED_INFERRED)).isFalse();
    assertThat(d.warnings()).extracting(w -> w.code()).doesNotContain(WarningCode.YEAR_INFERRED);
  }

  @Test
  void appRepostYearComesFromTheBodyNotFromTheRemovedSummary() {
    Document d = metadata(oneParagraphPerLine(summary.map(boilerplate.map(SeedSamples.sample("001")))));
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2025-06-17T16:01");
    assertThat(d.get(Keys.PUBLISHED_INFERRED)).isTrue();
    assertThat(d.get(Keys.OUTLET)).isEqualTo("共产党员网");
    assertThat(d.warnings()).anySatisfy(w -> {
      assertThat(w.code()).isEqualTo(WarningCode.YEAR_INFERRED);
      assertThat(w.message()).contains("Year 2025", "article's explicit years");
    });
  }

  @Test
  void ocrPageFirstArticleTakesItsYearFromThePage() {
    String source = SeedSamples.text("004");
    Document d = metadata(ocrArticle(source, 0, source.indexOf(" 外交部发言人答记者问")));
    String text = d.get(Keys.TEXT).text();
    assertThat(text).startsWith("新华社北京7月1日电 7月2日至6日，国家主席习近平将出席在阿斯塔纳");

    Dateline dl = d.get(Keys.DATELINE);
    assertThat(dl).isEqualTo(new Dateline("北京", "2024-07-01", "新华社", 0, 10));
    assertThat(d.get(Keys.TEXT).toSource(dl.start(), dl.end()).of(source)).isEqualTo("新华社北京7月1日电");
    assertThat(d.get(Keys.OUTLET)).isEqualTo("新华社");
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2024-07-01");
    assertThat(d.get(Keys.PUBLISHED_INFERRED)).isTrue();
    assertThat(d.warnings()).anySatisfy(w -> {
      assertThat(w.code()).isEqualTo(WarningCode.YEAR_INFERRED);
      assertThat(w.message()).contains("Year 2024", "whole source file", "ignored as future: 2024, 2025");
    });
  }

  @Test
  void ocrPageSecondArticleHasAClosingDateline() {
    String source = SeedSamples.text("004");
    int from = source.indexOf("国家主席习近平将于7月2日至6日");
    int to = source.indexOf("（新华社阿斯塔纳7月1日电）") + "（新华社阿斯塔纳7月1日电）".length();
    Document d = metadata(ocrArticle(source, from, to));
    String text = d.get(Keys.TEXT).text();

    Dateline dl = d.get(Keys.DATELINE);
    assertThat(dl.place()).isEqualTo("阿斯塔纳");
    assertThat(dl.date()).isEqualTo("2024-07-01");
    assertThat(text.substring(dl.start(), dl.end())).isEqualTo("（新华社阿斯塔纳7月1日电）");
    assertThat(dl.end()).isEqualTo(text.length());
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2024-07-01");
  }

  @Test
  void englishDatelineWithoutAKnownYear() {
    String source = "China, US hold talks\nBEIJING, Oct. 18 (Reuters) - Officials met on Wednesday.";
    Document d = metadata(SeedSamples.document(source));
    Dateline dl = d.get(Keys.DATELINE);
    assertThat(dl).isEqualTo(new Dateline("Beijing", "--10-18", "Reuters", 21, 49));
    assertThat(source.substring(dl.start(), dl.end())).isEqualTo("BEIJING, Oct. 18 (Reuters) -");
    assertThat(d.get(Keys.OUTLET)).isEqualTo("Reuters");
    assertThat(d.find(Keys.PUBLISHED)).isEmpty();
    assertThat(d.warnings()).extracting(w -> w.code()).containsExactly(WarningCode.BAD_DATE);
  }

  @Test
  void earlierOutletIsKeptAndLocalDatelineHasNoDate() {
    String source = "标题\n本报讯（记者 王小明）昨天，会议召开。";
    Document d = dateline.map(SeedSamples.document(source).with(Keys.OUTLET, "北京日报"));
    assertThat(d.get(Keys.DATELINE)).isEqualTo(new Dateline(null, null, "本报", 3, 14));
    assertThat(d.get(Keys.OUTLET)).isEqualTo("北京日报");
  }

  @Test
  void storyFiledOnNewYearsEveDatesToThePreviousYear() {
    String source = "新华社北京12月31日电 消息。";
    Document d = metadata(SeedSamples.document(source).with(Keys.PUBLISHED, "2025-01-01"));
    assertThat(d.get(Keys.DATELINE).date()).isEqualTo("2024-12-31");
  }

  @Test
  void futureYearsDoNotCount() {
    var years = PublishedDateStage.years("2023年通车。截至2024年3月，已建成。计划2025年投产，到2030年完成。");
    assertThat(years.past()).containsExactly(2023, 2024);
    assertThat(years.future()).containsExactly(2025, 2030);
  }

  @Test
  void nothingKnownLeavesPublishedUnset() {
    Document d = metadata(SeedSamples.document("标题\n2023年，会议召开。"));
    assertThat(d.find(Keys.PUBLISHED)).isEmpty();
    assertThat(d.find(Keys.PUBLISHED_INFERRED)).isEmpty();
    assertThat(d.warnings()).isEmpty();
  }
}

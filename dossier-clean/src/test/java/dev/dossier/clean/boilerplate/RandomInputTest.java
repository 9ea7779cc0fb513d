package dev.dossier.clean.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.metadata.DatelineStage;
import dev.dossier.clean.metadata.PublishedDateStage;
import dev.dossier.clean.summary.ProvidedSummaryStage;
import dev.dossier.model.Caption;
import dev.dossier.model.Dateline;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random documents made of pieces of the patterns the stages look for (labels, dates,
 * markers, emoji, parentheses, line breaks) must never make the stages throw, and every offset
 * they emit must lie inside its text.
 */
class RandomInputTest {
  private static final String[] PIECES = {
    "\n", "\n\n", " ", "\u00A0", "首页 > ", "新华社", "北京", "7月", "31日", "电", "（", "）", "(", ")", "记者",
    " 摄", "△", "🇨🇳", "🤝 ", "摘要：", "相关阅读", "最新评论", "标签：", "2024", "-", "年", "06月17日 16:01",
    "2023-10-20 22:44", "编辑/", "文/", "版权所有", "■", "index.html", "../a/b", "ASTANA, July 2 (Xinhua) --",
    "计划", "截至", "。", "，", "Fish AI", "a@b.cn", "下载", "正文内容在这里。", "|", "来源:", "发布时间:",
    "13月45日电", "2月30日", "99:99", "",
  };

  @Test
  void stagesSurviveRandomInput() {
    CleaningConfig config = CleaningConfig.defaults();
    BoilerplateStage boilerplate = new BoilerplateStage(config);
    ProvidedSummaryStage summary = new ProvidedSummaryStage(config);
    DatelineStage dateline = new DatelineStage(config);
    PublishedDateStage published = new PublishedDateStage(config);
    Random random = new Random(20240703L);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String source = sb.toString();
      Document d = published.map(dateline.map(summary.map(boilerplate.map(SeedSamples.document(source)))));
      String text = d.get(Keys.TEXT).text();
      assertThat(text.length()).as(source).isLessThanOrEqualTo(source.length());
      for (Caption c : d.getOrDefault(Keys.CAPTIONS, java.util.List.of())) {
        assertThat(c.sourceEnd()).as(source).isLessThanOrEqualTo(source.length());
      }
      d.find(Keys.PROVIDED_SUMMARY_SOURCE).ifPresent(s -> assertThat(s.end()).as(source).isLessThanOrEqualTo(source.length()));
      d.find(Keys.DATELINE).filter(dl -> dl.start() >= 0).map(Dateline::end)
          .ifPresent(end -> assertThat(end).as(source).isLessThanOrEqualTo(text.length()));
    }
  }
}

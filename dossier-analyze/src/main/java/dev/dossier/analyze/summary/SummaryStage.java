package dev.dossier.analyze.summary;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.model.Caption;
import dev.dossier.model.Dateline;
import dev.dossier.model.Language;
import dev.dossier.model.Span;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.List;
import java.util.Set;

/** The extractive summary: whole body sentences in the article's language, with spans. */
public final class SummaryStage implements MapStage {
  private final Summarizer summarizer;

  public SummaryStage(SummaryConfig config) {
    this.summarizer = new Summarizer(config);
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, AnalysisKeys.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.SUMMARY);
  }

  @Override
  public Document map(Document d) {
    Dateline dateline = d.getOrDefault(Keys.DATELINE, null);
    return d.with(
        Keys.SUMMARY,
        summarizer.summarize(
            d.get(Keys.TEXT).text(),
            d.get(AnalysisKeys.SENTENCES),
            d.getOrDefault(Keys.PARAGRAPHS, List.of()),
            d.getOrDefault(Keys.LANGUAGE, Language.ZH),
            dateline == null || dateline.start() < 0 ? null : new Span(dateline.start(), dateline.end()),
            d.getOrDefault(Keys.CAPTIONS, List.<Caption>of()).stream().map(Caption::text).toList()));
  }
}

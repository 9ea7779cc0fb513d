package dev.dossier.analyze.figure;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.analyze.Sentences;
import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Dateline;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.List;
import java.util.Set;

/** Money, percentages and counts of the body, as output {@link dev.dossier.model.Figure}s. */
public final class FigureStage implements MapStage {
  private final FigureExtractor extractor;

  public FigureStage(FigureExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, AnalysisKeys.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.FIGURES);
  }

  @Override
  public Document map(Document d) {
    return d.with(
        Keys.FIGURES, find(d.get(Keys.TEXT).text(), d.get(AnalysisKeys.SENTENCES), referenceYear(d)));
  }

  /**
   * The year 今年 refers to: the publication year, else the dateline's (when it has one); null
   * when neither is known.
   */
  static Integer referenceYear(Document d) {
    String published = d.getOrDefault(Keys.PUBLISHED, null);
    if (published != null && published.matches("\\d{4}.*")) {
      return Integer.valueOf(published.substring(0, 4));
    }
    Dateline dateline = d.getOrDefault(Keys.DATELINE, null);
    if (dateline != null && dateline.date() != null && dateline.date().matches("\\d{4}.*")) {
      return Integer.valueOf(dateline.date().substring(0, 4));
    }
    return null;
  }

  /** The figures of {@code text} (also used on a provided summary), relative years as printed. */
  public List<dev.dossier.model.Figure> find(String text, List<Sentence> sentences) {
    return find(text, sentences, null);
  }

  /** The figures of {@code text}, 今年 / 去年 resolved against {@code referenceYear} when not null. */
  public List<dev.dossier.model.Figure> find(String text, List<Sentence> sentences, Integer referenceYear) {
    return extractor.extract(text, referenceYear).stream()
        .map(
            f ->
                new dev.dossier.model.Figure(
                    f.text(),
                    f.start(),
                    f.end(),
                    f.value().doubleValue(),
                    f.unit(),
                    dev.dossier.model.Figure.Qualifier.valueOf(f.qualifier().name()),
                    dev.dossier.model.Figure.Change.valueOf(f.change().name()),
                    f.subject(),
                    f.period(),
                    Sentences.holding(sentences, f.start(), f.end())))
        .toList();
  }
}

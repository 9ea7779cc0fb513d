package dev.dossier.analyze.check;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.analyze.figure.FigureStage;
import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.analyze.sentence.SentenceSplitter;
import dev.dossier.analyze.time.TimeStage;
import dev.dossier.model.Entity;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a source's provided summary against the body: the summary is read with the same
 * components as the body (sentences, times against the same reference, figures, entities), then
 * each of its claims is compared by {@link ClaimChecker}. No provided summary, no checks.
 */
public final class CheckStage implements MapStage {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ClaimChecker checker = new ClaimChecker();
  private final TimeStage times;
  private final FigureStage figures;
  private final Function<String, List<Entity>> entities;

  /**
   * @param entities the entity recogniser applied to a plain Chinese text (the summary)
   */
  public CheckStage(TimeStage times, FigureStage figures, Function<String, List<Entity>> entities) {
    this.times = times;
    this.figures = figures;
    this.entities = entities;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, AnalysisKeys.SENTENCES, Keys.TIMES, Keys.FIGURES, Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.CHECKS);
  }

  @Override
  public Document map(Document d) {
    String summary = d.getOrDefault(Keys.PROVIDED_SUMMARY, null);
    if (summary == null || summary.isBlank()) {
      return d.with(Keys.CHECKS, List.of());
    }
    List<Sentence> sentences = splitter.split(summary);
    ClaimChecker.Side claimed =
        new ClaimChecker.Side(
            summary,
            sentences,
            times.find(
                summary,
                sentences,
                TimeStage.reference(
                    d.getOrDefault(Keys.PUBLISHED, null), d.getOrDefault(Keys.DATELINE, null))),
            figures.find(summary, sentences),
            entities.apply(summary));
    ClaimChecker.Side body =
        new ClaimChecker.Side(
            d.get(Keys.TEXT).text(),
            d.get(AnalysisKeys.SENTENCES),
            d.get(Keys.TIMES),
            d.get(Keys.FIGURES),
            d.get(Keys.ENTITIES));
    return d.with(Keys.CHECKS, checker.check(claimed, body));
  }
}

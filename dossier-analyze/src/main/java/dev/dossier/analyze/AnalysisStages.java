package dev.dossier.analyze;

import dev.dossier.analyze.check.CheckStage;
import dev.dossier.analyze.entity.EntityRecognizer;
import dev.dossier.analyze.entity.EntityStage;
import dev.dossier.analyze.event.EventStage;
import dev.dossier.analyze.figure.FigureExtractor;
import dev.dossier.analyze.figure.FigureStage;
import dev.dossier.analyze.keyword.TagStage;
import dev.dossier.analyze.quote.QuoteStage;
import dev.dossier.analyze.sentence.SentenceStage;
import dev.dossier.analyze.summary.SummaryStage;
import dev.dossier.analyze.time.TimeNormalizerConfig;
import dev.dossier.analyze.time.TimeStage;
import dev.dossier.analyze.token.TokenStage;
import dev.dossier.model.Entity;
import dev.dossier.pipeline.Stage;
import java.util.List;
import java.util.function.Function;

/**
 * The analysis stages, in order: sentences, tokens, entities, times, figures, quotes (need
 * entities), events (need entities and times), tags, summary, checks of a provided summary.
 */
final class AnalysisStages {
  private AnalysisStages() {}

  static List<Stage> of(AnalysisConfig config) {
    EntityRecognizer entities = new EntityRecognizer();
    Function<String, List<Entity>> recognizer = text -> entities.recognize(text, List.of());
    TimeStage times = new TimeStage(TimeNormalizerConfig.defaults());
    FigureStage figures = new FigureStage(FigureExtractor.withDefaults());
    return List.of(
        new SentenceStage(),
        new TokenStage(),
        new EntityStage(entities),
        times,
        figures,
        new QuoteStage(),
        new EventStage(),
        new TagStage(),
        new SummaryStage(config.summary()),
        new CheckStage(times, figures, recognizer));
  }
}

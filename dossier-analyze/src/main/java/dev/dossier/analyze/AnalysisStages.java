package dev.dossier.analyze;

import dev.dossier.analyze.check.CheckStage;
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
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.pipeline.Stage;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The analysis stages, in order: sentences, tokens, entities, times, figures, quotes (need
 * entities), events (need entities and times), tags, summary, checks of a provided summary.
 */
final class AnalysisStages {
  private AnalysisStages() {}

  static List<Stage> of(AnalysisConfig config) {
    Function<String, List<Entity>> recognizer = text -> List.of();
    TimeStage times = new TimeStage(TimeNormalizerConfig.defaults());
    FigureStage figures = new FigureStage(FigureExtractor.withDefaults());
    return List.of(
        new SentenceStage(),
        new TokenStage(),
        new EntityPlaceholder(),
        times,
        figures,
        new QuoteStage(),
        new EventStage(),
        new TagStage(),
        new SummaryStage(config.summary()),
        new CheckStage(times, figures, recognizer));
  }

  /** Until the entity recogniser lands. */
  private static final class EntityPlaceholder implements MapStage {
    @Override
    public Set<Key<?>> requires() {
      return Set.of(Keys.TEXT);
    }

    @Override
    public Set<Key<?>> provides() {
      return Set.of(Keys.ENTITIES);
    }

    @Override
    public Document map(Document d) {
      return d.with(Keys.ENTITIES, List.of());
    }
  }
}

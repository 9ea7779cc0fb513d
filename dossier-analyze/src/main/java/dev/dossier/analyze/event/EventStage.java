package dev.dossier.analyze.event;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.Set;

/**
 * Grounded events (visits, meetings, calls, attendances, signings, speeches) of the body. Needs the
 * quotes, because a trigger inside someone's words is theirs, not a report of a happening.
 */
public final class EventStage implements MapStage {
  private final EventExtractor extractor = new EventExtractor();

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, AnalysisKeys.SENTENCES, Keys.ENTITIES, Keys.TIMES, Keys.QUOTES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.EVENTS);
  }

  @Override
  public Document map(Document d) {
    return d.with(
        Keys.EVENTS,
        extractor.extract(
            d.get(Keys.TEXT).text(),
            d.get(AnalysisKeys.SENTENCES),
            d.get(Keys.ENTITIES),
            d.get(Keys.TIMES),
            d.get(Keys.QUOTES),
            d.getOrDefault(Keys.DATELINE, null),
            d.getOrDefault(Keys.PUBLISHED, null)));
  }
}

package dev.dossier.analyze.entity;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.List;
import java.util.Set;

/**
 * People, places and organisations of the body, linked across spellings; reads the token stage's
 * segmentation instead of segmenting again.
 */
public final class EntityStage implements MapStage {
  private final EntityRecognizer recognizer;

  public EntityStage(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, AnalysisKeys.TOKENS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Document map(Document d) {
    return d.with(
        Keys.ENTITIES,
        recognizer.recognize(
            d.get(Keys.TEXT).text(), d.get(AnalysisKeys.TOKENS), d.getOrDefault(Keys.PARAGRAPHS, List.of())));
  }
}

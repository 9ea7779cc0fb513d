package dev.dossier.clean.summary;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.Objects;
import java.util.Set;

/** Keeps a machine-written summary apart from the body (placeholder: passes the document through unchanged). */
public final class ProvidedSummaryStage implements MapStage {
  private final CleaningConfig config;

  public ProvidedSummaryStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Document map(Document document) {
    return document;
  }
}

package dev.dossier.clean.decode;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.Objects;
import java.util.Set;

/** Decodes the file's bytes (placeholder: passes the document through unchanged). */
public final class DecodeStage implements MapStage {
  private final CleaningConfig config;

  public DecodeStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.RAW_BYTES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.SOURCE_TEXT, Keys.ENCODING, Keys.TEXT);
  }

  @Override
  public Document map(Document document) {
    return document;
  }
}

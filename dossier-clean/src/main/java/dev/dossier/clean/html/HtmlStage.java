package dev.dossier.clean.html;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.Objects;
import java.util.Set;

/** Extracts the main text of HTML pages (placeholder: passes the document through unchanged). */
public final class HtmlStage implements MapStage {
  private final CleaningConfig config;

  public HtmlStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.SOURCE_TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.FORMAT);
  }

  @Override
  public Document map(Document document) {
    return document;
  }
}

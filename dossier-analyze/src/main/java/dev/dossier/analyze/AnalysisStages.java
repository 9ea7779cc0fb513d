package dev.dossier.analyze;

import dev.dossier.pipeline.Document;
import java.util.Objects;

/** The analysis stages, run on one cleaned article document. Immutable and thread-safe. */
final class AnalysisStages {
  private final AnalysisConfig config;

  AnalysisStages(AnalysisConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  Document apply(Document cleaned) {
    return cleaned;
  }
}

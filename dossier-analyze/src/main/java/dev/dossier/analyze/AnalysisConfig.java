package dev.dossier.analyze;

import dev.dossier.analyze.summary.SummaryConfig;
import java.util.Objects;

/** Immutable configuration of the analysis stages (after cleaning). */
public record AnalysisConfig(SummaryConfig summary) {
  public AnalysisConfig {
    Objects.requireNonNull(summary, "summary");
  }

  public static AnalysisConfig defaults() {
    return new AnalysisConfig(SummaryConfig.defaults());
  }
}

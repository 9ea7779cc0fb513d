package dev.dossier.analyze;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.CleaningPipeline;
import dev.dossier.model.Article;
import dev.dossier.pipeline.ArticleAssembler;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.Pipeline;
import java.util.List;
import java.util.Set;

/**
 * The whole single-article pipeline: the cleaning chain, then the analysis stages, then assembly
 * into {@link Article}s. Free of I/O and global state; immutable and thread-safe, so one instance
 * serves every thread (or every task of a batch engine).
 */
public final class DossierPipeline {
  private final Pipeline pipeline;

  private DossierPipeline(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Cleaning and analysis. */
  public static DossierPipeline full(CleaningConfig cleaningConfig, AnalysisConfig analysisConfig) {
    return new DossierPipeline(
        Pipeline.builder()
            .addAll(new CleaningPipeline(cleaningConfig).pipeline().stages())
            .addAll(AnalysisStages.of(analysisConfig))
            .build(Set.of(Keys.SOURCE_PATH, Keys.RAW_BYTES)));
  }

  /** Cleaning only (the analysis fields stay empty). */
  public static DossierPipeline cleaningOnly(CleaningConfig cleaningConfig) {
    return new DossierPipeline(new CleaningPipeline(cleaningConfig).pipeline());
  }

  /** The stages, in order. */
  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * The articles of one file.
   *
   * @throws dev.dossier.pipeline.RejectedInputException when the bytes are not an article (empty,
   *     binary, ...); its message names the problem, the caller adds the file
   */
  public List<Article> process(String sourcePath, byte[] bytes) {
    return pipeline.run(CleaningPipeline.input(sourcePath, bytes)).stream().map(ArticleAssembler::assemble).toList();
  }
}

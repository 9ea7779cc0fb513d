package dev.dossier.analyze;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.CleaningPipeline;
import dev.dossier.model.Article;
import dev.dossier.pipeline.ArticleAssembler;
import dev.dossier.pipeline.Document;
import java.util.List;

/**
 * The whole single-article pipeline: the cleaning chain, then the analysis stages, then assembly
 * into {@link Article}s. Free of I/O and global state; immutable and thread-safe, so one instance
 * serves every thread (or every task of a batch engine).
 */
public final class DossierPipeline {
  private final CleaningPipeline cleaning;
  private final AnalysisStages analysis;

  private DossierPipeline(CleaningPipeline cleaning, AnalysisStages analysis) {
    this.cleaning = cleaning;
    this.analysis = analysis;
  }

  /** Cleaning and analysis. */
  public static DossierPipeline full(CleaningConfig cleaningConfig, AnalysisConfig analysisConfig) {
    return new DossierPipeline(
        new CleaningPipeline(cleaningConfig), new AnalysisStages(analysisConfig));
  }

  /** Cleaning only (the analysis fields stay empty). */
  public static DossierPipeline cleaningOnly(CleaningConfig cleaningConfig) {
    return new DossierPipeline(new CleaningPipeline(cleaningConfig), null);
  }

  /**
   * The articles of one file.
   *
   * @throws dev.dossier.pipeline.RejectedInputException when the bytes are not an article (empty,
   *     binary, ...); its message names the problem, the caller adds the file
   */
  public List<Article> process(String sourcePath, byte[] bytes) {
    List<Document> docs = cleaning.run(sourcePath, bytes);
    return docs.stream()
        .map(d -> analysis == null ? d : analysis.apply(d))
        .map(ArticleAssembler::assemble)
        .toList();
  }
}

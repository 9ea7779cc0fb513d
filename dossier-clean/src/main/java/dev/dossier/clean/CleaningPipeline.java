package dev.dossier.clean;

import dev.dossier.clean.boilerplate.BoilerplateStage;
import dev.dossier.clean.decode.DecodeStage;
import dev.dossier.clean.html.HtmlStage;
import dev.dossier.clean.layout.ParagraphStage;
import dev.dossier.clean.metadata.DatelineStage;
import dev.dossier.clean.metadata.PublishedDateStage;
import dev.dossier.clean.normalize.NormalizeStage;
import dev.dossier.clean.reflow.ReflowStage;
import dev.dossier.clean.script.PinyinDebrisStage;
import dev.dossier.clean.script.ScriptConversionStage;
import dev.dossier.clean.split.ArticleSplitStage;
import dev.dossier.clean.summary.ProvidedSummaryStage;
import dev.dossier.model.Article;
import dev.dossier.pipeline.ArticleAssembler;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.Pipeline;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;

/**
 * The cleaning chain, from a file's bytes to clean articles. The order matters, and is:
 *
 * <ol>
 *   <li>decode: bytes to characters (everything after works on characters and maps back to them);
 *   <li>HTML: main content out of a page, before any line-based rule sees markup;
 *   <li>normalise: line ends, white space and width first, so later patterns see one form;
 *   <li>pinyin debris, then script conversion: debris is removed before conversion so the
 *       converter sees whole words; conversion precedes every keyword rule, which are written in
 *       Simplified;
 *   <li>boilerplate and captions, then the provided summary: line-based, on the source's own line
 *       structure;
 *   <li>OCR reflow: joins hard breaks, leaving one paragraph per line;
 *   <li>split and titles: per paragraph, so after reflow;
 *   <li>dateline, then publication date (which may need the dateline and the body's dates);
 *   <li>paragraph layout and language last, on the final text.
 * </ol>
 *
 * Immutable and thread-safe: one instance serves all threads.
 */
public final class CleaningPipeline {
  private final Pipeline pipeline;

  public CleaningPipeline(CleaningConfig config) {
    this.pipeline =
        Pipeline.builder()
            .add(new DecodeStage(config))
            .add(new HtmlStage(config))
            .add(new NormalizeStage(config))
            .add(new PinyinDebrisStage(config))
            .add(new ScriptConversionStage(config))
            .add(new BoilerplateStage(config))
            .add(new ProvidedSummaryStage(config))
            .add(new ReflowStage(config))
            .add(new ArticleSplitStage(config))
            .add(new DatelineStage(config))
            .add(new PublishedDateStage(config))
            .add(new ParagraphStage(config))
            .build(Set.of(Keys.SOURCE_PATH, Keys.RAW_BYTES));
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** The cleaned documents of one file (several when the file holds several articles). */
  public List<Document> run(String sourcePath, byte[] bytes) {
    return pipeline.run(input(sourcePath, bytes));
  }

  /** The document the chain starts from: a file's path and its bytes. */
  public static Document input(String sourcePath, byte[] bytes) {
    return Document.empty()
        .with(Keys.SOURCE_PATH, sourcePath)
        .with(Keys.RAW_BYTES, ByteBuffer.wrap(bytes).asReadOnlyBuffer());
  }

  /** The clean articles of one file. */
  public List<Article> clean(String sourcePath, byte[] bytes) {
    return run(sourcePath, bytes).stream().map(ArticleAssembler::assemble).toList();
  }
}

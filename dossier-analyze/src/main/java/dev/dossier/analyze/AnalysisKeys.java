package dev.dossier.analyze;

import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.analyze.token.Token;
import dev.dossier.pipeline.Key;
import java.util.List;

/**
 * Intermediate keys the analysis stages share but the output does not carry. The output keys
 * (entities, times, ...) are in {@link dev.dossier.pipeline.Keys}.
 */
public final class AnalysisKeys {
  private AnalysisKeys() {}

  /** The body's sentences, in order. */
  public static final Key<List<Sentence>> SENTENCES = Key.of("sentences");

  /** The body's tokens (HanLP segmentation), in order. */
  public static final Key<List<Token>> TOKENS = Key.of("tokens");
}

package dev.dossier.analyze.token;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.Set;

/** Segments the clean text into tokens (HanLP), once for every later stage that needs words. */
public final class TokenStage implements MapStage {
  private final Tokenizer tokenizer = new Tokenizer();

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(AnalysisKeys.TOKENS);
  }

  @Override
  public Document map(Document d) {
    return d.with(AnalysisKeys.TOKENS, tokenizer.tokenize(d.get(Keys.TEXT).text()));
  }
}

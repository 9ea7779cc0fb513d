package dev.dossier.analyze.sentence;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.Set;

/** Splits the clean text into sentences. */
public final class SentenceStage implements MapStage {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(AnalysisKeys.SENTENCES);
  }

  @Override
  public Document map(Document d) {
    return d.with(AnalysisKeys.SENTENCES, splitter.split(d.get(Keys.TEXT).text()));
  }
}

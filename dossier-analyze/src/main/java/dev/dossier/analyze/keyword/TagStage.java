package dev.dossier.analyze.keyword;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.List;
import java.util.Set;

/** 5–10 tags a person would choose: printed tags first, then entities (canonical names), then terms by TF-IDF. */
public final class TagStage implements MapStage {
  private final KeywordExtractor extractor = new KeywordExtractor();

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.ENTITIES, AnalysisKeys.TOKENS);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TAGS);
  }

  @Override
  public Document map(Document d) {
    return d.with(
        Keys.TAGS,
        extractor.extract(
            d.get(Keys.TEXT).text(),
            d.getOrDefault(Keys.TITLE, null),
            d.getOrDefault(Keys.SOURCE_TAGS, List.of()),
            d.get(Keys.ENTITIES),
            d.get(AnalysisKeys.TOKENS)));
  }
}

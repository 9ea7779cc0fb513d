package dev.dossier.pipeline;

import java.util.List;

/** A {@link Stage} that turns one document into exactly one document. */
public interface MapStage extends Stage {
  Document map(Document document);

  @Override
  default List<Document> apply(Document document) {
    return List.of(map(document));
  }
}

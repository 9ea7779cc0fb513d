package dev.dossier.clean.metadata;

import dev.dossier.pipeline.Key;

/** Keys the cleaning stages use among themselves for publication metadata. */
public final class MetadataKeys {
  private MetadataKeys() {}

  /**
   * A publication date printed without its year, ISO 8601 style: {@code --MM-DD} optionally
   * followed by {@code THH:MM[:SS]} (e.g. {@code --06-17T16:01} from a header
   * {@code 共产党员网 06月17日 16:01}). Set by the boilerplate stage; {@link PublishedDateStage}
   * gives it a year.
   */
  public static final Key<String> PRINTED_DATE = Key.of("printed_date");
}

package dev.dossier.pipeline;

import java.util.List;
import java.util.Set;

/**
 * One step of the pipeline: a pure function from a {@link Document} to the documents it becomes.
 * Most stages return exactly one document ({@link MapStage}); a stage that splits a page into
 * articles returns several.
 *
 * <p>Contract: {@code apply} performs no I/O, reads no mutable global state, and does not keep
 * state between calls, so one instance may be shared by all threads. Any configuration is an
 * immutable value handed to the constructor. {@link #requires()} and {@link #provides()} let
 * {@link Pipeline} check the chain when it is built (after Stanford CoreNLP's Annotator).
 */
public interface Stage {
  /** A short name for messages and progress output. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** Keys that must be present on the input. */
  Set<Key<?>> requires();

  /** Keys this stage sets (or replaces) on its output. */
  Set<Key<?>> provides();

  /** Transforms the document. Never returns null; may return an empty list to drop the input. */
  List<Document> apply(Document document);
}

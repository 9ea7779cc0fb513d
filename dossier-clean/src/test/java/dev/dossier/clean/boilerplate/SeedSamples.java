package dev.dossier.clean.boilerplate;

import dev.dossier.clean.Samples;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.TrackedText;

/**
 * The seed reports bundled in the repository's {@code samples/} folder, as the cleaning chain
 * hands them to the line-based stages: SOURCE_TEXT = the file, TEXT = the identity-tracked file.
 */
public final class SeedSamples {
  private SeedSamples() {}

  /** The text of the sample whose file name starts with {@code prefix} (e.g. {@code "001"}). */
  public static String text(String prefix) {
    return Samples.text(prefix);
  }

  public static Document document(String text) {
    return Document.empty().with(Keys.SOURCE_TEXT, text).with(Keys.TEXT, TrackedText.of(text));
  }

  public static Document sample(String prefix) {
    return document(text(prefix));
  }
}

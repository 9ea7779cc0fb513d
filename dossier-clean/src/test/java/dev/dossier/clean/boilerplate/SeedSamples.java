package dev.dossier.clean.boilerplate;

import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.TrackedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The seed reports bundled in the repository's {@code samples/} folder, as the cleaning chain
 * hands them to the line-based stages: SOURCE_TEXT = the file, TEXT = the identity-tracked file.
 */
public final class SeedSamples {
  private SeedSamples() {}

  /** The text of the sample whose file name starts with {@code prefix} (e.g. {@code "001"}). */
  public static String text(String prefix) {
    Path dir = Stream.of(Path.of("samples"), Path.of("../samples"))
        .filter(Files::isDirectory)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("samples/ not found from " + Path.of("").toAbsolutePath()));
    try (Stream<Path> files = Files.list(dir)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("No sample " + prefix + " in " + dir));
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document document(String text) {
    return Document.empty().with(Keys.SOURCE_TEXT, text).with(Keys.TEXT, TrackedText.of(text));
  }

  public static Document sample(String prefix) {
    return document(text(prefix));
  }
}

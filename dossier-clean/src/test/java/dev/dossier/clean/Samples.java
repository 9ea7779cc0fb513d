package dev.dossier.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed reports bundled in the repository's samples/ folder (UTF-8). */
public final class Samples {
  private Samples() {}

  public static Path dir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) {
        return p.resolve("samples");
      }
    }
    throw new IllegalStateException("no samples/ folder above " + here);
  }

  /** The sample whose file name starts with {@code prefix} (e.g. "003"), as text. */
  public static String text(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      Path p =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no sample " + prefix));
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.dossier.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled sample reports (repository folder {@code samples/}, copies of the seed reports). */
public final class Samples {
  private Samples() {}

  /** The samples folder, found from the module's working directory. */
  public static Path dir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("samples");
      if (Files.isDirectory(candidate) && Files.exists(p.resolve("pom.xml"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
  }

  /** The sample whose name starts with {@code prefix} (e.g. "003"). */
  public static Path path(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No sample " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(String prefix) {
    try {
      return Files.readAllBytes(path(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String prefix) {
    return new String(bytes(prefix), StandardCharsets.UTF_8);
  }
}

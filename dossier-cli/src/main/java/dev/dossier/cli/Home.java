package dev.dossier.cli;

import java.nio.file.Path;

/**
 * The repository the CLI runs from: the {@code dossier.home} system property set by the {@code
 * dossier} script, else the working directory. Defaults (the bundled samples, the shared
 * evaluation data beside the clone) are found from it.
 */
final class Home {
  private Home() {}

  static Path dir() {
    return Path.of(System.getProperty("dossier.home", ".")).toAbsolutePath().normalize();
  }

  /** {@code ../shared} beside the repository, where CI and developers keep the evaluation data. */
  static Path shared() {
    return dir().resolveSibling("shared");
  }
}

package dev.dossier.cli;

/** A failure the command reports as one line on stderr, with its exit code. */
public final class CliException extends RuntimeException {
  public static final int FILES_FAILED = 1;
  public static final int USAGE = 2;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}

package dev.dossier.pipeline;

/**
 * Thrown by a stage when the input cannot be an article at all (binary data, an empty file).
 * The message names the problem for a person; the caller adds the file name.
 */
public final class RejectedInputException extends RuntimeException {
  public RejectedInputException(String message) {
    super(message);
  }
}

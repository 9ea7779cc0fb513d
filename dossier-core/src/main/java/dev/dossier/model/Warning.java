package dev.dossier.model;

import java.util.Objects;

/**
 * Something that was repaired or looked suspicious while reading an article. Warnings are data,
 * not log lines: they travel with the article into the JSON output. {@code code} is one of the
 * constants in {@link WarningCode}; {@code message} is for a person.
 */
public record Warning(String code, String message) {
  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}

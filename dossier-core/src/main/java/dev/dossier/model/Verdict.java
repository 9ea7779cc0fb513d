package dev.dossier.model;

import java.util.Locale;

/** Outcome of checking a claim against the body. JSON form: {@link #code()}. */
public enum Verdict {
  SUPPORTED, UNSUPPORTED, CONTRADICTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.dossier.model;

import java.util.Locale;

/** What a time expression denotes. JSON form: {@link #code()}. */
public enum TimeKind {
  DATE, RANGE, DURATION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

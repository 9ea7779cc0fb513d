package dev.dossier.model;

/** Writing system of the original article (ISO 15924 codes). */
public enum Script {
  HANS("Hans"), HANT("Hant"), LATN("Latn");

  private final String code;

  Script(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}

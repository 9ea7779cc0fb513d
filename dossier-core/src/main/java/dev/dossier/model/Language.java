package dev.dossier.model;

/** Language of a paragraph or article. JSON form is the ISO 639-1 code, or {@code und}. */
public enum Language {
  ZH("zh"), EN("en"), UNKNOWN("und");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}

package dev.dossier.model;

/** The warning codes Dossier emits; documented in docs/schema.md. */
public final class WarningCode {
  private WarningCode() {}

  /** The encoding was guessed with low confidence, or a fallback was used. */
  public static final String ENCODING_FALLBACK = "ENCODING_FALLBACK";
  /** Bytes that could not be decoded were replaced with U+FFFD. */
  public static final String UNDECODABLE_BYTES = "UNDECODABLE_BYTES";
  /** The input was HTML and its main content was extracted. */
  public static final String HTML_EXTRACTED = "HTML_EXTRACTED";
  /** Boilerplate lines (copyright, related reading, ads, template paths ...) were removed. */
  public static final String BOILERPLATE_REMOVED = "BOILERPLATE_REMOVED";
  /** Hard line breaks inside sentences were joined. */
  public static final String OCR_REFLOW = "OCR_REFLOW";
  /** Pinyin annotations after characters were removed. */
  public static final String PINYIN_DEBRIS_REMOVED = "PINYIN_DEBRIS_REMOVED";
  /** Traditional script was converted to Simplified. */
  public static final String SCRIPT_CONVERTED = "SCRIPT_CONVERTED";
  /** Full-width letters and digits were folded to half-width. */
  public static final String WIDTH_FOLDED = "WIDTH_FOLDED";
  /** The publication year was not printed and was inferred. */
  public static final String YEAR_INFERRED = "YEAR_INFERRED";
  /** A machine-written summary before the body was found and kept apart. */
  public static final String SUMMARY_FOUND = "SUMMARY_FOUND";
  /** One file held several articles and was split. */
  public static final String ARTICLE_SPLIT = "ARTICLE_SPLIT";
  /** The headline was printed after the body (print layout). */
  public static final String TITLE_AT_END = "TITLE_AT_END";
  /** No title could be found. */
  public static final String NO_TITLE = "NO_TITLE";
  /** The article was longer than the configured maximum and was truncated. */
  public static final String TRUNCATED = "TRUNCATED";
  /** Nothing that looks like article text was left after cleaning. */
  public static final String EMPTY_BODY = "EMPTY_BODY";
  /** A printed date could not be understood. */
  public static final String BAD_DATE = "BAD_DATE";
}

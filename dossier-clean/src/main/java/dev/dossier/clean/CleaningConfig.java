package dev.dossier.clean;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Settings of the cleaning chain: an immutable value built once and handed to the stages.
 *
 * @param encoding charset to decode with instead of detecting one, or null to detect
 * @param maxArticleChars longest clean article kept; longer ones are truncated with a
 *     {@code TRUNCATED} warning. Bounds memory per article (each character carries two ints of
 *     offset mapping).
 */
public record CleaningConfig(Charset encoding, int maxArticleChars) {
  /** 1,000,000 characters: about 200 times a long news article. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

  public CleaningConfig {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive, was " + maxArticleChars);
    }
  }

  public static CleaningConfig defaults() {
    return new CleaningConfig(null, DEFAULT_MAX_ARTICLE_CHARS);
  }

  public CleaningConfig withEncoding(Charset charset) {
    return new CleaningConfig(charset, maxArticleChars);
  }

  public CleaningConfig withMaxArticleChars(int max) {
    return new CleaningConfig(encoding, max);
  }

  public Optional<Charset> encodingOverride() {
    return Optional.ofNullable(encoding);
  }
}

package dev.dossier.analyze.summary;

/**
 * How many sentences a summary holds: between {@code minSentences} and {@code maxSentences},
 * growing with the article's length (one sentence per {@code charsPerSentence} characters).
 */
public record SummaryConfig(int minSentences, int maxSentences, int charsPerSentence) {
  public SummaryConfig {
    if (minSentences < 1 || maxSentences < minSentences) {
      throw new IllegalArgumentException(
          "Need 1 <= minSentences <= maxSentences, got " + minSentences + ", " + maxSentences);
    }
    if (charsPerSentence < 1) {
      throw new IllegalArgumentException("charsPerSentence must be positive");
    }
  }

  public static SummaryConfig defaults() {
    return new SummaryConfig(3, 5, 600);
  }
}

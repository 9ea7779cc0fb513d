package dev.dossier.model;

/**
 * One run of the clean-text-to-source mapping: clean text {@code [start, end)} came from the
 * original file's characters {@code [sourceStart, sourceEnd)}. When both lengths are equal the
 * run maps character by character; otherwise the whole run maps to the whole source range
 * (a replacement, such as an HTML entity or a phrase conversion).
 */
public record SourceSegment(int start, int end, int sourceStart, int sourceEnd) {
  public SourceSegment {
    new Span(start, end);
    new Span(sourceStart, sourceEnd);
  }
}

package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim of the provided summary checked against the body: {@code claim} is the claim's text
 * (a date, number or name as printed in the summary) at {@code [claimStart, claimEnd)} of
 * {@code provided_summary}; {@code evidence} the spans in the body that support or contradict it
 * (empty when unsupported).
 */
public record Check(
    String claim, int claimStart, int claimEnd, Verdict verdict, String message, List<Span> evidence) {
  public Check {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(message, "message");
    new Span(claimStart, claimEnd);
    evidence = List.copyOf(evidence);
  }
}

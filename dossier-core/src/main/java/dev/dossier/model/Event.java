package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened (or is planned), grounded in the text: its {@code type}, {@code date}
 * (ISO 8601 at its granularity, or null), {@code place} (entity id or null), {@code participants}
 * (entity ids), whether it is {@code planned} (scheduled or future), and the {@code evidence}
 * spans (one per mention of the same happening).
 */
public record Event(
    EventType type,
    String date,
    String place,
    List<String> participants,
    boolean planned,
    List<Span> evidence) {
  public Event {
    Objects.requireNonNull(type, "type");
    participants = List.copyOf(participants);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("An event needs at least one evidence span");
    }
  }
}

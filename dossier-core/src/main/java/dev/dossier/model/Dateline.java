package dev.dossier.model;

/**
 * A dateline such as {@code 新华社阿斯塔纳7月2日电} or {@code ASTANA, July 2 (Xinhua)}.
 * {@code place} and {@code date} (ISO 8601 {@code YYYY-MM-DD}, or {@code --MM-DD} when no year
 * is known) may be null; {@code start}/{@code end} locate it in the clean text when it is there,
 * else both are -1.
 */
public record Dateline(String place, String date, String outlet, int start, int end) {
  public Dateline {
    if (start != -1 || end != -1) {
      new Span(start, end);
    }
  }
}

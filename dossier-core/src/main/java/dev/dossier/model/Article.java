package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One clean article: the JSON contract documented in docs/schema.md. Immutable.
 *
 * <p>{@code text} holds the clean Simplified body with paragraphs separated by {@code \n};
 * every offset in this record refers to it, except {@link Caption} and {@link SourceSegment}
 * source offsets, which refer to the original file's characters. The analysis lists (entities ...
 * checks) are empty when only cleaning ran.
 */
public record Article(
    String id,
    String sourcePath,
    int part,
    String title,
    String subtitle,
    String outlet,
    String author,
    String editor,
    String published,
    boolean publishedInferred,
    Dateline dateline,
    Language language,
    Script originalScript,
    String encoding,
    String format,
    String text,
    List<Paragraph> paragraphs,
    List<Caption> captions,
    String providedSummary,
    List<String> sourceTags,
    List<String> tags,
    List<Entity> entities,
    List<TimeMention> times,
    List<Figure> figures,
    List<Quote> quotes,
    List<Event> events,
    List<SummarySentence> summary,
    List<Check> checks,
    List<Warning> warnings,
    List<SourceSegment> sourceMap) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    sourceTags = List.copyOf(sourceTags);
    tags = List.copyOf(tags);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    summary = List.copyOf(summary);
    checks = List.copyOf(checks);
    warnings = List.copyOf(warnings);
    sourceMap = List.copyOf(sourceMap);
  }
}

package dev.dossier.pipeline;

import dev.dossier.model.Caption;
import dev.dossier.model.Check;
import dev.dossier.model.Entity;
import dev.dossier.model.Event;
import dev.dossier.model.Figure;
import dev.dossier.model.Quote;
import dev.dossier.model.SummarySentence;
import dev.dossier.model.TimeMention;
import dev.dossier.model.Dateline;
import dev.dossier.model.Language;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Script;
import dev.dossier.text.TrackedText;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The keys of the cleaning chain, in the order they usually appear. Later stages (annotation)
 * declare their own keys next to their code.
 */
public final class Keys {
  private Keys() {}

  /** Where the input came from, as the caller names it (a path, a URL, a store id). */
  public static final Key<String> SOURCE_PATH = Key.of("source_path");
  /** The file's bytes, read-only. Set by the adapter that read the file. */
  public static final Key<ByteBuffer> RAW_BYTES = Key.of("raw_bytes");

  /** The whole file decoded to characters; all source offsets refer to this string. */
  public static final Key<String> SOURCE_TEXT = Key.of("source_text");
  /** Name of the charset the bytes were decoded with. */
  public static final Key<String> ENCODING = Key.of("encoding");
  /** {@code html} or {@code text}. */
  public static final Key<String> FORMAT = Key.of("format");
  /** The working text, replaced by each cleaning stage, always mapped back to SOURCE_TEXT. */
  public static final Key<TrackedText> TEXT = Key.of("text");

  public static final Key<String> TITLE = Key.of("title");
  public static final Key<String> SUBTITLE = Key.of("subtitle");
  public static final Key<String> OUTLET = Key.of("outlet");
  public static final Key<String> AUTHOR = Key.of("author");
  public static final Key<String> EDITOR = Key.of("editor");
  /** The publication date/time as printed, normalised to ISO 8601 where possible. */
  public static final Key<String> PUBLISHED = Key.of("published");
  public static final Key<Boolean> PUBLISHED_INFERRED = Key.of("published_inferred");
  public static final Key<Dateline> DATELINE = Key.of("dateline");
  /** Tags as printed in the source (a tag list, HTML keywords). */
  public static final Key<List<String>> SOURCE_TAGS = Key.of("source_tags");
  public static final Key<List<Caption>> CAPTIONS = Key.of("captions");
  /** A machine-written summary found before the body, kept apart from it. */
  public static final Key<String> PROVIDED_SUMMARY = Key.of("provided_summary");
  /** Source offsets of the provided summary. */
  public static final Key<dev.dossier.model.Span> PROVIDED_SUMMARY_SOURCE =
      Key.of("provided_summary_source");
  public static final Key<Script> ORIGINAL_SCRIPT = Key.of("original_script");

  /** Index of this article within its file, when the file held several. */
  public static final Key<Integer> PART = Key.of("part");
  /** Set when the file held several articles: how many. */
  public static final Key<Integer> PART_COUNT = Key.of("part_count");

  /** Final paragraph layout of TEXT: paragraphs separated by a single newline. */
  public static final Key<List<Paragraph>> PARAGRAPHS = Key.of("paragraphs");
  /** Main language of the article (the language of most of its characters). */
  public static final Key<Language> LANGUAGE = Key.of("language");

  // Analysis results (set by dossier-analyze; offsets refer to TEXT).

  public static final Key<List<Entity>> ENTITIES = Key.of("entities");
  public static final Key<List<TimeMention>> TIMES = Key.of("times");
  public static final Key<List<Figure>> FIGURES = Key.of("figures");
  public static final Key<List<Quote>> QUOTES = Key.of("quotes");
  public static final Key<List<Event>> EVENTS = Key.of("events");
  /** 5–10 tags for the article: the printed ones first, then chosen keywords. */
  public static final Key<List<String>> TAGS = Key.of("tags");
  public static final Key<List<SummarySentence>> SUMMARY = Key.of("summary");
  /** Claims of the provided summary checked against the body. */
  public static final Key<List<Check>> CHECKS = Key.of("checks");
}

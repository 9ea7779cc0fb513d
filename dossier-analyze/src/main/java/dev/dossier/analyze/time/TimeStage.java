package dev.dossier.analyze.time;

import dev.dossier.analyze.AnalysisKeys;
import dev.dossier.analyze.Sentences;
import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Dateline;
import dev.dossier.model.TimeMention;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves the body's time expressions. The reference is the publication date; when
 * the article has none, the dateline's date (which the cleaning chain resolved against the
 * body's own explicit dates); else there is none and relative expressions stay unresolved.
 */
public final class TimeStage implements MapStage {
  private final TimeNormalizer normalizer;

  public TimeStage(TimeNormalizerConfig config) {
    this.normalizer = new TimeNormalizer(config);
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, AnalysisKeys.SENTENCES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TIMES);
  }

  @Override
  public Document map(Document d) {
    String text = d.get(Keys.TEXT).text();
    ReferenceTime reference =
        reference(d.getOrDefault(Keys.PUBLISHED, null), d.getOrDefault(Keys.DATELINE, null));
    return d.with(Keys.TIMES, find(text, d.get(AnalysisKeys.SENTENCES), reference));
  }

  /** The time mentions of {@code text} (also used on a provided summary). */
  public List<TimeMention> find(String text, List<Sentence> sentences, ReferenceTime reference) {
    List<TimeMention> out = new ArrayList<>();
    for (TimeExpression e : normalizer.find(text, reference)) {
      // 当地时间16日下午: the time-zone prefix belongs to the expression as printed.
      Matcher zone = ZONE.matcher(text.substring(Math.max(0, e.start() - 4), e.start()));
      int start = zone.find() ? e.start() - (zone.end() - zone.start()) : e.start();
      out.add(
          new TimeMention(
              text.substring(start, e.end()),
              start,
              e.end(),
              kind(e.kind()),
              value(e.value()),
              Sentences.holding(sentences, start, e.end())));
    }
    return List.copyOf(out);
  }

  /**
   * The output value: ISO 8601, so an unresolved year ({@code XXXX}) is no value, and a part of
   * day (TIMEX3's {@code TAF} for 下午) is dropped to the day it qualifies.
   */
  private static String value(String timex) {
    if (timex.contains("XXXX")) {
      return null;
    }
    return PART_OF_DAY.matcher(timex).replaceAll("");
  }

  private static final Pattern ZONE = Pattern.compile("(?:当地时间|北京时间)$");
  private static final Pattern PART_OF_DAY = Pattern.compile("T(?:MO|AF|EV|NI|MI|DT)");

  private static dev.dossier.model.TimeKind kind(TimeKind kind) {
    return switch (kind) {
      case DATE, TIME -> dev.dossier.model.TimeKind.DATE;
      case RANGE -> dev.dossier.model.TimeKind.RANGE;
      case DURATION -> dev.dossier.model.TimeKind.DURATION;
    };
  }

  /** The reference time of an article: its publication date, else its dateline's date. */
  public static ReferenceTime reference(String published, Dateline dateline) {
    ReferenceTime fromPublished = parse(published);
    if (fromPublished != null) {
      return fromPublished;
    }
    ReferenceTime fromDateline = dateline == null ? null : parse(dateline.date());
    return fromDateline != null ? fromDateline : ReferenceTime.none();
  }

  private static ReferenceTime parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      if (iso.length() > 10) {
        return ReferenceTime.of(LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso.substring(0, 19)));
      }
      if (iso.length() == 10) {
        return ReferenceTime.of(LocalDate.parse(iso));
      }
      return null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

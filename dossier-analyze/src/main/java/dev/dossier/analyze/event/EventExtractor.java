package dev.dossier.analyze.event;

import dev.dossier.analyze.event.EventTriggers.Trigger;
import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Dateline;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import dev.dossier.model.TimeKind;
import dev.dossier.model.TimeMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds events (GDELT-style, but grounded): a trigger word gives the type; participants, place
 * and date come from the trigger's own clause or sentence, or from clearly linked context only:
 * a collective reference (两国元首, the two presidents) takes the participants of the previous
 * event; a sentence opening with a back-reference (会谈后, 随后, 当天) inherits the previous
 * event's participants, place and date; a sentence without a date takes the narrative date of the
 * sentence right before it; the dateline's place serves the paragraph that carries the dateline.
 * Mentions of one happening (same type, participants, date and place) merge into one event with
 * several evidence spans, across languages.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventExtractor {
  private static final Pattern PLANNED =
      Pattern.compile("将于|将在|将同|将与|将出席|将赴|将对|即将|计划|拟于|预计|将(?=[\\u4e00-\\u9fa5])|\\bwill\\b|\\bis to\\b|\\bscheduled\\b|looks forward");
  private static final Pattern COLLECTIVE =
      Pattern.compile("两国元首|两位元首|双方元首|两国领导人|两位领导人|two presidents|two heads of state|two leaders");
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("^(会谈后|会见后|会晤后|会后|随后|其间|期间|当天|同日|当晚|此后|Afterwards|Later)");
  private static final Pattern CLAUSE_END = Pattern.compile("[；;]");

  private final EventTriggers triggers = new EventTriggers();

  /** A mention of an entity, flattened for lookup. */
  private record Ref(int start, int end, String id, EntityType type) {}

  /** An event being built, before merging. */
  private static final class Draft {
    final EventType type;
    String date;
    String place;
    final Set<String> participants;
    final boolean planned;
    final List<Span> evidence = new ArrayList<>();

    Draft(EventType type, String date, String place, Set<String> participants, boolean planned, Span evidence) {
      this.type = type;
      this.date = date;
      this.place = place;
      this.participants = participants;
      this.planned = planned;
      this.evidence.add(evidence);
    }
  }

  /**
   * The events of one article.
   *
   * @param text the clean text
   * @param sentences its sentences
   * @param entities its entities with mentions
   * @param times its time expressions, resolved
   * @param dateline the dateline, or null
   * @param published the publication date (ISO), or null
   */
  public List<Event> extract(
      String text,
      List<Sentence> sentences,
      List<Entity> entities,
      List<TimeMention> times,
      Dateline dateline,
      String published) {
    List<Ref> refs = new ArrayList<>();
    for (Entity e : entities) {
      for (Span m : e.mentions()) {
        refs.add(new Ref(m.start(), m.end(), e.id(), e.type()));
      }
    }
    refs.sort(Comparator.comparingInt(Ref::start));
    String datelinePlace = datelinePlace(dateline, entities, refs);
    if (dateline != null && dateline.start() >= 0) {
      // The outlet and place of the dateline report the story; they do not take part in it.
      refs.removeIf(r -> r.start() >= dateline.start() && r.end() <= dateline.end());
    }
    int datelineParagraph = -1;
    if (dateline != null && dateline.start() >= 0) {
      for (Sentence s : sentences) {
        if (s.start() <= dateline.start() && dateline.start() < s.end()) {
          datelineParagraph = s.paragraph();
        }
      }
    }

    List<Draft> drafts = new ArrayList<>();
    Draft previous = null;
    String previousDate = null;
    int previousParagraph = -1;
    for (Sentence s : sentences) {
      String sentence = s.of(text);
      String sentenceDate = firstDate(times, s.start(), s.end());
      String narrativeDate = sentenceDate;
      if (narrativeDate == null && previousParagraph >= s.paragraph() - 1) {
        narrativeDate = previousDate;
      }
      boolean backReference = BACK_REFERENCE.matcher(sentence).find();
      int clauseStart = s.start();
      for (int clauseEnd : clauseEnds(text, s)) {
        List<Trigger> found = triggers.find(text, clauseStart, clauseEnd);
        Set<EventType> seen = new LinkedHashSet<>();
        for (Trigger t : found) {
          if (!seen.add(t.type())) {
            continue; // 会见 ... 会谈 in one clause is one meeting
          }
          Set<String> participants = participants(refs, clauseStart, clauseEnd);
          if (participants.isEmpty()) {
            participants = participants(refs, s.start(), s.end());
          }
          String clause = text.substring(clauseStart, clauseEnd);
          if (COLLECTIVE.matcher(clause).find() && previous != null) {
            participants.addAll(previous.participants);
          }
          String place = place(text, refs, t, clauseStart, clauseEnd);
          String date = firstDate(times, clauseStart, clauseEnd);
          if (date == null) {
            date = narrativeDate;
          }
          if (participants.isEmpty() && backReference && previous != null) {
            participants.addAll(previous.participants);
            place = place == null ? previous.place : place;
            date = date == null ? previous.date : date;
          }
          if (participants.isEmpty()) {
            continue; // an event needs an actor named in its own text or linked context
          }
          if (place == null && s.paragraph() == datelineParagraph) {
            place = datelinePlace;
          }
          boolean planned =
              PLANNED.matcher(clause).find() || (date != null && published != null && isAfter(date, published));
          Draft d = new Draft(t.type(), date, place, participants, planned, new Span(s.start(), s.end()));
          drafts.add(d);
          previous = d;
        }
        clauseStart = clauseEnd;
      }
      if (sentenceDate != null) {
        previousDate = sentenceDate;
        previousParagraph = s.paragraph();
      } else if (previousParagraph < s.paragraph() - 1) {
        previousDate = null;
      }
    }
    return merge(drafts);
  }

  private static List<Integer> clauseEnds(String text, Sentence s) {
    List<Integer> ends = new ArrayList<>();
    var m = CLAUSE_END.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      ends.add(m.end());
    }
    ends.add(s.end());
    return ends;
  }

  private static Set<String> participants(List<Ref> refs, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (Ref r : refs) {
      if (r.start() >= from && r.end() <= to && r.type() != EntityType.PLACE) {
        out.add(r.id());
      }
    }
    return out;
  }

  /**
   * The place of the event: a place named after 在 (or "in") in the clause; for a visit, the place
   * visited (访问X, 到访X, 抵达X, 对X进行...访问, "visit to X").
   */
  private static String place(String text, List<Ref> refs, Trigger t, int from, int to) {
    String visited = null;
    for (Ref r : refs) {
      if (r.type() != EntityType.PLACE || r.start() < from || r.end() > to) {
        continue;
      }
      String before = text.substring(Math.max(from, r.start() - 3), r.start());
      if (before.endsWith("在") || before.endsWith("在中国") || before.endsWith("in ") || before.endsWith("at ")) {
        return r.id();
      }
      if (t.type() == EventType.VISIT && visited == null) {
        boolean after = r.start() >= t.end() && r.start() - t.end() <= 2;
        boolean targeted = before.endsWith("对") && r.end() <= t.start() && t.start() - r.end() <= 12;
        boolean to_ = before.endsWith("to ") && r.start() >= t.end();
        if (after || targeted || to_) {
          visited = r.id();
        }
      }
    }
    return visited;
  }

  private static String datelinePlace(Dateline dateline, List<Entity> entities, List<Ref> refs) {
    if (dateline == null || dateline.place() == null) {
      return null;
    }
    for (Ref r : refs) {
      if (r.type() == EntityType.PLACE && r.start() >= dateline.start() && r.end() <= dateline.end()) {
        return r.id();
      }
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.PLACE
          && (e.name().equalsIgnoreCase(dateline.place()) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(dateline.place())))) {
        return e.id();
      }
    }
    return null;
  }

  /** The first resolved date or range in {@code [from, to)}, cut to day granularity. */
  private static String firstDate(List<TimeMention> times, int from, int to) {
    for (TimeMention t : times) {
      if (t.start() >= from && t.end() <= to && t.value() != null && t.kind() != TimeKind.DURATION) {
        return dayGrain(t.value());
      }
    }
    return null;
  }

  static String dayGrain(String value) {
    StringBuilder out = new StringBuilder();
    for (String part : value.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      int t = part.indexOf('T');
      out.append(t >= 0 ? part.substring(0, t) : part);
    }
    return out.toString();
  }

  private static boolean isAfter(String date, String published) {
    String d = date.contains("/") ? date.substring(0, date.indexOf('/')) : date;
    String p = published.length() >= d.length() ? published.substring(0, d.length()) : published;
    return d.compareTo(p) > 0;
  }

  private static List<Event> merge(List<Draft> drafts) {
    List<Draft> merged = new ArrayList<>();
    for (Draft d : drafts) {
      Draft same = null;
      for (Draft m : merged) {
        if (m.type == d.type
            && m.participants.equals(d.participants)
            && Objects.equals(m.date, d.date)
            && (m.place == null || d.place == null || m.place.equals(d.place))) {
          same = m;
          break;
        }
      }
      if (same == null) {
        merged.add(d);
      } else {
        if (same.place == null) {
          same.place = d.place;
        }
        if (!same.evidence.contains(d.evidence.get(0))) {
          same.evidence.add(d.evidence.get(0));
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (Draft d : merged) {
      out.add(new Event(d.type, d.date, d.place, List.copyOf(d.participants), d.planned, d.evidence));
    }
    return out;
  }
}

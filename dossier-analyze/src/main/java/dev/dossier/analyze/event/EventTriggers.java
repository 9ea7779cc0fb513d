package dev.dossier.analyze.event;

import dev.dossier.model.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trigger words for each {@link EventType}, Chinese and English, matched longest-first. The lists
 * follow GDELT/CAMEO's verb dictionaries for the consult (04), cooperate (05) and statement (01)
 * roots, narrowed to what news about diplomacy uses. Immutable and thread-safe.
 */
final class EventTriggers {
  /** A trigger found in a text. */
  record Trigger(EventType type, int start, int end) {}

  private static final Map<EventType, List<String>> CHINESE =
      Map.of(
          EventType.MEET,
          List.of("会见", "会晤", "会谈", "晤谈", "会面", "见面", "共进晚餐", "晚宴", "宴请", "接见", "举行会谈"),
          EventType.VISIT,
          List.of("国事访问", "访问", "到访", "访华", "来华", "出访", "抵达", "回访", "来访", "访哈", "抵京"),
          EventType.CALL,
          List.of("通电话", "通话", "视频通话"),
          EventType.ATTEND,
          List.of("出席", "参加", "参会", "与会"),
          EventType.SIGN,
          List.of("签署", "签订", "签约", "签字"),
          EventType.SPEECH,
          List.of("致辞", "发表演讲", "发表重要演讲", "演讲", "发表讲话", "书面讲话", "书面声明"));

  private static final Map<EventType, String> ENGLISH =
      Map.of(
          EventType.MEET, "met|meets?|meeting|talks|dinner|banquet",
          EventType.VISIT, "visit(?:s|ed|ing)?|arriv(?:al|ed|es)",
          EventType.CALL, "phone call|telephone (?:call|conversation)|phoned|video call",
          EventType.ATTEND, "attend(?:s|ed|ing)?",
          EventType.SIGN, "sign(?:s|ed|ing)?",
          EventType.SPEECH, "speech|(?:written )?statement|address(?:ed)?|remarks");

  private final List<Map.Entry<String, EventType>> chinese;
  private final List<Map.Entry<Pattern, EventType>> english;

  EventTriggers() {
    List<Map.Entry<String, EventType>> zh = new ArrayList<>();
    CHINESE.forEach((type, words) -> words.forEach(w -> zh.add(Map.entry(w, type))));
    zh.sort(Comparator.comparingInt((Map.Entry<String, EventType> e) -> -e.getKey().length()));
    this.chinese = List.copyOf(zh);
    List<Map.Entry<Pattern, EventType>> en = new ArrayList<>();
    ENGLISH.forEach(
        (type, alt) ->
            en.add(Map.entry(Pattern.compile("\\b(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE), type)));
    en.sort(Comparator.comparing(e -> e.getValue().name()));
    this.english = List.copyOf(en);
  }

  /** Triggers in {@code text[from, to)}, in order, non-overlapping (longest wins). */
  List<Trigger> find(String text, int from, int to) {
    List<Trigger> found = new ArrayList<>();
    int i = from;
    while (i < to) {
      Trigger hit = null;
      for (Map.Entry<String, EventType> e : chinese) {
        String w = e.getKey();
        if (i + w.length() <= to && text.startsWith(w, i)) {
          hit = new Trigger(e.getValue(), i, i + w.length());
          break;
        }
      }
      if (hit != null) {
        found.add(hit);
        i = hit.end();
      } else {
        i++;
      }
    }
    String slice = text.substring(from, to);
    if (slice.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
      for (Map.Entry<Pattern, EventType> e : english) {
        Matcher m = e.getKey().matcher(slice);
        while (m.find()) {
          // "statement"/"address" only count as a speech when made by someone, not "a statement of"
          if (e.getValue() == EventType.SPEECH
              && m.group().toLowerCase(Locale.ROOT).startsWith("address")
              && !slice.toLowerCase(Locale.ROOT).contains("addressed")) {
            continue;
          }
          found.add(new Trigger(e.getValue(), from + m.start(), from + m.end()));
        }
      }
      found.sort(Comparator.comparingInt(Trigger::start));
    }
    return found;
  }
}

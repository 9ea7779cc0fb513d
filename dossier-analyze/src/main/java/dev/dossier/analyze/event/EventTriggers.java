package dev.dossier.analyze.event;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import dev.dossier.model.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trigger words for each {@link EventType}, Chinese and English. The lists follow GDELT/CAMEO's
 * verb dictionaries for the consult (04), cooperate (05) and statement (01) roots, narrowed to
 * what news about diplomacy uses.
 *
 * <p>Chinese words are found in one pass over the whole text with HanLP's Aho-Corasick double-array
 * trie (longest match wins where they overlap), so the cost does not grow with the number of
 * words. English triggers are single words looked up in a hash map while the text is walked word by
 * word, only inside runs of Latin letters; whether a word is used as an event verb is decided by
 * the extractor from its neighbours. Immutable and thread-safe (the trie is read-only after it is
 * built).
 */
final class EventTriggers {
  /** A trigger found in a text; {@code english} for a Latin-script word. */
  record Trigger(EventType type, int start, int end, boolean english) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  private static final Map<EventType, List<String>> CHINESE =
      Map.of(
          EventType.MEET,
          List.of("会见", "会晤", "会谈", "晤谈", "会面", "见面", "共进晚餐", "晚宴", "宴请", "接见", "举行会谈"),
          EventType.VISIT,
          List.of("国事访问", "访问", "到访", "访华", "来华", "出访", "抵达", "回访", "来访", "访哈", "抵京", "来到"),
          EventType.CALL,
          List.of("通电话", "通话", "视频通话"),
          EventType.ATTEND,
          List.of("出席", "参加", "参会", "与会"),
          EventType.SIGN,
          List.of("签署", "签订", "签约", "签字"),
          EventType.SPEECH,
          List.of("致辞", "发表演讲", "发表重要演讲", "演讲", "发表讲话", "发表重要讲话", "讲话", "书面讲话", "书面声明",
              "记者会", "新闻发布会", "发布会", "吹风会", "记者招待会"));

  /** English words (lower case); the extractor checks the word's neighbours for verbal use. */
  private static final Map<EventType, List<String>> ENGLISH =
      Map.of(
          EventType.MEET, List.of("met", "meet", "meets", "talks", "dinner", "banquet"),
          EventType.VISIT, List.of("visit", "visits", "visited", "visiting", "arrived"),
          EventType.CALL, List.of("phoned", "call", "conversation"),
          EventType.ATTEND, List.of("attend", "attends", "attended", "attending"),
          EventType.SIGN, List.of("signed", "sign", "signs", "signing"),
          EventType.SPEECH, List.of("speech", "statement", "addressed"));

  private final AhoCorasickDoubleArrayTrie<EventType> chinese = new AhoCorasickDoubleArrayTrie<>();
  private final Map<String, EventType> english = new HashMap<>();

  EventTriggers() {
    TreeMap<String, EventType> words = new TreeMap<>();
    CHINESE.forEach((type, list) -> list.forEach(w -> words.put(w, type)));
    chinese.build(words);
    ENGLISH.forEach((type, list) -> list.forEach(w -> english.put(w, type)));
  }

  /** Every trigger of {@code text}, in text order, non-overlapping (the longest wins). */
  List<Trigger> find(String text) {
    List<Trigger> hits = new ArrayList<>();
    for (AhoCorasickDoubleArrayTrie<EventType>.Hit<EventType> h : chinese.parseText(text)) {
      hits.add(new Trigger(h.value, h.begin, h.end, false));
    }
    hits.sort(Comparator.comparingInt(Trigger::start).thenComparingInt(t -> -(t.end() - t.start())));
    List<Trigger> out = new ArrayList<>();
    int covered = 0;
    for (Trigger t : hits) {
      if (t.start() >= covered) {
        out.add(t);
        covered = t.end();
      }
    }
    boolean hasEnglish = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isAsciiLetter(text.charAt(j))) {
        j++;
      }
      // Trigger words have 3-12 letters: shorter and longer words are skipped without a lookup.
      if (j - i >= 3 && j - i <= 12) {
        EventType type = english.get(text.substring(i, j).toLowerCase(Locale.ROOT));
        if (type != null) {
          out.add(new Trigger(type, i, j, true));
          hasEnglish = true;
        }
      }
      i = j;
    }
    if (hasEnglish) {
      out.sort(Comparator.comparingInt(Trigger::start));
    }
    return out;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}

package dev.dossier.analyze.keyword;

import dev.dossier.analyze.token.Token;
import dev.dossier.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses 5–10 tags a person would pick for an article. Candidates, in order of trust: the tags
 * printed by the source; named entities (by how often they are mentioned); short terms the article
 * puts in quotation marks (“一带一路”, “丝绸之路经济带”: Chinese news marks its key concepts so);
 * nouns and noun phrases by frequency. Scores favour words in the title. Single characters,
 * stopwords, generic news vocabulary and English function words are never tags; a candidate
 * contained in a better one is dropped (新疆 under 新疆维吾尔自治区 is kept only if mentioned alone).
 *
 * <p>Hand-written: HanLP's TextRankKeyword scores single words only and knows nothing of
 * entities or quoted terms. Immutable and thread-safe.
 */
public final class KeywordExtractor {
  private static final int MIN = 5;
  private static final int MAX = 10;
  private static final Pattern QUOTED = Pattern.compile("[“「《]([^”」》\\n]{2,10})[”」》]");
  private static final Set<String> NOUN_TAGS = Set.of("n", "nz", "nt", "ns", "nr", "nrf", "nsf", "vn", "gi", "nis", "nnt");
  private static final Set<String> PHRASE_TAGS = Set.of("n", "nz", "vn", "gi");
  private static final Set<String> GENERIC =
      Set.of(
          "问题", "方面", "工作", "领域", "国家", "关系", "发展", "记者", "时间", "双方", "两国", "今年", "去年", "目前",
          "活动", "情况", "成果", "合作", "交流", "水平", "重要", "期间", "方向", "基础", "机制", "作用", "意见", "主席",
          "总统", "总理", "部长", "书记", "人民", "世界", "地区", "国际", "中方", "哈方", "各方", "新华社", "报道", "一行",
          "代表", "企业", "项目", "今天", "明天", "昨天", "this", "that", "with", "from", "have", "has", "said", "the", "and");

  /**
   * The article's tags.
   *
   * @param sourceTags tags printed by the source (kept first)
   * @param title the title, or null
   * @param entities recognised entities
   * @param tokens the body's tokens
   */
  public List<String> extract(
      String text, String title, List<String> sourceTags, List<Entity> entities, List<Token> tokens) {
    Map<String, Double> score = new HashMap<>();
    String titleText = title == null ? "" : title;
    for (Entity e : entities) {
      String name = e.name();
      if (usable(name)) {
        score.merge(name, 1.5 * e.mentions().size(), Double::sum);
      }
    }
    Matcher m = QUOTED.matcher(text);
    // Tried only at the opening marks: a plain find tests the mark class at every character.
    for (int p = nextOpening(text, 0); p >= 0; p = nextOpening(text, p + 1)) {
      if (!m.region(p, text.length()).lookingAt()) {
        continue;
      }
      String term = m.group(1).strip();
      if (usable(term) && !hasClausePunctuation(term)) {
        score.merge(term, 1.5, Double::sum);
      }
      p = m.end() - 1; // go on after the match, as find would
    }
    for (int i = 0; i < tokens.size(); ) {
      // A maximal run of adjacent common nouns (国际 合作 高峰 论坛) is one phrase candidate; its
      // words count only half on their own, so the phrase wins over its fragments.
      int j = i;
      while (j < tokens.size()
          && PHRASE_TAGS.contains(tokens.get(j).pos())
          && (j == i || tokens.get(j).start() == tokens.get(j - 1).end())) {
        j++;
      }
      boolean inPhrase = j - i >= 2;
      if (inPhrase) {
        String phrase = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        if (usable(phrase)) {
          score.merge(phrase, 1.2, Double::sum);
        }
      }
      int end = Math.max(j, i + 1);
      for (int k = i; k < end; k++) {
        Token t = tokens.get(k);
        if (NOUN_TAGS.contains(t.pos()) && usable(t.word())) {
          score.merge(t.word(), inPhrase ? 0.5 : 1.0, Double::sum);
        }
      }
      i = end;
    }
    score.replaceAll((k, v) -> titleText.contains(k) ? v * 2 + 2 : v);
    score.replaceAll((k, v) -> GENERIC.contains(k) ? v * 0.3 : v);

    LinkedHashMap<String, Boolean> chosen = new LinkedHashMap<>();
    for (String t : sourceTags) {
      if (chosen.size() < MAX && !t.isBlank()) {
        chosen.put(t.strip(), true);
      }
    }
    // By score, best first. A candidate under 2 is taken only while fewer than MIN are chosen, so
    // the many such (most words) are ranked only when that happens.
    List<Map.Entry<String, Double>> strong = new ArrayList<>();
    List<Map.Entry<String, Double>> weak = new ArrayList<>();
    for (Map.Entry<String, Double> e : score.entrySet()) {
      (e.getValue() < 2 ? weak : strong).add(e);
    }
    choose(strong, chosen);
    if (chosen.size() < MIN) {
      choose(weak, chosen);
    }
    return List.copyOf(chosen.keySet());
  }

  private static final Comparator<Map.Entry<String, Double>> BEST_FIRST =
      Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()).thenComparing(Map.Entry::getKey);

  private static void choose(List<Map.Entry<String, Double>> ranked, LinkedHashMap<String, Boolean> chosen) {
    ranked.sort(BEST_FIRST);
    for (Map.Entry<String, Double> e : ranked) {
      if (chosen.size() >= MAX) {
        break;
      }
      String k = e.getKey();
      boolean covered = chosen.keySet().stream().anyMatch(c -> c.contains(k) || k.contains(c));
      if (covered || (e.getValue() < 2 && chosen.size() >= MIN)) {
        continue;
      }
      chosen.put(k, true);
    }
  }

  /** The next opening mark of {@link #QUOTED} at or after {@code from}, or -1. */
  private static int nextOpening(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '「' || c == '《') {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasClausePunctuation(String term) {
    for (int i = 0; i < term.length(); i++) {
      if ("，。,、！？；：".indexOf(term.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean usable(String s) {
    if (s.codePointCount(0, s.length()) < 2 || s.length() > 10) {
      return false;
    }
    boolean numeric = true;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      numeric &= Character.isDigit(c) || c == '.' || c == '%';
      ascii &= c < 128;
    }
    if (numeric) {
      return false;
    }
    if (ascii && (s.length() < 3 || GENERIC.contains(s.toLowerCase()))) {
      return false;
    }
    return true; // generic words stay candidates, down-weighted
  }
}

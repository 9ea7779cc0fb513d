package dev.dossier.analyze.summary;

import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Language;
import dev.dossier.model.Paragraph;
import dev.dossier.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extractive summary: picks whole sentences from the body, so every word of the summary is in the
 * source. Sentences are scored by centrality (how much of the article's frequent vocabulary they
 * carry: character bigrams for Chinese, words for English), with a lead bonus (news puts the key
 * facts first), and chosen greedily with a redundancy check (maximal marginal relevance), then
 * returned in article order.
 *
 * <p>Hand-written rather than HanLP's TextRankSentence because we need offsets, a language filter
 * (a bilingual article is summarised in its main language), heading and quote handling, and no
 * global segmenter state. Immutable and thread-safe.
 */
public final class Summarizer {
  private static final double MAX_OVERLAP = 0.5;
  private final SummaryConfig config;

  public Summarizer(SummaryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The summary of {@code text}.
   *
   * @param sentences the article's sentences
   * @param paragraphs its paragraphs (headings are never chosen; only paragraphs in
   *     {@code language} are)
   * @param language the article's main language
   */
  public List<SummarySentence> summarize(
      String text, List<Sentence> sentences, List<Paragraph> paragraphs, Language language) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : sentences) {
      Paragraph p = s.paragraph() < paragraphs.size() ? paragraphs.get(s.paragraph()) : null;
      if (p != null && (p.heading() || p.language() != language)) {
        continue;
      }
      if (isCandidate(s.of(text), language)) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> tf = new HashMap<>();
    List<Set<String>> units = new ArrayList<>();
    for (Sentence s : candidates) {
      Set<String> u = units(s.of(text), language);
      units.add(u);
      for (String t : u) {
        tf.merge(t, 1, Integer::sum);
      }
    }
    int n = candidates.size();
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (String t : units.get(i)) {
        int f = tf.get(t);
        if (f > 1) {
          sum += Math.log(f);
        }
      }
      // Normalise by sqrt(size): long sentences carry more terms but should not win by length.
      double centrality = sum / Math.sqrt(Math.max(8, units.get(i).size()));
      double lead = i == 0 ? 1.5 : (candidates.get(i).paragraph() <= 1 ? 1.2 : 1.0);
      score[i] = centrality * lead;
    }
    int want =
        Math.max(
            config.minSentences(),
            Math.min(config.maxSentences(), 1 + text.length() / config.charsPerSentence()));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
    List<Integer> chosen = new ArrayList<>();
    Set<String> seenText = new HashSet<>();
    for (int i : order) {
      if (chosen.size() == want) {
        break;
      }
      String s = candidates.get(i).of(text);
      if (!seenText.add(s)) {
        continue;
      }
      boolean redundant = false;
      for (int j : chosen) {
        if (overlap(units.get(i), units.get(j)) > MAX_OVERLAP) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        chosen.add(i);
      }
    }
    chosen.sort(Comparator.naturalOrder());
    List<SummarySentence> out = new ArrayList<>();
    for (int i : chosen) {
      Sentence s = candidates.get(i);
      out.add(new SummarySentence(s.of(text), s.start(), s.end()));
    }
    return out;
  }

  private static boolean isCandidate(String s, Language language) {
    int len = s.length();
    if (language == Language.EN) {
      return len >= 40 && len <= 600 && !s.endsWith("?");
    }
    // A bare quotation or question is a poor summary sentence; so are fragments and run-ons.
    return len >= 12 && len <= 220 && !s.endsWith("？") && !s.startsWith("“") && !s.startsWith("「");
  }

  private static Set<String> units(String s, Language language) {
    Set<String> out = new HashSet<>();
    if (language == Language.EN) {
      for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 3) {
          out.add(w);
        }
      }
      return out;
    }
    for (int i = 0; i + 1 < s.length(); i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
        out.add(s.substring(i, i + 2));
      }
    }
    return out;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) {
        common++;
      }
    }
    return common / (double) Math.min(a.size(), b.size());
  }
}

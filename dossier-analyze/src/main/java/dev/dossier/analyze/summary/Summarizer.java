package dev.dossier.analyze.summary;

import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Language;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Span;
import dev.dossier.model.SummarySentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    return summarize(text, sentences, paragraphs, language, null, List.of());
  }

  /**
   * The summary of {@code text}, with what is not part of any sentence taken out: the dateline
   * ({@code 新华社北京7月1日电}, {@code 央视网消息（新闻联播）：}, {@code ASTANA, July 2 (Xinhua) --}, and a closing credit such as
   * {@code （记者 张三）}) is cut from the sentence it opens or closes, so the span starts after it;
   * a sentence that repeats an image caption ({@code captions}, kept apart from the body) is
   * never chosen.
   *
   * @param dateline the dateline's span in {@code text}, or null
   * @param captions the captions' texts
   */
  public List<SummarySentence> summarize(
      String text,
      List<Sentence> sentences,
      List<Paragraph> paragraphs,
      Language language,
      Span dateline,
      List<String> captions) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : sentences) {
      Paragraph p = s.paragraph() < paragraphs.size() ? paragraphs.get(s.paragraph()) : null;
      if (p != null && (p.heading() || p.language() != language)) {
        continue;
      }
      Sentence t = trim(text, s, dateline);
      if (t != null && isCandidate(t.of(text), language) && !repeatsCaption(t.of(text), captions)) {
        candidates.add(t);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    // A unit is an int (a bigram its two chars, an English word its number in this text). Each
    // distinct unit gets a dense id (a primitive hash table, no string or box per unit); a unit's
    // frequency is the number of sentences holding it, counted once per sentence. Each sentence's
    // distinct units are then sorted (signed order, as the overlap test reads them) and their
    // log frequencies summed in that order. This replaced one sort of all (unit, sentence) pairs
    // of the text, which was half of this stage's time.
    int n = candidates.size();
    Map<String, Integer> wordIds = new HashMap<>();
    int[][] raw = new int[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = units(text, candidates.get(i).start(), candidates.get(i).end(), language, wordIds);
      total += raw[i].length;
    }
    UnitIds ids = new UnitIds(total);
    int[][] sentenceIds = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] u = raw[i];
      int[] d = new int[u.length];
      for (int k = 0; k < u.length; k++) {
        d[k] = ids.idOf(u[k]);
      }
      sentenceIds[i] = d;
    }
    int[] frequency = new int[ids.size()];
    int[] lastSentence = new int[ids.size()]; // the last sentence holding the unit, plus one
    List<int[]> units = new ArrayList<>(n);
    double[] sums = new double[n];
    long[] keys = new long[16];
    for (int i = 0; i < n; i++) {
      int[] d = sentenceIds[i];
      int distinct = 0;
      if (keys.length < d.length) {
        keys = new long[Math.max(d.length, keys.length * 2)];
      }
      for (int k = 0; k < d.length; k++) {
        int id = d[k];
        if (lastSentence[id] != i + 1) {
          lastSentence[id] = i + 1;
          frequency[id]++;
          keys[distinct++] = (long) raw[i][k] << 32 | id;
        }
      }
      Arrays.sort(keys, 0, distinct);
      int[] sorted = new int[distinct];
      for (int k = 0; k < distinct; k++) {
        sorted[k] = (int) (keys[k] >> 32);
        sentenceIds[i][k] = (int) keys[k]; // reused: the ids in unit order
      }
      units.add(sorted);
    }
    for (int i = 0; i < n; i++) {
      double sum = 0;
      int[] d = sentenceIds[i];
      for (int k = 0, distinct = units.get(i).length; k < distinct; k++) {
        int f = frequency[d[k]];
        if (f > 1) {
          sum += Math.log(f);
        }
      }
      sums[i] = sum;
    }
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = sums[i];
      // Normalise by sqrt(size): long sentences carry more terms but should not win by length.
      double centrality = sum / Math.sqrt(Math.max(8, units.get(i).length));
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

  private static final Pattern OPENING_DATELINE =
      Pattern.compile(
          "(?:\\p{IsHan}{2,14}\\d{1,2}月\\d{1,2}日(?:电|讯)(?:[（(][^）)\\n]{0,24}[）)])?"
              + "|\\p{IsHan}{2,8}消息(?:[（(][^）)\\n]{1,16}[）)])?[：:]"
              + "|[A-Z][A-Z .'-]{1,30}, [A-Z][a-z]{2,8}\\.? \\d{1,2} \\([A-Za-z ]{2,24}\\) ?(?:--|—|–))\\s*");

  /**
   * The sentence without a dateline at its start or end and without white space or an opening
   * bracket left dangling at its end ({@code ...机会。”（} before a closing credit); null when
   * nothing is left.
   */
  private static Sentence trim(String text, Sentence s, Span dateline) {
    int start = s.start();
    int end = s.end();
    if (dateline != null && dateline.start() < end && dateline.end() > start) {
      if (dateline.start() <= start) {
        start = dateline.end();
      } else {
        end = dateline.start();
      }
    }
    // A dateline opens a paragraph: other sentences are not tried against the pattern.
    if ((start == 0 || text.charAt(start - 1) == '\n') && mayOpenWithDateline(text, start, end)) {
      Matcher m = OPENING_DATELINE.matcher(text).region(start, end);
      if (m.lookingAt() && m.end() < end) {
        start = m.end();
      }
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || "（(「【《".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end <= start) {
      return null;
    }
    return start == s.start() && end == s.end() ? s : new Sentence(start, end, s.paragraph());
  }

  /**
   * False when {@link #OPENING_DATELINE} cannot match at {@code start} (within {@code end}): its
   * alternatives need 月 within the first 17 characters, 消息 within the first 10, or a capital
   * letter first. A test of a few characters before the pattern, whose Han runs were tried at
   * every paragraph start.
   */
  private static boolean mayOpenWithDateline(String text, int start, int end) {
    if (start >= end) {
      return false;
    }
    char c = text.charAt(start);
    if (c >= 'A' && c <= 'Z') {
      return true;
    }
    int month = text.indexOf('月', start);
    if (month >= 0 && month < Math.min(end, start + 17)) {
      return true;
    }
    int news = text.indexOf("消息", start);
    return news >= 0 && news + 2 <= Math.min(end, start + 10);
  }

  /** Most of the sentence's bigrams are a caption's: the body carries the caption again. */
  private static boolean repeatsCaption(String sentence, List<String> captions) {
    for (String c : captions) {
      if (c.length() >= 8 && (sentence.contains(c.strip()) || c.contains(sentence))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCandidate(String s, Language language) {
    int len = s.length();
    if (language == Language.EN) {
      return len >= 40 && len <= 600 && !s.endsWith("?");
    }
    // A bare quotation or question is a poor summary sentence; so are fragments and run-ons.
    return len >= 12 && len <= 220 && !s.endsWith("？") && !s.startsWith("“") && !s.startsWith("「");
  }

  /**
   * The units of {@code text[start, end)}, in text order, repeats included: for English its words
   * longer than three letters, lower-cased, numbered by {@code wordIds}; else its bigrams of
   * letters or digits.
   */
  static int[] units(String text, int start, int end, Language language, Map<String, Integer> wordIds) {
    int[] out = new int[Math.max(0, end - start)];
    int size = 0;
    if (language == Language.EN) {
      // The words between runs of [^\p{L}\p{N}], as a split on that pattern gives them, found by
      // a walk over the code points (the split was a tenth of this stage on English text).
      String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
      int i = 0;
      while (i < lower.length()) {
        int from = i;
        int cp;
        while (i < lower.length() && isWordCodePoint(cp = lower.codePointAt(i))) {
          i += Character.charCount(cp);
        }
        if (i == from) {
          i += Character.charCount(lower.codePointAt(i)); // a separator
          continue;
        }
        if (i - from > 3) {
          String w = lower.substring(from, i);
          Integer id = wordIds.get(w);
          if (id == null) {
            id = wordIds.size();
            wordIds.put(w, id);
          }
          out[size++] = id;
        }
      }
    } else {
      for (int i = start; i + 1 < end; i++) {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (isLetterOrDigit(a) && isLetterOrDigit(b)) {
          out[size++] = a << 16 | b;
        }
      }
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * {@link Character#isLetterOrDigit(char)}, answered without the table lookup for the common
   * CJK ideographs (U+4E00..U+9FEF are letters in every Unicode version of Java 17).
   */
  private static boolean isLetterOrDigit(char c) {
    return c >= 0x4E00 && c <= 0x9FEF || Character.isLetterOrDigit(c);
  }

  /** {@code \p{L}} or {@code \p{N}} as java.util.regex reads them: a letter, or a number of any kind. */
  private static boolean isWordCodePoint(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * Dense ids {@code 0, 1, ...} for int units, in order of first sight: open addressing over
   * primitive arrays, sized once for at most {@code capacity} distinct units. Hand-written because
   * no library on the classpath has a primitive int map; per call, never shared.
   */
  private static final class UnitIds {
    /** Per slot: (id + 1) in the high half, the unit in the low half; 0 is an empty slot. */
    private final long[] slots;
    private final int mask;
    private int size;

    UnitIds(int capacity) {
      int c = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
      slots = new long[c];
      mask = c - 1;
    }

    int idOf(int unit) {
      int h = unit * 0x9E3779B9;
      int slot = (h ^ h >>> 16) & mask;
      long entry;
      while ((entry = slots[slot]) != 0) {
        if ((int) entry == unit) {
          return (int) (entry >>> 32) - 1;
        }
        slot = slot + 1 & mask;
      }
      slots[slot] = (long) (size + 1) << 32 | (unit & 0xFFFFFFFFL);
      return size++;
    }

    int size() {
      return size;
    }
  }

  /** Shared units over the smaller set's size; both sorted and distinct. */
  private static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) Math.min(a.length, b.length);
  }
}

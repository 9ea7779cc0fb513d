package dev.dossier.analyze.keyword;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import dev.dossier.analyze.token.Token;
import dev.dossier.hanlp.HanLpRuntime;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses 5–10 tags a person would pick for an article: the tags printed by the source first,
 * then the main entities (people, places, organisations, under their canonical names, once each),
 * then topical terms: words, phrases and quoted key concepts ranked by TF-IDF.
 *
 * <p>TF-IDF without a corpus of our own: the document frequency is stood in for by the word's
 * frequency in HanLP's core dictionary (counted on the People's Daily corpus), so 合作, 发展,
 * 工作 weigh little and 峰会, 班列 much; {@code idf = ln(C / (1 + freq))}, {@code tf} sublinear
 * ({@code 1 + ln n}). Candidates are content words (common nouns, verbal nouns, idioms,
 * abbreviations: no titles such as 主席 or 发言人, no institution suffixes such as 大学, none of
 * HanLP's stopwords), phrases of adjacent content words and place or organisation mentions
 * ({@code 上海合作组织 峰会}, {@code 中欧 班列}, {@code 国际 合作 高峰 论坛}: phrase building as in RAKE,
 * edges of at least two characters so that {@code 两|国 关系} gives no {@code 国关系}), terms the
 * article puts in quotation marks ({@code “一带一路”}: Chinese news marks its key concepts so) and, in
 * English text, runs of two to four words between stopwords and punctuation. Person names come
 * only from the entities (a name HanLP guessed, such as {@code 国将} in 两国将, is no tag), and
 * words inside an entity mention are the entity's, not terms of their own (习主席 is 习近平).
 *
 * <p>Hand-written on the shared tokens rather than HanLP's TextRankKeyword, which segments again,
 * scores single words only and knows nothing of entities. Immutable and thread-safe (HanLP's
 * dictionaries are only read).
 */
public final class KeywordExtractor {
  private static final int MIN = 5;
  private static final int MAX = 10;
  /** Entities among the tags at most, so that topical terms have room. */
  private static final int MAX_ENTITIES = 5;
  /**
   * Document frequency at which a word carries no weight (idf 0). Frequencies are HanLP's custom
   * dictionary's where it has the word (a larger corpus: 地方 7656, 书记 5039, 峰会 120), else ten
   * times the core dictionary's (about the ratio between the two).
   */
  private static final double IDF_CORPUS = 20000;
  /** A phrase's last word must be at least this specific: no 哈萨克斯坦地方, 自治区党委书记. */
  private static final double MIN_HEAD_IDF = 2.0;
  /** English words that end no key phrase: times (two years ago, on Tuesday). */
  private static final Set<String> ENGLISH_TIME_WORDS =
      Set.of("year", "years", "month", "months", "day", "days", "week", "weeks", "ago", "today", "time", "times");
  private static final Pattern QUOTED = Pattern.compile("[“「《]([^”」》\\n]{2,10})[”」》]");

  /**
   * HanLP's stopwords, copied once into a hash set: the dictionary is an MDAG, whose lookup walks
   * a node per character and was a tenth of this stage's time. HanLP's list is never changed at
   * run time (only HanLpRuntime may touch HanLP's global state, and it does not).
   */
  private final Set<String> stopwords;
  /** {@link #contentIdf} as a function made once: a method reference made per token was garbage. */
  private final Function<String, Double> contentIdfOfWord = this::contentIdf;

  public KeywordExtractor() {
    HanLpRuntime.ensureConfigured();
    this.stopwords = Set.copyOf(CoreStopWordDictionary.dictionary);
  }

  /**
   * The article's tags: 5–10 distinct strings of two characters or more (fewer only when the
   * article has too little to say).
   *
   * @param text the clean body
   * @param title the title, or null
   * @param sourceTags tags printed by the source (kept first)
   * @param entities recognised entities (their canonical names are the tags)
   * @param tokens the body's tokens
   */
  public List<String> extract(
      String text, String title, List<String> sourceTags, List<Entity> entities, List<Token> tokens) {
    String titleText = title == null ? "" : title;
    LinkedHashMap<String, Boolean> chosen = new LinkedHashMap<>();
    for (String t : sourceTags) {
      if (chosen.size() < MAX && !t.isBlank()) {
        chosen.put(t.strip(), false);
      }
    }
    // Where the entities are named: tokens there belong to the entity.
    // coverEnd[i]: the furthest end of a mention holding character i; a token is the entity's
    // when a mention holds all of it (not when a one-character mention, 中 of 中欧 for 中国,
    // sits inside it).
    int[] coverEnd = new int[text.length() + 1];
    // At a mention's start: its end, and whether it names a place or organisation (a phrase unit)
    // or a person (a word right after it is said of the person). Arrays, not maps: this runs once
    // per token.
    int[] mentionEnd = new int[text.length() + 1];
    boolean[] nameUnitAt = new boolean[text.length() + 1];
    boolean[] personEnd = new boolean[text.length() + 1];
    for (Entity e : entities) {
      for (Span s : e.mentions()) {
        if (s.end() <= text.length()) {
          for (int i = s.start(); i < s.end(); i++) {
            coverEnd[i] = Math.max(coverEnd[i], s.end());
          }
          if (e.type() == EntityType.PERSON) {
            personEnd[s.end()] = true;
          } else if (s.end() > mentionEnd[s.start()]) {
            mentionEnd[s.start()] = s.end();
            nameUnitAt[s.start()] = true;
          }
        }
      }
    }

    List<Candidate> ranked = new ArrayList<>();
    for (Entity e : entities) {
      int mentions = 0;
      for (Span s : e.mentions()) {
        // A byline or credit (新华社记者, 新华社北京7月1日电) names the outlet, not the topic.
        if (!(text.startsWith("记者", s.end()) || text.startsWith("电", s.end())
            || s.end() < text.length() && Character.isDigit(text.charAt(s.end())))) {
          mentions++;
        }
      }
      boolean inTitle = titleText.contains(e.name());
      for (int k = 0; k < e.aliases().size() && !inTitle; k++) {
        String a = e.aliases().get(k);
        inTitle = a.length() >= 2 && titleText.contains(a);
      }
      if (usable(e.name()) && mentions > 0) {
        ranked.add(new Candidate(e.name(), mentions * (inTitle ? 2 : 1), true, mentions >= 2 || inTitle));
      }
    }
    ranked.sort(BEST_FIRST);
    int entityCount = 0;
    for (Candidate c : ranked) {
      if (c.strong() && entityCount < MAX_ENTITIES && chosen.size() < MAX - 3 && !covered(chosen, c.text(), true)) {
        chosen.put(c.text(), true);
        entityCount++;
      }
    }

    // Sized for the text at once: rehashing as they grew was a tenth of the map work.
    Map<String, Term> terms = new HashMap<>(Math.max(16, tokens.size() / 2));
    Map<String, Double> idfCache = new HashMap<>(Math.max(16, tokens.size() / 2));
    int[] latinTokens = collectChinese(text, tokens, coverEnd, nameUnitAt, mentionEnd, personEnd, terms, idfCache);
    // A title printed with a name (新疆维吾尔自治区党委书记, 党委书记) is a role, not a topic.
    List<String> roles = new ArrayList<>();
    for (Entity e : entities) {
      roles.addAll(e.roles());
    }
    if (!roles.isEmpty()) {
      // Only a term ending in a role's last character can end that role: tested first.
      StringBuilder lastChars = new StringBuilder();
      for (String r : roles) {
        if (!r.isEmpty()) {
          lastChars.append(r.charAt(r.length() - 1));
        }
      }
      String last = lastChars.toString();
      terms.values().removeIf(t -> last.indexOf(t.text.charAt(t.text.length() - 1)) >= 0 && endsSomeRole(roles, t.text));
    }
    collectEnglish(text, tokens, latinTokens, coverEnd, terms, idfCache);
    Matcher m = QUOTED.matcher(text);
    // Tried only at the opening marks: a plain find tests the mark class at every character.
    for (int p = nextOpening(text, 0); p >= 0; p = nextOpening(text, p + 1)) {
      if (!m.region(p, text.length()).lookingAt()) {
        continue;
      }
      String term = m.group(1).strip();
      if (usable(term) && !hasClausePunctuation(term) && !term.startsWith("第")) {
        Term t = live(terms, term, idfCache);
        if (t == null) {
          t = new Term(term, Math.log(IDF_CORPUS));
          terms.put(term, t);
        }
        if (!t.quoted) {
          t.quoted = true;
          t.count = occurrences(text, term); // every mention, quoted or not, once
        }
      }
      p = m.end() - 1; // go on after the match, as find would
    }
    // Terms said twice (or in the title) are ranked first; the many said once only when too few
    // tags are chosen, so that most articles sort only the few.
    List<Candidate> topical = topical(terms, titleText, true, idfCache);
    for (Candidate c : topical) {
      if (chosen.size() >= MAX) {
        break;
      }
      if (!covered(chosen, c.text(), false)) {
        chosen.put(c.text(), false);
      }
    }
    // Too little said twice: the remaining entities, then terms mentioned once.
    if (chosen.size() < MIN) {
      for (List<Candidate> rest : List.of(ranked, topical(terms, titleText, false, idfCache))) {
        for (Candidate c : rest) {
          if (chosen.size() >= MIN) {
            break;
          }
          if (!covered(chosen, c.text(), c.entity())) {
            chosen.put(c.text(), c.entity());
          }
        }
      }
    }
    return List.copyOf(chosen.keySet());
  }

  /** The strong terms (said twice or in the title) or the weak ones, by TF-IDF, best first. */
  private List<Candidate> topical(Map<String, Term> terms, String titleText, boolean strong, Map<String, Double> idfCache) {
    List<Candidate> out = new ArrayList<>();
    for (Iterator<Term> it = terms.values().iterator(); it.hasNext(); ) {
      Term t = it.next();
      boolean inTitle = !titleText.isEmpty() && titleText.contains(t.text);
      if ((t.count >= 2 || inTitle) != strong) {
        continue;
      }
      if (t.pending && !resolve(t, idfCache)) {
        it.remove(); // a word that is no term after all
        continue;
      }
      double score = (1 + Math.log(t.count)) * t.idf * (inTitle ? 1.5 : 1.0);
      if (score > 0) {
        out.add(new Candidate(t.text, score, false, strong));
      }
    }
    out.sort(BEST_FIRST);
    return out;
  }

  /**
   * Content words and phrases of the Chinese text. A phrase is a run of adjacent units, each a
   * content word or a place or organisation mention, ending in a content word, its first and last
   * units of two characters or more. Returns the indices of the tokens that start with a Latin
   * letter, ascending, for {@link #collectEnglish}.
   */
  private int[] collectChinese(
      String text,
      List<Token> tokens,
      int[] coverEnd,
      boolean[] nameUnitAt,
      int[] mentionEnd,
      boolean[] personEnd,
      Map<String, Term> terms,
      Map<String, Double> idfCache) {
    // The current run of units in parallel primitive arrays (this loop runs once per token).
    Units run = new Units(Math.min(tokens.size(), 64));
    // What the loop's previous and next items may be: a content word between two tokens that are
    // no units stands alone whatever its idf, so its dictionary look-ups wait until its term is
    // ranked (most such words are said once and never are).
    int previousKind = NO_UNIT;
    int nextKind = tokens.isEmpty() ? NO_UNIT : unitKind(text, tokens.get(0), coverEnd, nameUnitAt, mentionEnd);
    int[] latin = new int[16];
    int latinCount = 0;
    if (!tokens.isEmpty() && isLatin(text.charAt(tokens.get(0).start()))) {
      latin[latinCount++] = 0;
    }
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      int kind = nextKind;
      int start = -1;
      int end = -1;
      boolean content = false;
      double idf = 0;
      String word = null;
      if (kind == NAME_MENTION) {
        start = t.start();
        end = mentionEnd[t.start()];
        idf = Math.log(IDF_CORPUS);
        while (i + 1 < tokens.size() && tokens.get(i + 1).start() < end) {
          i++;
          if (isLatin(text.charAt(tokens.get(i).start()))) {
            latin = appendAt(latin, latinCount++, i);
          }
        }
      }
      nextKind = NO_UNIT;
      if (i + 1 < tokens.size()) {
        Token next = tokens.get(i + 1);
        if (isLatin(text.charAt(next.start()))) {
          latin = appendAt(latin, latinCount++, i + 1);
        } else {
          nextKind = unitKind(text, next, coverEnd, nameUnitAt, mentionEnd);
        }
      }
      if (kind == CONTENT_WORD && previousKind == NO_UNIT && nextKind == NO_UNIT) {
        // Alone: the run before it was flushed by the previous item and stays empty. A word right
        // after a person's name is said of the person (see below): no term.
        if (!personEnd[t.start()]) {
          countAlone(t.word(), terms, idfCache);
        }
      } else if (kind == CONTENT_WORD) {
        idf = idfCache.computeIfAbsent(t.word(), contentIdfOfWord);
        if (idf >= 0) {
          start = t.start();
          end = t.end();
          content = true;
          word = t.word();
        }
      } else if (kind == NAME_WORD) {
        start = t.start();
        end = t.end();
        idf = Math.log(IDF_CORPUS);
      }
      previousKind = kind;
      boolean adjacent = start >= 0 && (run.size == 0 || run.end[run.size - 1] == start);
      if (!adjacent) {
        flushPhrase(text, run, terms, idfCache);
        run.size = 0;
      }
      if (start >= 0) {
        // A word right after a person's name is said of the person (马兴瑞一行, 阁下): no topic.
        run.add(start, end, content, content && personEnd[start], idf, word);
      }
    }
    return Arrays.copyOf(latin, latinCount);
  }

  /** {@code array} with {@code value} at {@code index}, grown when full. */
  private static int[] appendAt(int[] array, int index, int value) {
    int[] out = index < array.length ? array : Arrays.copyOf(array, array.length * 2);
    out[index] = value;
    return out;
  }

  private static final int NO_UNIT = 0;
  /** A place or organisation mention starts at the token: one unit to the mention's end. */
  private static final int NAME_MENTION = 1;
  /** A content word: a unit when its idf is not negative ({@link #contentIdf}). */
  private static final int CONTENT_WORD = 2;
  /** A word tagged as a proper name, usable: a unit. */
  private static final int NAME_WORD = 3;

  /** What token {@code t} is to {@link #collectChinese}, before any dictionary look-up. */
  private int unitKind(String text, Token t, int[] coverEnd, boolean[] nameUnitAt, int[] mentionEnd) {
    if (isLatin(text.charAt(t.start()))) {
      return NO_UNIT;
    }
    String pos = t.pos();
    if (nameUnitAt[t.start()] && mentionEnd[t.start()] >= t.end()) {
      return NAME_MENTION;
    } else if (coverEnd[t.start()] >= t.end() || t.end() - t.start() < 2) {
      return NO_UNIT; // the entity's own word, or one character
    } else if (!mayBeUnit(pos)) {
      return NO_UNIT; // most tokens (punctuation, verbs, numerals, particles), by the first letters
    } else if (isContentTag(pos)) {
      return CONTENT_WORD;
    } else if (isNameTag(pos) && usable(t.word())) {
      return NAME_WORD;
    }
    return NO_UNIT;
  }

  /**
   * Counts a content word that stands alone. Its term waits for its idf ({@link Term#pending})
   * when the word has no term yet; a term already there (a phrase of the same letters) is counted
   * only when the word is a unit, as {@link #flushPhrase} would.
   */
  private void countAlone(String w, Map<String, Term> terms, Map<String, Double> idfCache) {
    Term term = terms.get(w);
    if (term == null) {
      term = new Term(w, Double.NaN);
      term.pending = true;
      terms.put(w, term);
    } else if (!term.pending && idfCache.computeIfAbsent(w, contentIdfOfWord) < 0) {
      return;
    }
    // A pending term was made by this same word, which is a unit exactly when that one is.
    term.count += 1;
  }

  /**
   * The term under {@code key}, or null. A pending term gets its idf first, and is dropped when
   * its word is no term after all: everything that reads or extends a term goes through here, so
   * the terms are those an eager look-up would have made.
   */
  private Term live(Map<String, Term> terms, String key, Map<String, Double> idfCache) {
    Term t = terms.get(key);
    if (t != null && t.pending && !resolve(t, idfCache)) {
      terms.remove(key);
      return null;
    }
    return t;
  }

  /** Gives a pending term its word's idf; false when the word is no term (idf -1). */
  private boolean resolve(Term t, Map<String, Double> idfCache) {
    double idf = idfCache.computeIfAbsent(t.text, contentIdfOfWord);
    t.pending = false;
    t.idf = idf;
    return idf >= 0;
  }

  /** Units of a run: spans, whether a content word, whether right after a person, idf, word. */
  private static final class Units {
    int size;
    int[] start;
    int[] end;
    boolean[] content;
    boolean[] afterPerson;
    double[] idf;
    String[] word;

    Units(int capacity) {
      int c = Math.max(capacity, 4);
      start = new int[c];
      end = new int[c];
      content = new boolean[c];
      afterPerson = new boolean[c];
      idf = new double[c];
      word = new String[c];
    }

    void add(int s, int e, boolean isContent, boolean isAfterPerson, double weight, String w) {
      if (size == start.length) {
        int c = size * 2;
        start = java.util.Arrays.copyOf(start, c);
        end = java.util.Arrays.copyOf(end, c);
        content = java.util.Arrays.copyOf(content, c);
        afterPerson = java.util.Arrays.copyOf(afterPerson, c);
        idf = java.util.Arrays.copyOf(idf, c);
        word = java.util.Arrays.copyOf(word, c);
      }
      start[size] = s;
      end[size] = e;
      content[size] = isContent;
      afterPerson[size] = isAfterPerson;
      idf[size] = weight;
      word[size] = w;
      size++;
    }
  }

  private void flushPhrase(String text, Units run, Map<String, Term> terms, Map<String, Double> idfCache) {
    // Every sub-run that is a phrase counts: ends in a specific content word, edges of two
    // characters or more, at most four units (中欧 班列 inside 中欧 班列 数量 and 中欧 班列 往来).
    for (int from = 0; from + 1 < run.size; from++) {
      double idf = run.idf[from];
      for (int to = from + 2; to <= Math.min(run.size, from + 4); to++) {
        int head = to - 1;
        idf += run.idf[head];
        if (!run.content[head] || run.idf[head] < MIN_HEAD_IDF || run.end[head] - run.start[from] > 12) {
          continue;
        }
        int units = to - from;
        double phraseIdf = idf / units * (1 + 0.25 * (units - 1));
        String p = text.substring(run.start[from], run.end[head]);
        Term term = live(terms, p, idfCache);
        if (term == null) {
          term = new Term(p, phraseIdf);
          terms.put(p, term);
        }
        term.count += 1;
      }
    }
    for (int k = 0; k < run.size; k++) {
      if (run.content[k] && !(run.afterPerson[k] && k == 0)) {
        String w = run.word[k];
        Term term = live(terms, w, idfCache);
        if (term == null) {
          term = new Term(w, run.idf[k]);
          terms.put(w, term);
        }
        term.count += 1;
      }
    }
  }

  /**
   * English runs of two to four words between stopwords, punctuation and entity mentions
   * ({@code comprehensive strategic partnership}), counted case-insensitively; single English
   * words are left to the entities (without a part-of-speech tagger a lone word is as often a verb).
   */
  private void collectEnglish(
      String text,
      List<Token> tokens,
      int[] latinTokens,
      int[] coverEnd,
      Map<String, Term> terms,
      Map<String, Double> idfCache) {
    // Only the tokens starting with a Latin letter are visited: any other token is no word and
    // ends the run, so a gap between two of them ends it too, as the end of the tokens does.
    List<Token> run = new ArrayList<>();
    for (int k = 0; k <= latinTokens.length; k++) {
      boolean gap = k == latinTokens.length || k > 0 && latinTokens[k] != latinTokens[k - 1] + 1;
      if (gap) {
        flushEnglish(text, run, terms, idfCache);
        if (k == latinTokens.length) {
          break;
        }
      }
      Token t = tokens.get(latinTokens[k]);
      boolean word = t.word().length() >= 3 && coverEnd[t.start()] < t.end()
          && !stopwords.contains(t.word().toLowerCase(Locale.ROOT));
      boolean adjacent = word && (run.isEmpty() || onlySpaces(text, run.get(run.size() - 1).end(), t.start()));
      if (!adjacent) {
        flushEnglish(text, run, terms, idfCache);
      }
      if (word) {
        run.add(t);
      }
    }
  }

  /** Counts the phrase a finished run of English words makes, and empties the run. */
  private void flushEnglish(String text, List<Token> run, Map<String, Term> terms, Map<String, Double> idfCache) {
    while (!run.isEmpty() && ENGLISH_TIME_WORDS.contains(run.get(run.size() - 1).word().toLowerCase(Locale.ROOT))) {
      run.remove(run.size() - 1);
    }
    if (run.size() >= 2) {
      // English noun phrases end in their head: of a longer run, its last three words
      // (unique permanent comprehensive strategic partnership -> comprehensive strategic partnership).
      int n = Math.min(3, run.size());
      int s = run.size() - n;
      String phrase = text.substring(run.get(s).start(), run.get(run.size() - 1).end());
      String key = phrase.toLowerCase(Locale.ROOT);
      Term term = live(terms, key, idfCache);
      if (term == null) {
        term = new Term(phrase, Math.log(IDF_CORPUS) / 2 * n);
        terms.put(key, term);
      }
      term.count += 1;
    }
    run.clear();
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * The idf of a content word, or -1 when it is no term (one character, a number, a stopword).
   * The stopword list (an MDAG, the slowest lookup here) is asked only about words with some
   * weight: a word of idf 0 never scores and cannot head a phrase.
   */
  private double contentIdf(String word) {
    // X方 (中方, 哈方, 双方, 各方) names a side of the talks: the entity, or nobody in particular.
    if (word.length() < 2 || word.length() > 16 || word.length() == 2 && word.charAt(1) == '方') {
      return -1;
    }
    double idf = idf(word);
    return idf > 0 && !usable(word) ? -1 : idf;
  }

  private static double idf(String word) {
    CoreDictionary.Attribute custom = CustomDictionary.get(word);
    double frequency = custom != null ? custom.totalFrequency : 10.0 * CoreDictionary.getTermFrequency(word);
    return Math.max(0, Math.log(IDF_CORPUS / (1 + frequency)));
  }

  private static int occurrences(String text, String term) {
    int n = 0;
    for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length())) {
      n++;
    }
    return n;
  }

  /**
   * Common nouns, verbal nouns, idioms, abbreviations (PKU tags as HanLP prints them): n, nz, vn,
   * gi, j, nl, nf, nhd, nhm, nm, nb. Tested by characters, not in a set: a token's tag is a fresh
   * string, and hashing it for a set lookup on every token cost as much as the test itself.
   */
  private static boolean isContentTag(String pos) {
    char a = pos.charAt(0);
    switch (pos.length()) {
      case 1:
        return a == 'n' || a == 'j';
      case 2: {
        char b = pos.charAt(1);
        return a == 'n' && (b == 'z' || b == 'l' || b == 'f' || b == 'm' || b == 'b')
            || a == 'v' && b == 'n'
            || a == 'g' && b == 'i';
      }
      case 3:
        return a == 'n' && pos.charAt(1) == 'h' && (pos.charAt(2) == 'd' || pos.charAt(2) == 'm');
      default:
        return false;
    }
  }

  /**
   * Proper-noun tags that may open a phrase (中欧/ns 班列) but are no terms alone: ns, nsf, nt,
   * ntc, nz (tested by characters, as {@link #isContentTag}).
   */
  private static boolean isNameTag(String pos) {
    if (pos.length() < 2 || pos.length() > 3 || pos.charAt(0) != 'n') {
      return false;
    }
    char b = pos.charAt(1);
    if (pos.length() == 2) {
      return b == 's' || b == 't' || b == 'z';
    }
    char c = pos.charAt(2);
    return b == 's' && c == 'f' || b == 't' && c == 'c';
  }

  /** False for tags that are neither content nor name tags ({@link #isContentTag}, {@link #isNameTag}), by their first letters. */
  private static boolean mayBeUnit(String pos) {
    char c = pos.charAt(0);
    return c == 'n' || c == 'g' || c == 'j' || c == 'v' && pos.length() == 2 && pos.charAt(1) == 'n';
  }

  private static boolean endsSomeRole(List<String> roles, String term) {
    for (String r : roles) {
      if (r.endsWith(term)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A tag contained in a chosen one, or holding one, is the same topic (新疆 / 新疆维吾尔自治区);
   * except that a phrase may hold a chosen entity (上海合作组织峰会 beside 上海合作组织): it says
   * more. {@code chosen} maps each chosen tag to whether it is an entity.
   */
  private static boolean covered(Map<String, Boolean> chosen, String candidate, boolean entity) {
    String lower = candidate.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Boolean> c : chosen.entrySet()) {
      String cl = c.getKey().toLowerCase(Locale.ROOT);
      if (cl.contains(lower) || lower.contains(cl) && (entity || !c.getValue())) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(String text, double score, boolean entity, boolean strong) {}

  /**
   * A topical term: its text, idf and how often it occurs. A pending term is a word said alone
   * whose idf is not looked up yet (see {@link #live}).
   */
  private static final class Term {
    final String text;
    double idf;
    double count;
    boolean quoted;
    boolean pending;

    Term(String text, double idf) {
      this.text = text;
      this.idf = idf;
    }
  }

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::text);

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

  /**
   * Whether a token starting with {@code c} is a Latin-script word: HanLP gives English words
   * whole, so the first character tells (read from the text, which is in cache, not from the
   * token's own string).
   */
  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetter(c);
  }


  /** Two characters or more, not a number, not a stopword (Chinese or English). */
  private boolean usable(String s) {
    if (s.codePointCount(0, s.length()) < 2 || s.length() > 16) {
      return false;
    }
    boolean numeric = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      numeric &= Character.isDigit(c) || c == '.' || c == '%' || c == ',';
    }
    return !numeric && !stopwords.contains(s.toLowerCase(Locale.ROOT));
  }
}

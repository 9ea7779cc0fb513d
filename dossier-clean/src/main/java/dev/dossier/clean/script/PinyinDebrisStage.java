package dev.dossier.clean.script;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Removes pinyin annotations printed after Han characters: {@code 地區(qū)} becomes {@code 地區}.
 * Only a parenthesised lower-case Latin syllable right after a Han character goes, and only when
 * it is a real pinyin syllable (initial + final, tone marks or a tone digit allowed), so {@code
 * (SCO)}, {@code (Xinhua)} or {@code （连云港）} stay. Hand-written because no library recognises
 * pinyin debris; the syllable table is the standard one.
 */
public final class PinyinDebrisStage implements MapStage {
  /*
   * A candidate is CANDIDATE = [(（]([a-zA-Z<MARKED>]{1,6}[1-5]?)[)）], read by candidateEnd.
   * MARKED are the letters with tone marks (and ü, ê); UNMARKED, the same letters without them,
   * ü as v, as the syllable table spells them.
   */
  private static final String MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ";
  private static final String UNMARKED = "aaaaeeeeiiiioooouuuuvvvvvennnm";
  private static final int MAX_LETTERS = 6;
  /**
   * The pinyin syllables, as the regular language {@code (?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?}
   * {@code (?:iang|iong|...|a|o|e|i|u|v)[1-5]?|hm|hng|ng|m|n} spells them, listed once: the
   * language is finite, and a set lookup per candidate is cheaper than a match.
   */
  private static final Set<String> SYLLABLES = syllables();

  private static Set<String> syllables() {
    List<String> initials = List.of("", "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j",
        "q", "x", "r", "z", "c", "s", "y", "w");
    List<String> finals = List.of("iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "uai", "iao", "ian",
        "uan", "van", "ai", "ei", "ao", "ou", "an", "en", "in", "un", "vn", "ia", "ie", "iu", "ua", "uo", "ui", "ve",
        "ue", "er", "a", "o", "e", "i", "u", "v");
    Set<String> out = new HashSet<>(List.of("hm", "hng", "ng", "m", "n"));
    for (String initial : initials) {
      for (String fin : finals) {
        for (String tone : List.of("", "1", "2", "3", "4", "5")) {
          out.add(initial + fin + tone);
        }
      }
    }
    return Set.copyOf(out);
  }

  private final CleaningConfig config;

  public PinyinDebrisStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    String s = text.text();
    // A plain scan for a parenthesis after a Han character, then the candidate read by hand:
    // CANDIDATE's find (or a look-behind) tried every position of the text, and its long
    // character class was a chain of predicates per character.
    TrackedText.Builder out = null;
    int kept = 0; // start of the text not yet copied to out
    int removed = 0;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '(' || c == '（') && Chars.isHan(s.charAt(i - 1))) {
        int end = candidateEnd(s, i);
        if (end > 0 && isPinyin(s.substring(i + 1, end - 1))) {
          if (out == null) {
            out = TrackedText.builder(s.length());
          }
          out.append(text, kept, i);
          kept = end;
          removed++;
          i = end - 1;
        }
      }
    }
    if (removed == 0) {
      return document;
    }
    out.append(text, kept, s.length());
    return document
        .with(Keys.TEXT, out.build())
        .withWarning(
            WarningCode.PINYIN_DEBRIS_REMOVED,
            "Removed " + removed + " pinyin annotation" + (removed == 1 ? "" : "s") + " after characters");
  }

  /**
   * Where the candidate opening at {@code open} ends (after its closing parenthesis), or -1: what
   * {@code CANDIDATE} matches there. The letters, the tone digit and the closing parenthesis are
   * disjoint classes, so reading greedily needs no backtracking.
   */
  static int candidateEnd(String s, int open) {
    int n = s.length();
    int i = open + 1;
    while (i < n && i - open <= MAX_LETTERS && isCandidateLetter(s.charAt(i))) {
      i++;
    }
    if (i == open + 1 || i < n && isCandidateLetter(s.charAt(i))) {
      return -1; // no letter, or too many
    }
    if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '5') {
      i++;
    }
    return i < n && (s.charAt(i) == ')' || s.charAt(i) == '）') ? i + 1 : -1;
  }

  private static boolean isCandidateLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && MARKED.indexOf(c) >= 0;
  }

  /**
   * Whether the letters of a candidate ({@code s}: letters of {@code CANDIDATE}'s class and an
   * optional tone digit) are one pinyin syllable: lower case, tone marks or digit allowed.
   */
  static boolean isPinyin(String s) {
    char[] bare = new char[s.length()];
    for (int i = 0; i < bare.length; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return false; // (SCO), (Xinhua)
      }
      int k = MARKED.indexOf(c);
      bare[i] = k >= 0 ? UNMARKED.charAt(k) : c;
    }
    return SYLLABLES.contains(new String(bare));
  }
}

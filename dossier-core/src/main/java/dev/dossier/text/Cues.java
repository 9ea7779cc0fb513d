package dev.dossier.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A fixed set of literal strings, looked for all at once: {@link #in} says whether a text holds
 * any of them, as {@code cues.stream().anyMatch(text::contains)} would.
 *
 * <p>Why: the line rules guard their patterns with word lists (copyright, advertising, header
 * labels), and one {@code contains} per word ran a dozen scans over every line. Here one scan
 * visits each character once, with a table of the cues' first characters; only where a cue could
 * start are the cues starting with that character compared. Hand-written because HanLP's
 * Aho-Corasick trie reports every hit and cannot stop at the first, and a dozen short cues do not
 * need an automaton. Immutable and thread-safe.
 */
public final class Cues {
  private final BitSet firstChars = new BitSet();
  /** The cues grouped by first character: {@code byFirst[k]} all start with {@code firsts[k]}. */
  private final char[] firsts;
  private final String[][] byFirst;

  private Cues(List<String> cues) {
    List<Character> chars = new ArrayList<>();
    List<List<String>> groups = new ArrayList<>();
    for (String cue : cues) {
      Objects.requireNonNull(cue, "cue");
      if (cue.isEmpty()) {
        throw new IllegalArgumentException("cues must not be empty strings");
      }
      char c = cue.charAt(0);
      int k = chars.indexOf(c);
      if (k < 0) {
        k = chars.size();
        chars.add(c);
        groups.add(new ArrayList<>());
        firstChars.set(c);
      }
      groups.get(k).add(cue);
    }
    firsts = new char[chars.size()];
    byFirst = new String[chars.size()][];
    for (int k = 0; k < firsts.length; k++) {
      firsts[k] = chars.get(k);
      byFirst[k] = groups.get(k).toArray(String[]::new);
    }
  }

  /** The cues, each a non-empty literal string (compared case-sensitively). */
  public static Cues of(List<String> cues) {
    return new Cues(List.copyOf(cues));
  }

  public static Cues of(String... cues) {
    return of(List.of(cues));
  }

  /** Whether {@code text} contains at least one of the cues. */
  public boolean in(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (firstChars.get(c) && startsHere(text, i, c)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsHere(String text, int at, char c) {
    for (int k = 0; k < firsts.length; k++) {
      if (firsts[k] == c) {
        for (String cue : byFirst[k]) {
          if (text.startsWith(cue, at)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}

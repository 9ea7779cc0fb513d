package dev.dossier.analyze.entity;

import java.util.Set;

/**
 * An immutable set of words that rules most non-members out by their first and last characters
 * before it hashes them. The recogniser asks every token whether it is a title, an organisation
 * suffix or a cue word; almost none is, and the hash lookups of {@code Set.of} were among its
 * dearest lines. Thread-safe.
 */
final class WordSet {
  private final Set<String> words;
  private final CharSet first;
  private final CharSet last;

  private WordSet(Set<String> words) {
    this.words = Set.copyOf(words);
    StringBuilder f = new StringBuilder();
    StringBuilder l = new StringBuilder();
    for (String w : this.words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("words: the empty string is no word");
      }
      f.append(w.charAt(0));
      l.append(w.charAt(w.length() - 1));
    }
    this.first = CharSet.of(f);
    this.last = CharSet.of(l);
  }

  static WordSet of(Set<String> words) {
    return new WordSet(words);
  }

  static WordSet of(String... words) {
    return new WordSet(Set.of(words));
  }

  boolean contains(String w) {
    return !w.isEmpty() && first.contains(w.charAt(0)) && last.contains(w.charAt(w.length() - 1)) && words.contains(w);
  }

  /** Whether some word ends with {@code c}. */
  boolean mayEndWith(char c) {
    return last.contains(c);
  }
}

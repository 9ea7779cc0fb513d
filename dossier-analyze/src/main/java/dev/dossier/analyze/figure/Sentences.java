package dev.dossier.analyze.figure;

import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits clean text into sentences: at Chinese and English terminal punctuation, semicolons and
 * paragraph breaks; an English full stop ends a sentence only before white space (so 6.8 and U.S.
 * hold). Spans exclude surrounding white space and include the terminal mark. Stateless.
 */
final class Sentences {
  private Sentences() {}

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?'
          || c == ';' || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
              && !(i >= 2 && text.charAt(i - 2) == '.');
      if (end) {
        add(text, start, c == '\n' ? i : i + 1, out);
        start = i + 1;
      }
    }
    add(text, start, text.length(), out);
    return out;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}

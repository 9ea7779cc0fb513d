package dev.dossier.analyze.token;

import dev.dossier.model.Span;
import java.util.Objects;

/** A word of the text with its part of speech (HanLP / PKU tag set) and its span. */
public record Token(String word, String pos, int start, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    new Span(start, end);
  }
}

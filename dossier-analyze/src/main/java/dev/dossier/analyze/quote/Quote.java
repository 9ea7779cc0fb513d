package dev.dossier.analyze.quote;

import dev.dossier.model.Span;
import java.util.Objects;

/**
 * One thing a source said, direct (inside quotation marks) or reported ({@code X表示，<clause>},
 * {@code X said that ...}). Offsets are half-open into the text given to {@link QuoteExtractor}.
 *
 * @param speakerText the speaker's name with any title stripped ({@code 毛宁}, {@code 习主席},
 *     {@code Xi Jinping}); null when the text does not say who speaks
 * @param speaker where that name is printed; for a pronoun cue ({@code 他说}) the antecedent's
 *     print. Null iff speakerText is null
 * @param pronoun the pronoun printed at the cue when the speaker was resolved through it, else null
 * @param role the title printed before the name ({@code 外交部发言人}), else null
 * @param text the words quoted: for direct quotes the content inside the marks (a quote running
 *     over paragraphs keeps the paragraph breaks and continuation marks), for reported speech the
 *     clause after the cue up to the sentence end (and the paragraph's following sentences that
 *     bring no speaker, cue or quotation of their own), without the final stop
 * @param cue the speech verb ({@code 说}, {@code 表示}, {@code said}) that attributes the quote; null
 *     for a direct quote no cue attributes
 */
public record Quote(
    String speakerText,
    Span speaker,
    Span pronoun,
    String role,
    String text,
    int start,
    int end,
    Kind kind,
    Span cue) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("Bad offsets [" + start + ", " + end + ") for " + text);
    }
    if ((speakerText == null) != (speaker == null)) {
      throw new IllegalArgumentException("speakerText and speaker must be both set or both null");
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  /** DIRECT: the source's words inside quotation marks. REPORTED: paraphrase after a cue. */
  public enum Kind {
    DIRECT,
    REPORTED
  }
}

package dev.dossier.analyze.token;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.dossier.hanlp.HanLpRuntime;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation and part-of-speech tags from HanLP's dictionary (Viterbi) segmenter, with
 * offsets; the one segmentation of a text that the tokens and the entity recogniser share.
 *
 * <p>HanLP's person recognisers (Chinese, transliterated and Japanese names: role tagging on the
 * word lattice) are on, so a name comes out as one token tagged {@code nr}, {@code nrf} or {@code
 * nrj}. Its place and organisation recognisers are off: measured on the news transcripts they
 * triple the cost of segmentation (4.3 → 1.3 M chars/s) and produce most of the junk
 * ({@code 两国关系发展/nt}); places and organisations come from the dictionary's {@code ns}/{@code
 * nt} words and from the entity package's composition rules instead. Thread-safe: HanLP's Viterbi
 * segmenter keeps no per-call state in the instance.
 */
public final class Tokenizer {
  private final Segment segment;

  public Tokenizer() {
    HanLpRuntime.ensureConfigured();
    this.segment =
        HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
  }

  /** Tokens of {@code text}, white space dropped, offsets into {@code text}. */
  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    for (Term t : segment.seg(text)) {
      if (t.word.isBlank()) {
        continue;
      }
      out.add(new Token(t.word, String.valueOf(t.nature), t.offset, t.offset + t.word.length()));
    }
    return out;
  }
}

package dev.dossier.analyze.token;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.dossier.hanlp.HanLpRuntime;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation and part-of-speech tags from HanLP's dictionary (Viterbi) segmenter, with
 * offsets. Named-entity recognisers are off here: the entity package has its own, better one.
 * Thread-safe: HanLP's Viterbi segmenter keeps no per-call state in the instance.
 */
public final class Tokenizer {
  private final Segment segment;

  public Tokenizer() {
    HanLpRuntime.ensureConfigured();
    this.segment =
        HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false);
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

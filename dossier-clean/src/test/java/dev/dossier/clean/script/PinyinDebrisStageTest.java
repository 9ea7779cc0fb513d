package dev.dossier.clean.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PinyinDebrisStageTest {
  private final PinyinDebrisStage stage = new PinyinDebrisStage(CleaningConfig.defaults());

  private TrackedText clean(String s) {
    return stage.map(Document.empty().with(Keys.TEXT, TrackedText.of(s))).get(Keys.TEXT);
  }

  @Test
  void removesPinyinAfterHanOnly() {
    TrackedText out = clean("地區(qū)沖突，經(jīng)濟（SCO）(Xinhua) a(ma)");
    assertThat(out.text()).isEqualTo("地區沖突，經濟（SCO）(Xinhua) a(ma)");
    assertThat(out.sourceStart(2)).isEqualTo(6); // 沖 keeps its place in the source
  }

  /** The pattern-based removal the scan replaced: CANDIDATE's matches after a Han character. */
  private static final Pattern CANDIDATE =
      Pattern.compile("[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6}[1-5]?)[)）]");

  private static TrackedText byPattern(TrackedText text) {
    String s = text.text();
    return text.replaceAll(CANDIDATE, m ->
        m.start() > 0 && Chars.isHan(s.charAt(m.start() - 1)) && PinyinDebrisStage.isPinyin(m.group(1)) ? "" : m.group());
  }

  @Test
  void agreesWithThePatternOnRandomText() {
    String[] pieces = {"地", "區", "(", "（", ")", "）", "qū", "jīng", "ma", "SCO", "x", "2", "ǚ", " ", "。"};
    Random random = new Random(9);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      TrackedText in = TrackedText.of(b.toString());
      TrackedText expected = byPattern(in);
      TrackedText actual = clean(b.toString());
      assertThat(actual.text()).as(b.toString()).isEqualTo(expected.text());
      for (int i = 0; i < expected.length(); i++) {
        assertThat(actual.sourceStart(i)).as("%s at %d", b, i).isEqualTo(expected.sourceStart(i));
        assertThat(actual.sourceEnd(i)).as("%s at %d", b, i).isEqualTo(expected.sourceEnd(i));
      }
    }
  }
}

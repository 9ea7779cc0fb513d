package dev.dossier.clean.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.Samples;
import dev.dossier.model.Span;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.TrackedText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NormalizeStageTest {
  private final NormalizeStage stage = new NormalizeStage(CleaningConfig.defaults());

  private Document normalize(String source) {
    return stage.map(
        Document.empty().with(Keys.SOURCE_TEXT, source).with(Keys.TEXT, TrackedText.of(source)));
  }

  @Test
  void unifiesLineEndsAndKeepsOffsets() {
    String src = "第一行\r\n第二行\r第三行\n";
    TrackedText t = normalize(src).get(Keys.TEXT);
    assertThat(t.text()).isEqualTo("第一行\n第二行\n第三行\n");
    // 第二行 starts at clean 4, source 5 (after \r\n); the lone \r maps to itself.
    assertThat(t.toSource(4, 7)).isEqualTo(new Span(5, 8));
    assertThat(t.toSource(7, 8)).isEqualTo(new Span(8, 9));
    assertThat(src.substring(t.toSource(8, 11).start(), t.toSource(8, 11).end())).isEqualTo("第三行");
  }

  @Test
  void spacesZeroWidthAndControlsAndTrailingBlanks() {
    String src = "\u3000\u3000新华社\u00A0北京\u200B电\t记者\u0007 \u3000\nA\u2009B\uFEFF";
    Document d = normalize(src);
    TrackedText t = d.get(Keys.TEXT);
    assertThat(t.text()).isEqualTo("  新华社 北京电 记者\nA B");
    // Leading ideographic spaces are kept as indentation; the word after ZWSP keeps its offset.
    int dian = t.text().indexOf('电');
    assertThat(t.toSource(dian, dian + 1)).isEqualTo(new Span(src.indexOf('电'), src.indexOf('电') + 1));
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void foldsFullWidthLettersDigitsAndNumberPunctuationOnly() {
    String src = "２０２３．１０．２０，ＧＤＰ增长５．２％。问：“ＳＣＯ”－峰会／会议";
    Document d = normalize(src);
    TrackedText t = d.get(Keys.TEXT);
    assertThat(t.text()).isEqualTo("2023.10.20，GDP增长5.2%。问：“SCO”－峰会／会议");
    assertThat(t.length()).isEqualTo(src.length());
    assertThat(t.toSource(0, 10)).isEqualTo(new Span(0, 10));
    assertThat(d.warnings())
        .containsExactly(
            new Warning(
                WarningCode.WIDTH_FOLDED,
                "20 full-width characters folded to ASCII (16 letters and digits, 4 number punctuation)"));
  }

  @Test
  void leavesCleanSamplesUnchanged() {
    String src = Samples.text("004");
    TrackedText t = normalize(src).get(Keys.TEXT);
    // Sample 004 is OCR with leading spaces and full-width punctuation but no full-width digits.
    assertThat(t.text()).startsWith(" 新华社北京7月1日电 7月2日至6\n日，国家主席");
    for (int i = 0; i < t.length(); i++) {
      assertThat(src.charAt(t.sourceStart(i))).isEqualTo(t.charAt(i));
    }
  }

  @Test
  void trailingSpaceScanAgreesWithThePatternItReplaced() {
    Pattern trailingSpaces = Pattern.compile(" +(?=\n)| +$");
    String[] pieces = {" ", "  ", "\n", "\r", "\r\n", "\u2028", "\u0085", "文", "a"};
    Random random = new Random(13);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      TrackedText in = TrackedText.of(b.toString());
      TrackedText expected = in.replaceAll(trailingSpaces, m -> "");
      TrackedText actual = NormalizeStage.withoutTrailingSpaces(in);
      assertThat(actual.text()).as("%s", b).isEqualTo(expected.text());
      assertThat(actual.segments()).as("%s", b).isEqualTo(expected.segments());
    }
  }

  @Test
  void textThatNeedsNothingIsNotCopied() {
    TrackedText in = TrackedText.of("新华社阿斯塔纳7月2日电 当地时间7月2日晚。\n第二段。");
    assertThat(stage.map(Document.empty().with(Keys.TEXT, in)).get(Keys.TEXT)).isSameAs(in);
  }
}

package dev.dossier.clean.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.text.TrackedText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The end-mark scan removes exactly what the pattern it replaced removed, offsets included. */
class TrailingEndMarkTest {
  private static final Pattern TRAILING_END_MARK =
      Pattern.compile("[ \\t]*(?:■|□|（完）|\\(完\\)|【完】)[ \\t]*$", Pattern.MULTILINE);

  private static void assertSame(TrackedText expected, TrackedText actual, String input) {
    assertThat(actual.text()).as("text of %s", input).isEqualTo(expected.text());
    for (int i = 0; i < expected.length(); i++) {
      assertThat(actual.sourceStart(i)).as("start %d of %s", i, input).isEqualTo(expected.sourceStart(i));
      assertThat(actual.sourceEnd(i)).as("end %d of %s", i, input).isEqualTo(expected.sourceEnd(i));
    }
  }

  @Test
  void removesTheMarkClosingALineWithItsSpaces() {
    TrackedText in = TrackedText.of("issues of common concerns. ■\n下一段（完）\n■ 不在行末\n");
    TrackedText out = BoilerplateStage.withoutTrailingEndMarks(in);
    assertThat(out.text()).isEqualTo("issues of common concerns.\n下一段\n■ 不在行末\n");
    assertThat(out.sourceStart(26)).isEqualTo(28); // the line break keeps its own offset
  }

  @Test
  void leavesTextWithoutMarksAsItIs() {
    TrackedText in = TrackedText.of("新华社阿斯塔纳7月2日电 当地时间7月2日晚。\n");
    assertThat(BoilerplateStage.withoutTrailingEndMarks(in)).isSameAs(in);
  }

  @Test
  void agreesWithThePatternOnRandomText() {
    String[] pieces = {" ", "\t", "■", "□", "（完）", "(完)", "【完】", "完", "(", "）", "\n", "\r", "\r\n", "\u2028", "\u0085", "文", "a"};
    Random random = new Random(5);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      TrackedText in = TrackedText.of(b.toString());
      TrackedText expected = in.replaceAll(TRAILING_END_MARK, m -> "");
      TrackedText actual = BoilerplateStage.withoutTrailingEndMarks(in);
      assertSame(expected, actual, b.toString());
      assertThat(actual == in).as("unchanged instance for %s", b).isEqualTo(expected == in);
    }
  }
}

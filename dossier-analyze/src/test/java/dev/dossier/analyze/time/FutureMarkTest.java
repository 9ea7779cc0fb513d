package dev.dossier.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link TimeNormalizer#futureMarked}'s character scan finds what the one-pattern form found. */
class FutureMarkTest {
  /** The future marks as one alternation, as the normaliser first wrote them: the specification. */
  private static final Pattern FUTURE_MARK = Pattern.compile(
      "将|计划|拟于|拟|预计|即将|准备|届时|明年|下周|下个月|(?i)\\b(?:will|plans? to|is to|are to|next|scheduled|expected to)\\b");
  private static final Pattern ENGLISH = Pattern.compile(
      "(?i)\\b(?:will|plans? to|is to|are to|next|scheduled|expected to)\\b");

  private static void assertSame(String text, int start, int end) {
    boolean expected = FUTURE_MARK.matcher(text).region(start, end).find();
    assertThat(TimeNormalizer.futureMarked(text, start, end, ENGLISH.matcher(text)))
        .as("future mark in [%s]", text.substring(start, end))
        .isEqualTo(expected);
  }

  @Test
  void marksAndTheirNearMisses() {
    for (String s : List.of("将于明天举行", "计划", "计", "划", "下个月", "下个", "个月", "下周一", "明年", "明天", "届时", "预计",
        "准备", "拟于", "He will come", "willing", "next year", "the nextday", "It is to be", "plan to", "plans to",
        "scheduled", "expected to", "expected", "下")) {
      assertSame(s, 0, s.length());
      assertSame("他说" + s, 2, s.length() + 2);
      assertSame(s + "了", 0, s.length()); // a mark cut by the span's end is no mark
    }
  }

  @Test
  void samplesAndRandomSpansAgree() {
    Random random = new Random(7);
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      String text = new String(Samples.bytes(prefix), StandardCharsets.UTF_8);
      for (int n = 0; n < 2000; n++) {
        int start = random.nextInt(text.length());
        int end = Math.min(text.length(), start + random.nextInt(80));
        assertSame(text, start, end);
      }
    }
  }
}

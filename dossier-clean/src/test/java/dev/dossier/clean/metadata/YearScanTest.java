package dev.dossier.clean.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The year scan finds the four-digit years the pattern it replaced found. */
class YearScanTest {
  private static final Pattern YEAR_DIGITS = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  private static List<Integer> byPattern(String s) {
    List<Integer> out = new ArrayList<>();
    Matcher m = YEAR_DIGITS.matcher(s);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }

  private static List<Integer> byScan(String s) {
    List<Integer> out = new ArrayList<>();
    for (int at = PublishedDateStage.nextYear(s, 0); at >= 0; at = PublishedDateStage.nextYear(s, at + 4)) {
      out.add(at);
    }
    return out;
  }

  @Test
  void findsYearsNotPartsOfLongerNumbers() {
    assertThat(byScan("2023年通车，12024件，1999-2000年，2100年，0.2019，20190")).containsExactly(0, 15, 20, 34);
  }

  @Test
  void agreesWithThePatternOnRandomText() {
    String alphabet = "0129年-";
    Random random = new Random(3);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(byScan(s)).as(s).isEqualTo(byPattern(s));
    }
  }
}

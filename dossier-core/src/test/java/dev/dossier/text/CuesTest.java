package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CuesTest {
  private static final List<String> COPYRIGHT = List.of("版权", "著作权", "未经", "不得转载", "(c)", "opyright", "©");

  @Test
  void findsACueAnywhereInTheText() {
    Cues cues = Cues.of(COPYRIGHT);
    assertThat(cues.in("本文版权归北京青年报所有")).isTrue();
    assertThat(cues.in("Copyright 2024 Xinhua")).isTrue();
    assertThat(cues.in("(c) 2024")).isTrue();
    assertThat(cues.in("©")).isTrue();
    assertThat(cues.in("未经")).isTrue();
    assertThat(cues.in("新华社阿斯塔纳7月2日电")).isFalse();
    assertThat(cues.in("著作")).isFalse(); // a cue's prefix is not the cue
    assertThat(cues.in("")).isFalse();
  }

  @Test
  void agreesWithContainsOnRandomText() {
    Cues cues = Cues.of(COPYRIGHT);
    String alphabet = "版权著作未经不得转载(c)opyright©新华社 ";
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = b.toString();
      assertThat(cues.in(t)).as("%s", t).isEqualTo(COPYRIGHT.stream().anyMatch(t::contains));
    }
  }

  @Test
  void rejectsAnEmptyCue() {
    assertThatThrownBy(() -> Cues.of("版权", "")).isInstanceOf(IllegalArgumentException.class);
  }
}

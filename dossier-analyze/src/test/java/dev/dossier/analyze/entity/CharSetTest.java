package dev.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The constant-time character and word sets agree with the lists they replace. */
class CharSetTest {
  @Test
  void agreesWithIndexOfOnEveryCharacterOfThePlane() {
    for (String list : new String[] {ChineseNames.TRANSLIT, ChineseNames.SURNAMES, ChineseNames.STOP, ""}) {
      CharSet set = CharSet.of(list);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        assertThat(set.contains((char) c)).as("U+%04X", c).isEqualTo(list.indexOf(c) >= 0);
      }
    }
  }

  @Test
  void neighboursOfAMemberInTheSameWordOfBitsAreNoMembers() {
    CharSet set = CharSet.of("阿\n");
    assertThat(set.contains('阿')).isTrue();
    assertThat(set.contains((char) ('阿' + 1))).isFalse();
    assertThat(set.contains((char) ('阿' - 1))).isFalse();
    assertThat(set.contains('\n')).isTrue();
    assertThat(set.contains('\u000B')).isFalse();
  }

  @Test
  void wordSetAgreesWithTheSetOnTitlesAndOnRandomWords() {
    WordSet titles = ChineseNames.TITLES;
    for (String w : ChineseNames.ROLE_WORDS) {
      assertThat(titles.contains(w)).as(w).isTrue();
      assertThat(titles.mayEndWith(w.charAt(w.length() - 1))).isTrue();
    }
    // Seeded: words made of the titles' own characters, so that the first- and last-character
    // tests pass and the lookup decides.
    String chars = String.join("", ChineseNames.ROLE_WORDS);
    Random random = new Random(20261201L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        w.append(chars.charAt(random.nextInt(chars.length())));
      }
      String word = w.toString();
      assertThat(titles.contains(word)).as(word).isEqualTo(ChineseNames.ROLE_WORDS.contains(word));
    }
    assertThat(titles.contains("")).isFalse();
    assertThat(titles.contains("总统府")).isFalse();
  }

  @Test
  void wordSetRejectsTheEmptyWord() {
    assertThatThrownBy(() -> WordSet.of("部长", "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("words");
  }
}

package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English units of the summariser are the words a split on {@code [^\p{L}\p{N}]+} gives; the
 * split was replaced by a walk over code points for speed. Seeded random text over letters,
 * digits, numbers of other kinds (², Ⅻ, ①), punctuation, surrogate pairs and lone surrogates pins
 * that both give the same words.
 */
class SummaryUnitsTest {
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static List<String> splitWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : SEPARATORS.split(s.toLowerCase(Locale.ROOT))) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void englishUnitsAreTheWordsOfTheRegexSplit() {
    String[] pieces = {"a", "B", "z", "İ", "é", "7", "²", "Ⅻ", "①", " ", ",", "-", "'", "中", "\uD835\uDC00",
        "\uD83D\uDE00", "\uD800", "\uDC00", "\n", "ǅ", "ʰ"};
    Random random = new Random(1201L);
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = "xx" + b + "yy";
      Map<String, Integer> ids = new HashMap<>();
      int[] units = Summarizer.units(text, 2, text.length() - 2, Language.EN, ids);
      List<String> words = splitWords(b.toString());
      assertThat(units).hasSize(words.size());
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < words.size(); i++) {
        expected.putIfAbsent(words.get(i), expected.size());
        assertThat(units[i]).as("word %d of %s", i, b).isEqualTo(expected.get(words.get(i)));
      }
    }
  }

  @Test
  void wordsOfARealSentence() {
    String text = "President Tokayev met Xi Jinping in Astana on July 2, 2024, for the 24th SCO summit.";
    Map<String, Integer> ids = new HashMap<>();
    int[] units = Summarizer.units(text, 0, text.length(), Language.EN, ids);
    // words of more than three characters, lower-cased, numbered in order of first sight
    assertThat(ids.keySet()).containsExactlyInAnyOrder("president", "tokayev", "jinping", "astana", "july", "2024", "24th", "summit");
    assertThat(units).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }
}

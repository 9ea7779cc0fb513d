package dev.dossier.analyze.summary;

import static dev.dossier.analyze.AnalysedSamples.articles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summaries of the bundled samples through the whole pipeline (issue 3: datelines, whole sentences, language). */
class SummarySeedTest {

  @Test
  void theDatelineOf004IsNotInItsFirstSummarySentence() {
    Article a = articles("004").get(0);
    SummarySentence first = a.summary().get(0);
    assertThat(first.text()).startsWith("7月2日至6日，国家主席习近平将出席").doesNotContain("电");
    assertThat(first.start()).isEqualTo(a.dateline().end() + 1);
    assertThat(a.text().substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @Test
  void sentencesAreWholeDistinctAndInTheMainLanguage() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : articles(prefix)) {
        assertThat(a.summary()).as(prefix).hasSizeBetween(3, 5).extracting(SummarySentence::text).doesNotHaveDuplicates()
            .allMatch(t -> t.endsWith("。") || t.endsWith("”") || t.endsWith(".") || t.endsWith("！"));
      }
    }
    // 002: a Chinese lead over an English body is summarised in English, wire dateline cut.
    assertThat(articles("002").get(0).summary())
        .allMatch(s -> s.text().chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
        .first().satisfies(s -> assertThat(s.text()).startsWith("Chinese President Xi Jinping said on Tuesday"));
  }
}

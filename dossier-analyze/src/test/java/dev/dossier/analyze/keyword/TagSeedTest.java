package dev.dossier.analyze.keyword;

import static dev.dossier.analyze.AnalysedSamples.articles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags of the bundled samples through the whole pipeline (issue 3: fragments, generic words, spellings). */
class TagSeedTest {

  @Test
  void everyArticleHasFiveToTenDistinctTagsOfTwoCharactersOrMore() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : articles(prefix)) {
        assertThat(a.tags()).as(prefix).hasSizeBetween(5, 10).doesNotHaveDuplicates()
            .allMatch(t -> t.codePointCount(0, t.length()) >= 2)
            .doesNotContain("主席", "大学", "发言人", "总统", "记者", "the", "and", "of");
      }
    }
  }

  @Test
  void noSegmentationFragments() {
    assertThat(articles("003").get(0).tags()).doesNotContain("国将", "国关系").contains("一带一路");
  }

  @Test
  void oneEntityOnceUnderItsCanonicalName() {
    List<String> tags = articles("001").get(0).tags();
    assertThat(tags).contains("习近平").doesNotContain("习主席");
  }

  @Test
  void topicalKeyphrasesBesideTheMainEntities() {
    assertThat(articles("004").get(1).tags()).contains("中欧班列", "一带一路", "习近平", "哈萨克斯坦");
    assertThat(articles("000").get(0).tags()).contains("国事访问", "马兴瑞", "托卡耶夫");
    assertThat(articles("002").get(0).tags()).contains("comprehensive strategic partnership", "托卡耶夫");
  }
}

package dev.dossier.analyze.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.token.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
  private static String body000() throws IOException {
    Path samples = Path.of("").toAbsolutePath().getParent().resolve("samples");
    try (var files = Files.list(samples)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
      String raw = Files.readString(p, StandardCharsets.UTF_8);
      return raw.substring(raw.indexOf("10月18日下午"), raw.indexOf("资料|"));
    }
  }

  /** The entity {@code name} with its mentions, as the entity recogniser would give it. */
  private static Entity entity(String text, String name, EntityType type) {
    List<Span> mentions = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
      mentions.add(new Span(i, i + name.length()));
    }
    return new Entity("e" + name.length(), name, type, List.of(), List.of(), null, mentions);
  }

  @Test
  void choosesFiveToTenMultiCharacterTagsWithQuotedKeyTerms() throws IOException {
    String text = body000();
    List<String> tags =
        new KeywordExtractor()
            .extract(
                text,
                "总统来华出席重要活动后,专程到新疆与马兴瑞再次会面",
                List.of(),
                List.of(
                    entity(text, "马兴瑞", EntityType.PERSON),
                    entity(text, "新疆", EntityType.PLACE),
                    entity(text, "哈萨克斯坦", EntityType.PLACE)),
                new Tokenizer().tokenize(text));
    assertThat(tags).hasSizeBetween(5, 10).doesNotHaveDuplicates();
    assertThat(tags).allMatch(t -> t.length() >= 2);
    assertThat(tags).contains("一带一路", "新疆", "马兴瑞", "哈萨克斯坦", "国事访问");
    // Stopwords, generic words (low idf), fragments of the phrase 高峰论坛, titles.
    assertThat(tags).doesNotContain("的", "在", "问题", "the", "论坛", "高峰", "合作", "主席", "总统");
  }

  @Test
  void noFragmentsOfNumeralsAndNamesHanLpGuessed() {
    // 两国将 is segmented 两/m 国将/nr and 两国关系 两/m 国/n 关系/n: neither 国将 nor 国关系 is a tag.
    String text = "两国将充分发挥政治互信。两国关系不断发展，中欧班列开行，中欧班列数量增长。两国将继续发挥元首外交作用，中欧班列往来更多。两国关系和各领域合作焕发生机。";
    List<String> tags = new KeywordExtractor().extract(text, null, List.of(), List.of(), new Tokenizer().tokenize(text));
    assertThat(tags).contains("中欧班列").doesNotContain("国将", "国关系", "班列", "两国");
  }

  @Test
  void printedTagsComeFirst() {
    String text = "习近平主席抵达哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。中国—中亚峰会在阿斯塔纳举行。";
    List<String> tags =
        new KeywordExtractor().extract(text, null, List.of("中国", "中亚", "外交", "合作"), List.of(), new Tokenizer().tokenize(text));
    assertThat(tags).startsWith("中国", "中亚", "外交", "合作").hasSizeBetween(5, 10);
  }
}

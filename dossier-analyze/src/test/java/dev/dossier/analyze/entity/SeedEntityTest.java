package dev.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.AnalysisConfig;
import dev.dossier.analyze.DossierPipeline;
import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.Samples;
import dev.dossier.model.Article;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities of the bundled samples: English spellings linked, junk classes absent, names whole. */
class SeedEntityTest {
  private static final DossierPipeline PIPELINE =
      DossierPipeline.full(CleaningConfig.defaults(), AnalysisConfig.defaults());

  private static List<Article> articles(String prefix) {
    return PIPELINE.process(Samples.path(prefix).toString(), Samples.bytes(prefix));
  }

  private static Entity entity(Article a, String name) {
    return a.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
  }

  private static Span at(Article a, String s, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = a.text().indexOf(s, i + 1);
      assertThat(i).as("occurrence %d of %s", k, s).isGreaterThanOrEqualTo(0);
    }
    return new Span(i, i + s.length());
  }

  @Test
  void englishParagraphsLinkToTheChineseEntities() {
    Article a = articles("002").get(0);
    assertThat(entity(a, "哈萨克斯坦").mentions()).contains(at(a, "哈萨克斯坦", 0), at(a, "Kazakhstan", 0));
    assertThat(entity(a, "阿斯塔纳").mentions()).contains(at(a, "阿斯塔纳", 0), at(a, "Astana", 0));
    assertThat(entity(a, "上海合作组织").mentions())
        .contains(at(a, "Shanghai Cooperation Organization", 0), at(a, "SCO", 0));
    Entity tokayev = entity(a, "托卡耶夫");
    assertThat(tokayev.mentions()).contains(at(a, "Kassym-Jomart Tokayev", 0));
    assertThat(tokayev.aliases()).contains("Tokayev", "Kassym-Jomart Tokayev");
    Entity xi = entity(a, "习近平");
    assertThat(xi.aliases()).contains("Xi", "Xi Jinping");
    // One entity per real-world entity: no separate English entries for them.
    assertThat(a.entities()).extracting(Entity::name)
        .doesNotContain("Xi", "Xi Jinping", "Tokayev", "Kazakhstan", "Astana", "SCO");
  }

  @Test
  void junkClassesAreNotEntities() {
    List<String> junk = List.of("两国关系发展", "间合作委员会", "农机制造", "商品展览会", "新平台", "关系发展", "方向发展",
        "规划未来发展", "职业培训", "传统医学", "快速发展", "一步发展", "重大国际", "希望未来能有", "优质汽车", "希望能有",
        "建设多品牌汽车工厂", "开公路口岸", "齐聚", "曾指", "黄金期", "曾两次", "两国", "一年里", "一台台", "小城", "同塔", "国在联合国");
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : articles(prefix)) {
        assertThat(a.entities())
            .flatExtracting(e -> e.mentions().stream().map(m -> m.of(a.text())).toList())
            .as("entity mentions of %s", prefix)
            .doesNotContainAnyElementsOf(junk)
            .noneMatch(m -> m.contains("建设多品牌") || m.endsWith("关系发展"));
      }
    }
  }

  @Test
  void transliteratedNamesJoinedWithDotsAreWhole() {
    Article a = articles("004").get(1);
    for (String name : List.of("阿季尔·卡乌肯诺夫", "古丽娜尔·沙伊梅尔格诺娃", "叶尔博拉特·埃迪尔")) {
      Entity e = entity(a, name);
      assertThat(e.type()).isEqualTo(EntityType.PERSON);
      assertThat(e.mentions()).contains(at(a, name, 0));
    }
    assertThat(a.entities()).extracting(Entity::name).doesNotContain("尔·卡乌肯诺夫", "娜尔·沙伊梅尔格诺");
  }

  @Test
  void organisationsKeepTheCountryTheyAreNamedAfter() {
    Article a = articles("000").get(0);
    Entity ministry = entity(a, "哈萨克斯坦农业部");
    assertThat(ministry.type()).isEqualTo(EntityType.ORG);
    assertThat(ministry.mentions()).contains(at(a, "哈萨克斯坦农业部", 0));
    Entity delegation = entity(a, "中国新疆友好交流访问团");
    assertThat(delegation.type()).isEqualTo(EntityType.ORG);
    assertThat(delegation.mentions()).contains(at(a, "中国新疆友好交流访问团", 0));
  }
}

package dev.dossier.analyze.entity;

import static dev.dossier.analyze.AnalysedSamples.articles;
import static dev.dossier.analyze.AnalysedSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Check;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entities of the bundled samples: English spellings linked, junk classes absent, names whole. */
class SeedEntityTest {

  private static Entity entity(Article a, String name) {
    return a.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
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
        "建设多品牌汽车工厂", "开公路口岸", "齐聚", "曾指", "黄金期", "曾两次", "两国", "一年里", "一台台", "小城", "同塔", "国在联合国",
        "两国元首", "国元首", "马尔罕", "李克", "Motherland", "欧方", "中方", "哈方");
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

  @Test
  void rolesArePrintedWholeBesideTheirNames() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : articles(prefix)) {
        for (Entity e : a.entities()) {
          for (String role : e.roles()) {
            // Every role is printed right before or right after one of the entity's mentions.
            assertThat(e.mentions())
                .as("role %s of %s in %s", role, e.name(), prefix)
                .anyMatch(m -> a.text().startsWith(role, m.end())
                    || m.start() >= role.length() && a.text().startsWith(role, m.start() - role.length()));
            assertThat(role).as("role of %s in %s", e.name(), prefix)
                .doesNotStartWith("国总").doesNotStartWith("国元").doesNotStartWith("应").doesNotStartWith("欢迎").doesNotStartWith("两");
          }
        }
      }
    }
    for (Article a : articles("004")) {
      assertThat(entity(a, "托卡耶夫").roles()).contains("哈萨克斯坦共和国总统").doesNotContain("国总统");
      assertThat(entity(a, "拉赫蒙").roles()).contains("塔吉克斯坦共和国总统").doesNotContain("国总统");
    }
  }

  @Test
  void theSecondReportOfTheVisitGivesRolesWhereItPrintsThem() {
    Article a = articles("001").get(0);
    Entity xi = entity(a, "习近平");
    assertThat(xi.roles()).containsExactly("主席");
    assertThat(xi.aliases()).doesNotContain("习近平主席", "习主席");
    assertThat(xi.mentions()).contains(at(a, "习近平", 0)).doesNotContain(at(a, "习近平主席", 0));
    Entity tokayev = entity(a, "托卡耶夫");
    assertThat(tokayev.roles()).containsExactly("总统");
    assertThat(tokayev.country()).isEqualTo(entity(a, "哈萨克斯坦").id());
    assertThat(entity(a, "哈萨克斯坦空军").country()).isEqualTo(entity(a, "哈萨克斯坦").id());
  }

  @Test
  void placesAndPeopleNamedByTheirContext() {
    Article first = articles("000").get(0);
    Entity samarkand = entity(first, "撒马尔罕");
    assertThat(samarkand.type()).isEqualTo(EntityType.PLACE);
    assertThat(samarkand.mentions()).containsExactly(at(first, "撒马尔罕", 0));
    Article feature = articles("004").get(1);
    assertThat(entity(feature, "塔亚").type()).isEqualTo(EntityType.PERSON);
    assertThat(entity(feature, "塔亚").mentions()).contains(at(feature, "塔亚", 0), at(feature, "塔亚", 1));
    Entity town = entity(feature, "扎尔肯特");
    assertThat(town.type()).isEqualTo(EntityType.PLACE);
    assertThat(town.country()).isEqualTo(entity(feature, "哈萨克斯坦").id());
    Article third = articles("003").get(0);
    Entity region = entity(third, "东哈州");
    assertThat(region.type()).isEqualTo(EntityType.PLACE);
    assertThat(region.mentions()).containsExactly(at(third, "东哈州", 0));
    assertThat(region.country()).isEqualTo(entity(third, "哈萨克斯坦").id());
  }

  @Test
  void theProvidedSummaryIsRecognisedAsCleanlyAsTheBody() {
    Article a = articles("001").get(0);
    assertThat(a.providedSummary()).isNotNull();
    // The check stage runs the same recogniser on the summary; its entity claims are names.
    assertThat(a.checks()).extracting(Check::claim)
        .contains("习近平", "托卡耶夫", "哈萨克斯坦")
        .doesNotContain("习近平主席", "两国", "两国元首", "关系发展", "中国中亚关系发展");
  }
}

package dev.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recogniser's rules on short real-style sentences, with spans. */
class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static EntityRecognizer.Mention mention(String text, String surface) {
    int at = text.indexOf(surface);
    assertThat(at).as("%s in %s", surface, text).isGreaterThanOrEqualTo(0);
    List<EntityRecognizer.Mention> all = RECOGNIZER.mentions(text);
    return all.stream()
        .filter(m -> m.start() == at && m.end() == at + surface.length())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + surface + " in " + all));
  }

  private static List<String> surfaces(String text) {
    return RECOGNIZER.mentions(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void organisationsKeepThePlaceTheyAreNamedAfter() {
    String text = "河北省教育厅和上海浦东发展银行的负责人出席了会议。";
    assertThat(mention(text, "河北省教育厅").type()).isEqualTo(EntityType.ORG);
    assertThat(mention(text, "上海浦东发展银行").type()).isEqualTo(EntityType.ORG);
    assertThat(surfaces(text)).doesNotContain("河北省", "上海");
  }

  @Test
  void countryAbbreviationsInRelationsAreEachTheirCountry() {
    String text = "双方一致认为，中美关系保持稳定，两国元首将在访华期间会晤。";
    EntityRecognizer.Mention china = mention(text, "中");
    EntityRecognizer.Mention us = mention(text, "美");
    assertThat(china.type()).isEqualTo(EntityType.PLACE);
    assertThat(china.key()).isEqualTo("中国");
    assertThat(us.key()).isEqualTo("美国");
    assertThat(mention(text, "华").key()).isEqualTo("中国");
    assertThat(surfaces(text)).doesNotContain("两国", "中美关系");
  }

  @Test
  void namesJoinedWithDotsAreKeptWholeAndTheirLastPartLinks() {
    String text = "研究中心主任古丽娜尔·沙伊梅尔格诺娃表示，合作前景广阔。沙伊梅尔格诺娃说，双方将继续努力。";
    EntityRecognizer.Mention whole = mention(text, "古丽娜尔·沙伊梅尔格诺娃");
    assertThat(whole.type()).isEqualTo(EntityType.PERSON);
    int second = text.lastIndexOf("沙伊梅尔格诺娃");
    assertThat(RECOGNIZER.mentions(text))
        .anySatisfy(m -> {
          assertThat(m.start()).isEqualTo(second);
          assertThat(m.key()).isEqualTo(whole.key());
        });
  }

  @Test
  void personJunkHanLpTagsIsDropped() {
    String text = "来自两国的150名嘉宾齐聚新疆。习主席曾指出，他曾两次参加比赛，肉食鸡近30万只。他曾就读于海南大学。";
    assertThat(surfaces(text)).doesNotContain("齐聚", "曾指", "曾两次", "万只", "两国", "于海南").contains("新疆");
  }

  @Test
  void englishNamesNoListHoldsAreFoundFromTheirContext() {
    String text = "Foreign Minister Murat Nurtleu said the Eurasian Development Bank would fund the line. "
        + "Nurtleu added that talks in Aktobe went well.";
    EntityRecognizer.Mention minister = mention(text, "Murat Nurtleu");
    assertThat(minister.type()).isEqualTo(EntityType.PERSON);
    assertThat(RECOGNIZER.mentions(text))
        .anySatisfy(m -> {
          assertThat(m.start()).isEqualTo(text.lastIndexOf("Nurtleu"));
          assertThat(m.key()).isEqualTo(minister.key());
          assertThat(m.type()).isEqualTo(EntityType.PERSON);
        });
    assertThat(mention(text, "Eurasian Development Bank").type()).isEqualTo(EntityType.ORG);
    assertThat(mention(text, "Aktobe").type()).isEqualTo(EntityType.PLACE);
    assertThat(surfaces(text)).doesNotContain("Foreign", "Foreign Minister");
  }
}

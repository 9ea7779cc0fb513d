package dev.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
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

  private static Entity entity(String text, String name) {
    List<Entity> all = RECOGNIZER.recognize(text, List.of());
    return all.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + all));
  }

  private static Span span(String text, String surface, int from) {
    int at = text.indexOf(surface, from);
    assertThat(at).as("%s in %s", surface, text).isGreaterThanOrEqualTo(0);
    return new Span(at, at + surface.length());
  }

  @Test
  void rolesStartAtAWordAndKeepTheCountryTheyArePrintedWith() {
    // Regression: 共和国's 和 was taken for a conjunction, giving the role 国总统.
    String text = "并应哈萨克斯坦共和国总统托卡耶夫、塔吉克斯坦共和国总统拉赫蒙邀请对两国进行国事访问。";
    Entity tokayev = entity(text, "托卡耶夫");
    assertThat(tokayev.mentions()).containsExactly(new Span(12, 16));
    assertThat(tokayev.roles()).containsExactly("哈萨克斯坦共和国总统");
    Entity rahmon = entity(text, "拉赫蒙");
    assertThat(rahmon.mentions()).containsExactly(new Span(27, 30));
    assertThat(rahmon.roles()).containsExactly("塔吉克斯坦共和国总统");
    assertThat(surfaces(text)).doesNotContain("两国", "国");
  }

  @Test
  void theVerbOfAnInvitationIsNotPartOfTheTitle() {
    // Regression: 应…邀请 gave the role 应摩洛哥众议长.
    String text = "应摩洛哥众议长阿拉米邀请，赵乐际对摩洛哥进行正式友好访问。";
    Entity host = entity(text, "阿拉米");
    assertThat(host.mentions()).containsExactly(new Span(7, 10));
    assertThat(host.roles()).containsExactly("摩洛哥众议长");
    assertThat(host.country()).isEqualTo(entity(text, "摩洛哥").id());
    String welcome = "国家主席习近平举行仪式，欢迎厄立特里亚国总统伊萨亚斯·阿费沃基访华。";
    assertThat(entity(welcome, "伊萨亚斯·阿费沃基").roles()).containsExactly("厄立特里亚国总统");
  }

  @Test
  void aTitleSharedByTwoNamesIsNoRoleOfEither() {
    String text = "两国总统托卡耶夫和拉赫蒙出席了签字仪式。";
    assertThat(entity(text, "托卡耶夫").roles()).isEmpty();
    assertThat(entity(text, "拉赫蒙").roles()).isEmpty();
    assertThat(surfaces(text)).containsExactly("托卡耶夫", "拉赫蒙");
    assertThat(RECOGNIZER.mentions("两国元首共同欣赏文艺表演。")).isEmpty();
  }

  @Test
  void aTitlePrintedAfterTheNameIsItsRoleAndNotPartOfTheMention() {
    String text = "习主席与托卡耶夫总统举行会谈。习近平主席抵达阿斯塔纳。";
    Entity xi = entity(text, "习近平");
    assertThat(xi.mentions()).containsExactly(new Span(0, 1), span(text, "习近平", 0));
    assertThat(xi.roles()).containsExactly("主席");
    assertThat(xi.aliases()).doesNotContain("习主席", "习近平主席");
    Entity tokayev = entity(text, "托卡耶夫");
    assertThat(tokayev.mentions()).containsExactly(new Span(4, 8));
    assertThat(tokayev.roles()).containsExactly("总统");
  }

  @Test
  void placesAndPeopleNamedByTheWordsAroundThem() {
    String held = "国家主席习近平出席在撒马尔罕举行的上海合作组织成员国元首理事会会议。";
    EntityRecognizer.Mention samarkand = mention(held, "撒马尔罕");
    assertThat(samarkand.type()).isEqualTo(EntityType.PLACE);
    assertThat(samarkand.start()).isEqualTo(10);
    assertThat(surfaces(held)).doesNotContain("马尔罕");
    assertThat(mention("上合组织撒马尔罕峰会取得成功。", "撒马尔罕").type()).isEqualTo(EntityType.PLACE);

    String town = "在位于中哈边境的哈萨克斯坦小城扎尔肯特，已建成物流中心。";
    assertThat(mention(town, "扎尔肯特").type()).isEqualTo(EntityType.PLACE);
    assertThat(entity(town, "扎尔肯特").country()).isEqualTo(entity(town, "哈萨克斯坦").id());
    String student = "哈萨克斯坦青年塔亚是一名中国文化的爱好者。";
    assertThat(mention(student, "塔亚").type()).isEqualTo(EntityType.PERSON);
    String region = "首家鲁班工坊在哈萨克斯坦东哈州正式揭牌。";
    EntityRecognizer.Mention east = mention(region, "东哈州");
    assertThat(east.type()).isEqualTo(EntityType.PLACE);
    assertThat(east.start()).isEqualTo(12);
    assertThat(entity(region, "东哈州").country()).isEqualTo(entity(region, "哈萨克斯坦").id());
  }

  @Test
  void namesInAListOfPersonsAreAllPersons() {
    String text = "习近平、李克强、栗战书、汪洋、李强等到机场迎灵。";
    for (String name : List.of("习近平", "李克强", "栗战书", "汪洋", "李强")) {
      assertThat(mention(text, name).type()).as(name).isEqualTo(EntityType.PERSON);
    }
    assertThat(surfaces(text)).doesNotContain("李克");
    // A name the dictionary lists as another proper noun (栗战书/nz), right after a title.
    String chair = "全国人大常委会委员长、党组书记栗战书主持会议并讲话。";
    assertThat(mention(chair, "栗战书").start()).isEqualTo(15);
    assertThat(mention(chair, "栗战书").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void sidesOfTalksAndSongTitlesAreNoNames() {
    String text = "栗战书感谢欧方哀悼，表示中方将继承遗志，推动中欧关系发展。";
    assertThat(surfaces(text)).doesNotContain("欧方", "中方", "关系发展");
    String song = "A group of Kazakh children sang the song \"Ode to the Motherland\" in Chinese.";
    assertThat(surfaces(song)).doesNotContain("Motherland", "Ode");
    String dotted = "国家主席习近平致电尼科斯·赫里斯托祖利季斯，祝贺他就任总统。";
    assertThat(mention(dotted, "尼科斯·赫里斯托祖利季斯").type()).isEqualTo(EntityType.PERSON);
    // The part after the dot HanLP tagged as a transliteration (尚德/nrf), or written with 圭.
    String publisher = "该报发行人汉斯·迪尚德先生和委员会主席马格坦戈尔·圭尼贡多日前会面。";
    assertThat(mention(publisher, "汉斯·迪尚德").start()).isEqualTo(5);
    assertThat(mention(publisher, "马格坦戈尔·圭尼贡多").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void namesPrintedBeforeTheirTitlesOrCourtesies() {
    String text = "记者见到了刘小姐，维埃拉总统随后与基里延科总理会见。";
    EntityRecognizer.Mention liu = mention(text, "刘");
    assertThat(liu.type()).isEqualTo(EntityType.PERSON);
    assertThat(liu.start()).isEqualTo(5);
    assertThat(mention(text, "维埃拉").start()).isEqualTo(9);
    assertThat(mention(text, "基里延科").type()).isEqualTo(EntityType.PERSON);
    assertThat(surfaces(text)).doesNotContain("刘小姐", "维埃拉总统");
    // A Chinese name after an office is not a transliteration of one piece with it.
    String office = "宣教科郝彦南同志向我们介绍了情况。";
    assertThat(surfaces(office)).doesNotContain("科郝彦南");
  }

  @Test
  void aVerbAfterATwoCharacterNameIsNotItsThirdCharacter() {
    // Sohu entertainment news (Sogou corpus): a film credit and a name before 有过.
    String credit = "10年前，白兰（宋佳饰）女儿铃铛被绑架。";
    assertThat(mention(credit, "宋佳").type()).isEqualTo(EntityType.PERSON);
    assertThat(mention(credit, "宋佳").start()).isEqualTo(8);
    assertThat(surfaces(credit)).doesNotContain("宋佳饰");
    String had = "与王昱、宋佳有过合作的张一白导演表示。";
    assertThat(surfaces(had)).contains("王昱", "宋佳").doesNotContain("宋佳有");
  }

  @Test
  void givenNamesWithMeasureCharactersAndNamesBeforeTheParticle所() {
    String text = "他说，张慧英所做的一切，副主任刘名启都看到了，并打电话给郎平。";
    assertThat(mention(text, "张慧英").type()).isEqualTo(EntityType.PERSON);
    assertThat(mention(text, "刘名启").start()).isEqualTo(15);
    assertThat(mention(text, "郎平").type()).isEqualTo(EntityType.PERSON);
    assertThat(surfaces(text)).doesNotContain("张慧英所");
    assertThat(surfaces("参加比赛的三名选手都到了。")).isEmpty();
  }

  @Test
  void transliterationsAfterNounsOfPeopleAndWithTheXinhuaCharacters延佐坚() {
    String text = "巴西外援里贝罗在第10分钟进球。总理基里延科认为，副总理涅姆佐夫说，部长赫里斯坚科也同意。";
    assertThat(mention(text, "里贝罗").start()).isEqualTo(4);
    for (String name : List.of("基里延科", "涅姆佐夫", "赫里斯坚科")) {
      assertThat(mention(text, name).type()).as(name).isEqualTo(EntityType.PERSON);
    }
  }

  @Test
  void transliteratedSpeakersBeforeVerbsOfSpeech() {
    // HanLP joins the last character with the verb (兰说/nr) or leaves two characters apart (里/f 德/b 说).
    String text = "古纳兰说，合作很顺利。里德说，两家公司将合并。萨默斯说，会谈有成果。";
    assertThat(mention(text, "古纳兰").start()).isEqualTo(0);
    assertThat(mention(text, "里德").type()).isEqualTo(EntityType.PERSON);
    assertThat(mention(text, "萨默斯").type()).isEqualTo(EntityType.PERSON);
    assertThat(surfaces(text)).doesNotContain("兰说", "古纳", "古纳兰说");
    assertThat(surfaces("专家说，大家说，公司说，他们都同意。")).isEmpty();
  }

  /** Regression: `country` was an entity id when the country was named and a bare name when not. */
  @Test
  void countryIsTheIdOfANamedCountryAndNullOtherwise() {
    List<Entity> unnamed = RECOGNIZER.recognize("习近平在人民大会堂会见了来访的客人。", List.of());
    assertThat(unnamed).filteredOn(e -> e.name().equals("习近平")).singleElement()
        .satisfies(e -> assertThat(e.country()).isNull());

    List<Entity> named = RECOGNIZER.recognize("中国国家主席习近平在人民大会堂会见了来访的客人。", List.of());
    Entity china = named.stream().filter(e -> e.name().equals("中国")).findFirst().orElseThrow();
    assertThat(named).filteredOn(e -> e.name().equals("习近平")).singleElement()
        .satisfies(e -> assertThat(e.country()).isEqualTo(china.id()));
  }
}

package dev.dossier.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.analyze.sentence.SentenceSplitter;
import dev.dossier.model.Dateline;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.TimeKind;
import dev.dossier.model.TimeMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event extraction given entities and times (here marked by hand, so that this test exercises the
 * event rules alone; the full chain is tested in the analysis golden tests).
 */
class EventExtractorTest {
  private final EventExtractor extractor = new EventExtractor();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private static Entity entity(String text, String id, EntityType type, String... names) {
    List<Span> mentions = new ArrayList<>();
    for (String n : names) {
      for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length())) {
        mentions.add(new Span(i, i + n.length()));
      }
    }
    return new Entity(id, names[0], type, List.of(names), List.of(), null, mentions);
  }

  private static List<Span> mentions(String text, String name) {
    List<Span> out = new ArrayList<>();
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
      out.add(new Span(i, i + name.length()));
    }
    return out;
  }

  private static TimeMention time(String text, String expr, int nth, String value) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(expr, i + 1);
    }
    return new TimeMention(expr, i, i + expr.length(), TimeKind.DATE, value, new Span(0, text.length()));
  }

  @Test
  void meetingMentionedTwiceIsOneEventAndDatesComeFromTheNarrative() {
    // Sample 000, paragraphs 1-3 and a later repetition.
    String text =
        "10月18日下午,哈萨克斯坦总统托卡耶夫在结束出席第三届“一带一路”国际合作高峰论坛后,专程到访新疆,共商深化友好交流和务实合作。\n"
            + "新疆维吾尔自治区党委书记马兴瑞、自治区主席艾尔肯·吐尼亚孜在乌鲁木齐与托卡耶夫举行工作会谈。\n"
            + "前一天,10月17日,国家主席习近平在人民大会堂会见托卡耶夫;国务院总理李强在钓鱼台国宾馆会见了托卡耶夫。\n"
            + "10月18日下午,马兴瑞、艾尔肯·吐尼亚孜在乌鲁木齐与托卡耶夫举行工作会谈。";
    List<Entity> entities =
        List.of(
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "ma", EntityType.PERSON, "马兴瑞"),
            entity(text, "erken", EntityType.PERSON, "艾尔肯·吐尼亚孜"),
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "li", EntityType.PERSON, "李强"),
            entity(text, "urumqi", EntityType.PLACE, "乌鲁木齐"),
            entity(text, "xinjiang", EntityType.PLACE, "新疆维吾尔自治区", "新疆"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    List<TimeMention> times =
        List.of(
            time(text, "10月18日下午", 0, "2023-10-18TAF"),
            time(text, "前一天", 0, "2023-10-17"),
            time(text, "10月17日", 0, "2023-10-17"),
            time(text, "10月18日下午", 1, "2023-10-18TAF"));
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, null, "2023-10-20T22:44");

    Event talks =
        events.stream()
            .filter(e -> e.type() == EventType.MEET && e.participants().contains("ma"))
            .findFirst()
            .orElseThrow();
    assertThat(talks.participants()).containsExactlyInAnyOrder("ma", "erken", "tokayev");
    assertThat(talks.place()).isEqualTo("urumqi");
    assertThat(talks.date()).isEqualTo("2023-10-18");
    assertThat(talks.planned()).isFalse();
    int second = text.indexOf("10月18日下午,马兴瑞");
    assertThat(talks.evidence())
        .containsExactly(
            new Span(text.indexOf("新疆维吾尔自治区党委书记"), text.indexOf("\n前一天")),
            new Span(second, text.length()));

    assertThat(events)
        .filteredOn(e -> e.type() == EventType.MEET && e.participants().contains("xi"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants()).containsExactlyInAnyOrder("xi", "tokayev");
              assertThat(e.date()).isEqualTo("2023-10-17");
            });
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.MEET && e.participants().contains("li"))
        .singleElement()
        .satisfies(e -> assertThat(e.participants()).containsExactlyInAnyOrder("li", "tokayev"));
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.VISIT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants()).containsExactly("tokayev");
              assertThat(e.place()).isEqualTo("xinjiang");
              assertThat(e.date()).isEqualTo("2023-10-18");
            });
  }

  @Test
  void oneDinnerAcrossTwoLanguagesTakesTheDatelinePlace() {
    // Sample 002: the Chinese lead and the English closing sentence describe one dinner.
    String text =
        "新华社阿斯塔纳7月2日电 当地时间7月2日晚,国家主席习近平应邀同哈萨克斯坦总统托卡耶夫共进晚餐,在愉快温馨的环境中就中哈关系和共同关心的问题进行了亲切友好的交流。\n"
            + "On Tuesday evening, Xi and Tokayev had a cordial and friendly exchange over dinner in a pleasant and warm atmosphere.";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平", "Xi"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫", "Tokayev"),
            entity(text, "astana", EntityType.PLACE, "阿斯塔纳"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    List<TimeMention> times =
        List.of(
            time(text, "7月2日", 0, "2024-07-02"),
            time(text, "当地时间7月2日晚", 0, "2024-07-02TEV"),
            time(text, "Tuesday evening", 0, "2024-07-02TEV"));
    Dateline dateline = new Dateline("阿斯塔纳", "2024-07-02", "新华社", 0, 12);
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, dateline, "2024-07-03T08:52:21");
    assertThat(events).filteredOn(e -> e.type() == EventType.MEET).singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants()).containsExactlyInAnyOrder("xi", "tokayev");
              assertThat(e.place()).isEqualTo("astana");
              assertThat(e.date()).isEqualTo("2024-07-02");
              assertThat(e.evidence()).hasSize(2);
              assertThat(e.evidence().get(1).start()).isEqualTo(text.indexOf("On Tuesday"));
            });
  }

  @Test
  void englishDatelineInsideTheTextDatesAndPlacesItsPart() {
    // A bilingual release: the Chinese lead has the article's dateline; the English part opens
    // with its own, which dates and places the past events of the English paragraphs after it.
    String text =
        "新华社阿斯塔纳7月2日电 当地时间7月2日晚,国家主席习近平同哈萨克斯坦总统托卡耶夫共进晚餐。\n"
            + "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that the two countries are friends.\n"
            + "Xi made the remarks in a written statement upon his arrival for a state visit to Kazakhstan, "
            + "where he will also attend the SCO summit.\n"
            + "He said that he will have talks with President Tokayev.";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平", "Xi Jinping", "Xi"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫", "Tokayev"),
            new Entity("astana", "阿斯塔纳", EntityType.PLACE, List.of("Astana"), List.of(), null, List.of(new Span(3, 7))),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦", "Kazakhstan"),
            entity(text, "sco", EntityType.ORG, "SCO"));
    List<TimeMention> times =
        List.of(
            time(text, "7月2日", 0, "2024-07-02"),
            time(text, "当地时间7月2日晚", 0, "2024-07-02TEV"),
            time(text, "July 2", 0, "2024-07-02"),
            time(text, "Tuesday", 0, "2024-07-02"));
    Dateline dateline = new Dateline("阿斯塔纳", "2024-07-02", "新华社", 0, 12);
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, dateline, "2024-07-03T08:52:21");
    int statement = text.indexOf("Xi made");
    assertThat(events).filteredOn(e -> e.type() == EventType.SPEECH).singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo("2024-07-02");
              assertThat(e.place()).isEqualTo("astana"); // ASTANA of the English dateline
              assertThat(e.evidence().get(0).start()).isEqualTo(statement);
            });
    assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).isEqualTo("2024-07-02");
              assertThat(e.place()).isEqualTo("kz");
              assertThat(e.planned()).isFalse();
            });
    // Announced happenings stay undated: the dateline says when the story was filed, not them.
    assertThat(events).filteredOn(Event::planned).extracting(Event::type, Event::date)
        .containsExactlyInAnyOrder(tuple(EventType.ATTEND, null), tuple(EventType.MEET, null));
    // "…a state visit to Kazakhstan, where he will also attend the SCO summit": in Kazakhstan
    assertThat(events).filteredOn(e -> e.type() == EventType.ATTEND).extracting(Event::place).containsExactly("kz");
  }

  @Test
  void englishDatelineOnlyCoversItsOwnPart() {
    // The Chinese paragraph after the English part is not covered by the English dateline.
    String text =
        "BEIJING, Oct. 18 (Xinhua) -- Chinese Premier Li Qiang met Tokayev.\n"
            + "李强会见托卡耶夫。\n"
            + "托卡耶夫出席欢迎宴会。";
    List<Entity> entities =
        List.of(
            entity(text, "li", EntityType.PERSON, "Li Qiang", "李强"),
            entity(text, "tokayev", EntityType.PERSON, "Tokayev", "托卡耶夫"),
            new Entity("beijing", "北京", EntityType.PLACE, List.of("Beijing"), List.of(), null, List.of()));
    List<TimeMention> times = List.of(time(text, "Oct. 18", 0, "2023-10-18"));
    List<Event> events = events(text, entities, times, "2023-10-19");
    assertThat(events).filteredOn(e -> e.type() == EventType.MEET).extracting(Event::date, Event::place)
        .containsExactly(tuple("2023-10-18", "beijing"));
    assertThat(events).filteredOn(e -> e.type() == EventType.ATTEND).extracting(Event::date, Event::place)
        .containsExactly(tuple(null, null));
  }

  @Test
  void witnessedSigningTakesTheDateOfTheMeetingItsCollectiveRefersTo() {
    // 两国元首 names the two people of the meeting just mentioned; that meeting is dated by the
    // arrival reported in the paragraph before it, so the signing they witnessed is dated too.
    String text =
        "2023年10月,第三届“一带一路”国际合作高峰论坛举行,托卡耶夫抵京参会。\n"
            + "习近平在与托卡耶夫会面时说,双方要加强合作。\n"
            + "托卡耶夫则表示,哈方坚定支持。\n"
            + "两国元首共同见证签署互联互通等领域多项双边合作文件。";
    List<Entity> entities =
        List.of(entity(text, "xi", EntityType.PERSON, "习近平"), entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"));
    List<TimeMention> times = List.of(time(text, "2023年10月", 0, "2023-10"));
    List<Event> events = events(text, entities, times, "2023-10-20");
    assertThat(events).filteredOn(e -> e.type() == EventType.SIGN).singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants()).containsExactlyInAnyOrder("xi", "tokayev");
              assertThat(e.date()).isEqualTo("2023-10");
              assertThat(e.evidence().get(0).start()).isEqualTo(text.indexOf("两国元首"));
            });
  }

  @Test
  void aTallyOfMeetingsDoesNotSayWhoTheTwoHeadsOfStateAre() {
    String text = "习近平主席和托卡耶夫总统两次亲切会谈。\n两国元首共同见证签署多项合作文件。";
    List<Entity> entities =
        List.of(entity(text, "xi", EntityType.PERSON, "习近平"), entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"));
    assertThat(events(text, entities, List.of(), "2024-01-01")).isEmpty();
  }

  @Test
  void theTwoHeadsOfStateOfAStateVisitAreTheVisitorAndTheHost() {
    // No meeting names the two: the state visit just reported does, with the host country's head.
    String text =
        "2022年9月,国家主席习近平应邀对哈萨克斯坦进行国事访问。\n"
            + "这是习近平第4次访问哈萨克斯坦。\n"
            + "在哈萨克斯坦,两国元首举行正式会谈。\n"
            + "哈萨克斯坦总统托卡耶夫和副总统阿曼出席欢迎仪式。";
    Entity xi = new Entity("xi", "习近平", EntityType.PERSON, List.of(), List.of("国家主席"), "cn", mentions(text, "习近平"));
    Entity tokayev = new Entity("tokayev", "托卡耶夫", EntityType.PERSON, List.of(), List.of("哈萨克斯坦总统"), "kz", mentions(text, "托卡耶夫"));
    Entity vice = new Entity("aman", "阿曼", EntityType.PERSON, List.of(), List.of("哈萨克斯坦副总统"), "kz", mentions(text, "阿曼"));
    List<Entity> entities = List.of(xi, tokayev, vice, entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    List<TimeMention> times = List.of(time(text, "2022年9月", 0, "2022-09"));
    List<Event> events = events(text, entities, times, "2023-10-20");
    assertThat(events).filteredOn(e -> e.type() == EventType.MEET).singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants()).containsExactly("xi", "tokayev"); // not the vice-president
              assertThat(e.date()).isEqualTo("2022-09");
              assertThat(e.place()).isEqualTo("kz");
              assertThat(e.evidence().get(0).start()).isEqualTo(text.indexOf("在哈萨克斯坦,两国元首"));
            });
  }

  @Test
  void visitWordsImplyTheirPlaceAndComingToACountryIsAVisit() {
    String text =
        "2023年10月,托卡耶夫抵京参会。\n"
            + "2022年9月,习主席首访首站来到哈萨克斯坦。\n"
            + "2023年来到西北大学留学的哈萨克斯坦青年塔亚喜欢中国。\n"
            + "习主席来到长江国家文化公园考察。";
    List<Entity> entities =
        List.of(
            new Entity("tokayev", "托卡耶夫", EntityType.PERSON, List.of(), List.of(), "kz", mentions(text, "托卡耶夫")),
            entity(text, "yangtze", EntityType.PLACE, "长江"),
            entity(text, "xi", EntityType.PERSON, "习主席"),
            entity(text, "taya", EntityType.PERSON, "塔亚"),
            entity(text, "beijing", EntityType.PLACE, "北京"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "nwu", EntityType.ORG, "西北大学"));
    List<TimeMention> times =
        List.of(time(text, "2023年10月", 0, "2023-10"), time(text, "2022年9月", 0, "2022-09"), time(text, "2023年", 1, "2023"));
    List<Event> events = events(text, entities, times, "2023-10-20");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date)
        .containsExactly(
            tuple(EventType.VISIT, List.of("tokayev"), "beijing", "2023-10"),
            tuple(EventType.ATTEND, List.of("tokayev"), "beijing", "2023-10"),
            tuple(EventType.VISIT, List.of("xi"), "kz", "2022-09"));
  }

  @Test
  void aYearInTheNameOfWhatIsAttendedDoesNotDateIt() {
    String text = "当地时间14日下午，国务院总理李强抵达苏黎世，将出席世界经济论坛2024年年会。";
    List<Entity> entities =
        List.of(entity(text, "li", EntityType.PERSON, "李强"), entity(text, "zurich", EntityType.PLACE, "苏黎世"));
    List<TimeMention> times = List.of(time(text, "2024年", 0, "2024"));
    assertThat(events(text, entities, times, null))
        .extracting(Event::type, Event::date, Event::planned)
        .containsExactly(tuple(EventType.VISIT, null, false), tuple(EventType.ATTEND, null, true));
  }

  @Test
  void afterTheTalksTheTwoHeadsOfStateAreThoseOfTheTalks() {
    String text =
        "国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。\n"
            + "习近平强调，双方要加强合作。\n"
            + "博鲁阿尔特表示，秘方愿深化合作。\n"
            + "在秘鲁礼宾马队护卫下，习近平乘车抵达总统府。\n"
            + "会谈后，两国元首共同见证签署多项双边合作文件。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "boluarte", EntityType.PERSON, "博鲁阿尔特"),
            entity(text, "lima", EntityType.PLACE, "利马"),
            entity(text, "peru", EntityType.PLACE, "秘鲁"));
    assertThat(events(text, entities, List.of(), null)).filteredOn(e -> e.type() == EventType.SIGN).singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants()).containsExactlyInAnyOrder("xi", "boluarte");
              assertThat(e.place()).isEqualTo("lima");
            });
  }

  @Test
  void aVisitToTwoCountriesIsOneVisitToEach() {
    String text =
        "7月2日至6日，国家主席习近平将应哈萨克斯坦共和国总统托卡耶夫、塔吉克斯坦共和国总统拉赫蒙邀请对两国进行国事访问。\n"
            + "有记者问：习近平主席即将对哈萨克斯坦、塔吉克斯坦进行国事访问，能否介绍此访安排？\n"
            + "王毅将应邀对法国进行正式访问。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            new Entity("tokayev", "托卡耶夫", EntityType.PERSON, List.of(), List.of("哈萨克斯坦总统"), "kz", mentions(text, "托卡耶夫")),
            new Entity("rahmon", "拉赫蒙", EntityType.PERSON, List.of(), List.of("塔吉克斯坦总统"), "tj", mentions(text, "拉赫蒙")),
            entity(text, "wang", EntityType.PERSON, "王毅"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "tj", EntityType.PLACE, "塔吉克斯坦"),
            entity(text, "fr", EntityType.PLACE, "法国"));
    List<TimeMention> times = List.of(range(text, "7月2日至6日", "2024-07-02/2024-07-06"));
    List<Event> events = events(text, entities, times, "2024-07-01");
    assertThat(events)
        .extracting(Event::participants, Event::place, Event::date, Event::planned, e -> e.evidence().size())
        .containsExactly(
            tuple(List.of("xi"), "kz", "2024-07-02/2024-07-06", true, 2),
            tuple(List.of("xi"), "tj", "2024-07-02/2024-07-06", true, 2),
            tuple(List.of("wang"), "fr", null, true, 1));
  }

  @Test
  void duringTheVisitPlacesWhatIsAnnouncedInTheCountryVisited() {
    String text =
        "毛宁说：“此访是习近平主席第五次访问哈萨克斯坦。访问期间，习近平主席将同托卡耶夫总统举行会谈，并出席欢迎仪式。”\n"
            + "毛宁说：“此访将是习近平主席再次对塔进行国事访问。访问期间，习近平主席将同拉赫蒙总统举行会谈。”";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "rahmon", EntityType.PERSON, "拉赫蒙"),
            entity(text, "mao", EntityType.PERSON, "毛宁"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    int first = text.indexOf("“") + 1;
    int second = text.lastIndexOf("“") + 1;
    List<Quote> quotes =
        List.of(
            new Quote("mao", "毛宁", null, text.substring(first, text.indexOf("”")), first, text.indexOf("”"), true),
            new Quote("mao", "毛宁", null, text.substring(second, text.lastIndexOf("”")), second, text.lastIndexOf("”"), true));
    List<Event> events = extractor.extract(text, splitter.split(text), entities, List.of(), quotes, null, "2024-07-01");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::planned)
        .containsExactly(
            tuple(EventType.MEET, List.of("xi", "tokayev"), "kz", true),
            tuple(EventType.ATTEND, List.of("xi"), "kz", true),
            // 对塔: the country of this visit is not recognised, so no place is guessed
            tuple(EventType.MEET, List.of("xi", "rahmon"), null, true));
  }

  @Test
  void plannedVisitAndCollectiveParticipants() {
    String text =
        "7月2日至6日,国家主席习近平将出席在阿斯塔纳举行的上海合作组织成员国元首理事会第二十四次会议。\n"
            + "习近平在人民大会堂会见托卡耶夫。两国元首共同见证签署互联互通、经济发展等领域多项双边合作文件。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "sco", EntityType.ORG, "上海合作组织"),
            entity(text, "astana", EntityType.PLACE, "阿斯塔纳"));
    List<TimeMention> times = List.of(new TimeMention("7月2日至6日", 0, 7, TimeKind.RANGE, "2024-07-02/2024-07-06", new Span(0, 7)));
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, null, "2024-07-01");
    assertThat(events).filteredOn(e -> e.type() == EventType.ATTEND).singleElement()
        .satisfies(
            e -> {
              assertThat(e.planned()).isTrue();
              assertThat(e.place()).isEqualTo("astana");
              assertThat(e.date()).isEqualTo("2024-07-02/2024-07-06");
              // The organisation names the meeting attended; it is not a participant.
              assertThat(e.participants()).containsExactly("xi");
            });
    assertThat(events).filteredOn(e -> e.type() == EventType.SIGN).singleElement()
        .satisfies(e -> assertThat(e.participants()).containsExactlyInAnyOrder("xi", "tokayev"));
    assertThat(events).filteredOn(e -> e.type() == EventType.MEET).hasSize(1);
  }

  private List<Event> events(String text, List<Entity> entities, List<TimeMention> times, String published) {
    return extractor.extract(text, splitter.split(text), entities, times, List.of(), null, published);
  }

  private static TimeMention range(String text, String expr, String value) {
    int i = text.indexOf(expr);
    return new TimeMention(expr, i, i + expr.length(), TimeKind.RANGE, value, new Span(0, text.length()));
  }

  @Test
  void attendingAndThenAStateVisitAreTwoEventsNotThree() {
    String text = "2022年9月,国家主席习近平出席在撒马尔罕举行的上海合作组织成员国元首理事会第二十二次会议,并应邀对哈萨克斯坦进行国事访问。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "samarkand", EntityType.PLACE, "撒马尔罕"),
            entity(text, "sco", EntityType.ORG, "上海合作组织"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    List<Event> events = events(text, entities, List.of(time(text, "2022年9月", 0, "2022-09")), "2023-10-20");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::planned)
        .containsExactly(
            tuple(EventType.ATTEND, List.of("xi"), "samarkand", "2022-09", false),
            tuple(EventType.VISIT, List.of("xi"), "kz", "2022-09", false));
    assertThat(events.get(0).evidence()).containsExactly(new Span(0, text.length()));
  }

  @Test
  void nounsTalliesWishesAndSubordinateMentionsAreNotNewEvents() {
    String text =
        "这是继2013年9月以后,习近平第4次访问哈萨克斯坦。\n"
            + "访问期间,习近平主席同托卡耶夫总统的会晤备受关注。\n"
            + "习近平在与托卡耶夫会谈时说,很高兴在西安接待托卡耶夫总统。\n"
            + "哈方热切期待习近平主席到访。\n"
            + "托卡耶夫总统2019年以来已5次来华,两位领导人还多次通电话。\n"
            + "托卡耶夫在结束出席高峰论坛后,专程到访新疆。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "xian", EntityType.PLACE, "西安"),
            entity(text, "xinjiang", EntityType.PLACE, "新疆"));
    List<Event> events = events(text, entities, List.of(), "2023-10-20");
    // Only the last sentence reports a happening: the visit to Xinjiang, not the forum it followed.
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.VISIT);
      assertThat(e.participants()).containsExactly("tokayev");
      assertThat(e.place()).isEqualTo("xinjiang");
      assertThat(e.evidence()).containsExactly(new Span(text.indexOf("托卡耶夫在结束"), text.length()));
    });
  }

  @Test
  void participantsAreSubjectAndObjectNotInvitersOrPeopleOfARelativeClause() {
    String text =
        "国家主席习近平将于7月2日至6日出席在阿斯塔纳举行的上海合作组织峰会,并应哈萨克斯坦总统托卡耶夫、塔吉克斯坦总统拉赫蒙邀请对两国进行国事访问。\n"
            + "8月16日,马兴瑞在乌鲁木齐会见了来新疆访问并出席博览会的哈萨克斯坦副总理茹曼加林一行。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "rahmon", EntityType.PERSON, "拉赫蒙"),
            entity(text, "ma", EntityType.PERSON, "马兴瑞"),
            entity(text, "zhumangarin", EntityType.PERSON, "茹曼加林"),
            entity(text, "astana", EntityType.PLACE, "阿斯塔纳"),
            entity(text, "urumqi", EntityType.PLACE, "乌鲁木齐"),
            entity(text, "xinjiang", EntityType.PLACE, "新疆"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "two", EntityType.PLACE, "两国"),
            entity(text, "sco", EntityType.ORG, "上海合作组织"));
    List<TimeMention> times =
        List.of(range(text, "7月2日至6日", "2024-07-02/2024-07-06"), time(text, "8月16日", 0, "2023-08-16"));
    List<Event> events = events(text, entities, times, "2024-07-01");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::planned)
        .containsExactly(
            tuple(EventType.ATTEND, List.of("xi"), "astana", "2024-07-02/2024-07-06", true),
            tuple(EventType.VISIT, List.of("xi"), null, "2024-07-02/2024-07-06", true),
            tuple(EventType.MEET, List.of("ma", "zhumangarin"), "urumqi", "2023-08-16", false));
  }

  @Test
  void theSpeakersWordsMakeAnEventOnlyWhenTheyAnnounceOne() {
    String text =
        "毛宁说,此访是习近平主席第五次访问哈萨克斯坦。访问期间,习近平主席将同托卡耶夫总统举行会谈。\n"
            + "托卡耶夫表示,这是我作为哈萨克斯坦总统首次访问中国新疆。";
    List<Entity> entities =
        List.of(
            entity(text, "mao", EntityType.PERSON, "毛宁"),
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "xinjiang", EntityType.PLACE, "新疆"));
    int first = text.indexOf("此访");
    int second = text.indexOf("这是我");
    List<Quote> quotes =
        List.of(
            new Quote("mao", "毛宁", null, text.substring(first, text.indexOf('\n') - 1), first, text.indexOf('\n') - 1, false),
            new Quote("tokayev", "托卡耶夫", null, text.substring(second, text.length() - 1), second, text.length() - 1, false));
    List<Event> events = extractor.extract(text, splitter.split(text), entities, List.of(), quotes, null, "2024-07-01");
    assertThat(events)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EventType.MEET);
          assertThat(e.participants()).containsExactly("xi", "tokayev");
          assertThat(e.planned()).isTrue();
        });
  }

  @Test
  void englishVerbsCountAndNounsOfAKnownVisitDoNot() {
    String text =
        "Xi made the remarks in a written statement upon his arrival in Astana for a state visit to Kazakhstan.\n"
            + "He said that during the visit, he will have talks with President Tokayev.\n"
            + "On Tuesday evening, Xi and Tokayev had a cordial exchange over dinner.";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "Xi"),
            entity(text, "tokayev", EntityType.PERSON, "Tokayev"),
            entity(text, "astana", EntityType.PLACE, "Astana"),
            entity(text, "kz", EntityType.PLACE, "Kazakhstan"));
    int said = text.indexOf("during the visit");
    int saidEnd = text.indexOf(".\nOn");
    List<Quote> quotes = List.of(new Quote("xi", "Xi", null, text.substring(said, saidEnd), said, saidEnd, false));
    List<TimeMention> times = List.of(time(text, "Tuesday evening", 0, "2024-07-02TEV"));
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, quotes, null, "2024-07-03");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::planned)
        .containsExactly(
            tuple(EventType.SPEECH, List.of("xi"), "astana", null, false),
            tuple(EventType.VISIT, List.of("xi"), "kz", null, false),
            // during the visit (to Kazakhstan, the sentence before): in Kazakhstan
            tuple(EventType.MEET, List.of("xi", "tokayev"), "kz", null, true),
            tuple(EventType.MEET, List.of("xi", "tokayev"), null, "2024-07-02", false));
  }

  @Test
  void datelineDatesTheReportNotTheEventAndAPlaceAfterZaiIsTheMostSpecific() {
    String text = "新华社北京7月1日电 2013年,习近平在哈萨克斯坦首都阿斯塔纳发表重要演讲。";
    List<Entity> entities =
        List.of(
            entity(text, "beijing", EntityType.PLACE, "北京"),
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "astana", EntityType.PLACE, "阿斯塔纳"));
    List<TimeMention> times = List.of(time(text, "7月1日", 0, "2024-07-01"), time(text, "2013年", 0, "2013"));
    Dateline dateline = new Dateline("北京", "2024-07-01", "新华社", 0, 10);
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, List.of(), dateline, "2024-07-01");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::planned)
        .containsExactly(tuple(EventType.SPEECH, List.of("xi"), "astana", "2013", false));
  }

  @Test
  void aHeadingAndItsBodySentenceAreOneEventAndAPlaceInsideItsCountryMerges() {
    String text = "3月底,马兴瑞在哈萨克斯坦会见托卡耶夫\n今年3月底,马兴瑞率代表团出访哈萨克斯坦,并在阿斯塔纳会见哈萨克斯坦总统托卡耶夫。";
    List<Span> kz = new ArrayList<>();
    for (int i = text.indexOf("哈萨克斯坦"); i >= 0; i = text.indexOf("哈萨克斯坦", i + 1)) {
      kz.add(new Span(i, i + 5));
    }
    int astana = text.indexOf("阿斯塔纳");
    List<Entity> entities =
        List.of(
            entity(text, "ma", EntityType.PERSON, "马兴瑞"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            new Entity("kz", "哈萨克斯坦", EntityType.PLACE, List.of(), List.of(), null, kz),
            new Entity("astana", "阿斯塔纳", EntityType.PLACE, List.of(), List.of(), "kz", List.of(new Span(astana, astana + 4))));
    List<TimeMention> times = List.of(time(text, "3月底", 0, "2023-03"), time(text, "今年3月底", 0, "2023-03"));
    List<Event> events = events(text, entities, times, "2023-10-20");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, e -> e.evidence().size())
        .containsExactly(
            tuple(EventType.MEET, List.of("ma", "tokayev"), "astana", 2),
            tuple(EventType.VISIT, List.of("ma"), "kz", 1));
  }

  // Xinwen Lianbo style: 王毅参加会见 adds a participant; 夫人 makes the first name a modifier; 出席…并讲话.
  @Test
  void joiningAMeetingSpouseTitlesAndSpeechesAfterAttending() {
    String text =
        "9月15日上午,国家主席习近平在人民大会堂会见柬埔寨首相洪玛奈。\n王毅参加会见。\n"
            + "当地时间15日上午,国家主席习近平夫人彭丽媛在巴厘岛出席文化活动。\n"
            + "沈跃跃出席会议并讲话。\n习近平主席同你举行会谈,全面规划两国关系发展。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "hun", EntityType.PERSON, "洪玛奈"),
            entity(text, "wang", EntityType.PERSON, "王毅"),
            entity(text, "peng", EntityType.PERSON, "彭丽媛"),
            entity(text, "shen", EntityType.PERSON, "沈跃跃"),
            entity(text, "hall", EntityType.PLACE, "人民大会堂"),
            entity(text, "bali", EntityType.PLACE, "巴厘岛"));
    List<TimeMention> times =
        List.of(time(text, "9月15日上午", 0, "2023-09-15TMO"), time(text, "当地时间15日上午", 0, "2023-09-15TMO"));
    List<Event> events = events(text, entities, times, "2023-09-15");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date)
        .containsExactly(
            tuple(EventType.MEET, List.of("xi", "hun", "wang"), "hall", "2023-09-15"),
            tuple(EventType.ATTEND, List.of("peng"), "bali", "2023-09-15"),
            tuple(EventType.ATTEND, List.of("shen"), null, null),
            tuple(EventType.SPEECH, List.of("shen"), null, null));
  }

  // Xinwen Lianbo style: relative clauses on the guest, late joiners, decrees, dates inside names.
  @Test
  void guestsRelativeClauseLateJoinersDecreesAndTheMostSpecificDate() {
    String text =
        "5月15日下午,国家主席习近平在人民大会堂同来华进行国事访问的厄立特里亚总统伊萨亚斯举行会谈。\n王毅、何立峰等参加。\n"
            + "2022年11月15日,国家副主席王岐山出席在新加坡举行的2022年创新经济论坛开幕式并发表视频致辞。\n"
            + "国务院总理李强日前签署国务院令,公布《条例》,自2024年5月1日起施行。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "isaias", EntityType.PERSON, "伊萨亚斯"),
            entity(text, "wang", EntityType.PERSON, "王毅"),
            entity(text, "he", EntityType.PERSON, "何立峰"),
            entity(text, "wqs", EntityType.PERSON, "王岐山"),
            entity(text, "li", EntityType.PERSON, "李强"),
            entity(text, "hall", EntityType.PLACE, "人民大会堂"),
            entity(text, "sg", EntityType.PLACE, "新加坡"));
    List<TimeMention> times =
        List.of(
            time(text, "5月15日下午", 0, "2023-05-15TAF"),
            time(text, "2022年11月15日", 0, "2022-11-15"),
            time(text, "2022年", 1, "2022"),
            time(text, "2024年5月1日", 0, "2024-05-01"));
    List<Event> events = events(text, entities, times, "2024-03-15");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::planned)
        .containsExactly(
            tuple(EventType.MEET, List.of("xi", "isaias", "wang", "he"), "hall", "2023-05-15", false),
            tuple(EventType.ATTEND, List.of("wqs"), "sg", "2022-11-15", false),
            tuple(EventType.SPEECH, List.of("wqs"), "sg", "2022-11-15", false));
  }

  @Test
  void englishNewsSentences() {
    String text =
        "BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping met with visiting Kazakh President Kassym-Jomart Tokayev in Beijing on Tuesday.\n"
            + "The two presidents held talks and witnessed the signing of cooperation documents.\n"
            + "Xi will pay a state visit to Kazakhstan from July 2 to 6, spokesperson Mao Ning said.\n"
            + "Mao said Xi's visit to Kazakhstan will boost ties.";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "Xi Jinping", "Xi"),
            entity(text, "tokayev", EntityType.PERSON, "Kassym-Jomart Tokayev"),
            entity(text, "mao", EntityType.PERSON, "Mao Ning", "Mao"),
            entity(text, "beijing", EntityType.PLACE, "Beijing"),
            entity(text, "kz", EntityType.PLACE, "Kazakhstan"));
    List<TimeMention> times =
        List.of(time(text, "Tuesday", 0, "2023-10-17"), range(text, "from July 2 to 6", "2024-07-02/2024-07-06"));
    Dateline dateline = new Dateline("Beijing", "2023-10-17", "Xinhua", 0, 26);
    int said = text.indexOf("Xi's");
    List<Quote> quotes = List.of(new Quote("mao", "Mao", null, text.substring(said, text.length() - 1), said, text.length() - 1, false));
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, quotes, dateline, "2023-10-17");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::planned)
        .containsExactly(
            tuple(EventType.MEET, List.of("xi", "tokayev"), "beijing", "2023-10-17", false),
            // the English dateline dates and places the undated past signing of its part
            tuple(EventType.SIGN, List.of("xi", "tokayev"), "beijing", "2023-10-17", false),
            tuple(EventType.VISIT, List.of("xi"), "kz", "2024-07-02/2024-07-06", true));
  }

  @Test
  void theDatelineDatesAnUndatedEventOfItsParagraphOnly() {
    String text = "新华社阿斯塔纳7月2日电 国家主席习近平会见哈萨克斯坦总统托卡耶夫。\n习近平同托卡耶夫举行会谈。";
    List<Entity> entities =
        List.of(
            entity(text, "astana", EntityType.PLACE, "阿斯塔纳"),
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    List<TimeMention> times = List.of(time(text, "7月2日", 0, "2024-07-02"));
    Dateline dateline = new Dateline("阿斯塔纳", "2024-07-02", "新华社", 0, 12);
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, List.of(), dateline, "2024-07-03");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, e -> e.evidence().size())
        .containsExactly(tuple(EventType.MEET, List.of("xi", "tokayev"), "astana", "2024-07-02", 2));
  }

  // A subject carried from an earlier clause stops at that clause's own trigger; a collective noun
  // subject (两国代表团) is the clause's own, so nothing is carried; a governed person is an object.
  @Test
  void carriedSubjectsAndObjectsOfOtherVerbs() {
    String text =
        "11月12日至13日,国务院副总理丁薛祥应邀访问阿塞拜疆,在巴库会见阿塞拜疆总统阿利耶夫,同副总理穆斯塔法耶夫举行会谈。\n"
            + "俄总统普京和美总统特朗普先进行一对一对话,然后两国代表团将进行会谈。\n"
            + "丁薛祥出席开幕式,宣读习近平主席贺信并致辞。";
    List<Entity> entities =
        List.of(
            entity(text, "ding", EntityType.PERSON, "丁薛祥"),
            entity(text, "aliyev", EntityType.PERSON, "阿利耶夫"),
            entity(text, "mustafayev", EntityType.PERSON, "穆斯塔法耶夫"),
            entity(text, "putin", EntityType.PERSON, "普京"),
            entity(text, "trump", EntityType.PERSON, "特朗普"),
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "az", EntityType.PLACE, "阿塞拜疆"),
            entity(text, "baku", EntityType.PLACE, "巴库"));
    List<TimeMention> times = List.of(range(text, "11月12日至13日", "2024-11-12/2024-11-13"));
    List<Event> events = events(text, entities, times, "2024-11-14");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place)
        .containsExactly(
            tuple(EventType.VISIT, List.of("ding"), "az"),
            tuple(EventType.MEET, List.of("ding", "aliyev"), "baku"),
            tuple(EventType.MEET, List.of("ding", "mustafayev"), null),
            tuple(EventType.ATTEND, List.of("ding"), null),
            tuple(EventType.SPEECH, List.of("ding"), null));
  }

  // Review gap 5: a second Chinese dateline heading a part of the text dates and places the
  // undated events after it, up to the next dateline; its outlet and place take no part.
  @Test
  void aChineseDatelineInsideTheTextDatesAndPlacesItsPart() {
    String text = "新华社北京7月2日电 国家主席习近平乘专机离开北京。\n"
        + "新华社阿斯塔纳7月3日电 国家主席习近平同哈萨克斯坦总统托卡耶夫举行会谈。\n"
        + "两国元首共同见证签署多项合作文件。";
    List<Entity> entities =
        List.of(
            entity(text, "beijing", EntityType.PLACE, "北京"),
            entity(text, "astana", EntityType.PLACE, "阿斯塔纳"),
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "tokayev", EntityType.PERSON, "托卡耶夫"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"));
    List<TimeMention> times = List.of(time(text, "7月2日", 0, "2024-07-02"), time(text, "7月3日", 0, "2024-07-03"));
    Dateline dateline = new Dateline("北京", "2024-07-02", "新华社", 0, 10);
    List<Event> events = extractor.extract(text, splitter.split(text), entities, times, List.of(), dateline, "2024-07-04");
    int second = text.indexOf("新华社阿斯塔纳");
    int third = text.indexOf("两国元首");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date, Event::evidence)
        .containsExactly(
            tuple(EventType.MEET, List.of("xi", "tokayev"), "astana", "2024-07-03", List.of(new Span(second, third - 1))),
            tuple(EventType.SIGN, List.of("xi", "tokayev"), "astana", "2024-07-03", List.of(new Span(third, text.length()))));
  }

  // Transcripts: temporal clauses that frame no reported happening of their own kind: a tour at
  // home (来到河南考察时), a speech about to be given (准备进行演讲时); and people who join (等参加)
  // join an event reported just before, never a visit told in a temporal clause.
  @Test
  void temporalClausesOfToursOrIntentionsAreNotEventsAndJoinersJoinTheReportedEvent() {
    String text = "2019年，习近平来到河南考察时指出，要坚持走绿色发展的路子。\n"
        + "4月15日，岸田文雄在和歌山县准备进行演讲时，现场传出爆炸声。\n"
        + "4月15日上午，习近平在人民大会堂同苏林共同会见中越青年代表。\n"
        + "该活动由习近平在2025年4月访问越南期间同苏林共同宣布。\n"
        + "蔡奇、王毅等参加。\n"
        + "2013年秋天，习近平在访问哈萨克斯坦、印度尼西亚时，提出重大倡议。";
    List<Entity> entities =
        List.of(
            entity(text, "xi", EntityType.PERSON, "习近平"),
            entity(text, "kishida", EntityType.PERSON, "岸田文雄"),
            entity(text, "tolam", EntityType.PERSON, "苏林"),
            entity(text, "cai", EntityType.PERSON, "蔡奇"),
            entity(text, "wang", EntityType.PERSON, "王毅"),
            entity(text, "henan", EntityType.PLACE, "河南"),
            entity(text, "wakayama", EntityType.PLACE, "和歌山县"),
            entity(text, "vn", EntityType.PLACE, "越南"),
            entity(text, "kz", EntityType.PLACE, "哈萨克斯坦"),
            entity(text, "id", EntityType.PLACE, "印度尼西亚"));
    List<TimeMention> times =
        List.of(
            time(text, "2019年", 0, "2019"),
            time(text, "4月15日", 0, "2025-04-15"),
            time(text, "4月15日上午", 0, "2025-04-15TMO"),
            time(text, "2025年4月", 0, "2025-04"),
            time(text, "2013年秋天", 0, "2013-FA"));
    List<Event> events = events(text, entities, times, "2025-04-16");
    assertThat(events)
        .extracting(Event::type, Event::participants, Event::place, Event::date)
        .containsExactly(
            tuple(EventType.MEET, List.of("xi", "tolam"), null, "2025-04-15"),
            tuple(EventType.VISIT, List.of("xi"), "vn", "2025-04"),
            tuple(EventType.VISIT, List.of("xi"), "kz", "2013-FA"),
            tuple(EventType.VISIT, List.of("xi"), "id", "2013-FA"));
  }

  // Transcripts: a press conference held or spoken at is a speech; one called by a government on a
  // topic (就…召开) names no speaker before it, and a time of day with no day known dates nothing.
  @Test
  void pressConferencesAndUnknownDays() {
    String text = "孙业礼今天下午在人民大会堂举行新闻发布会。\n"
        + "阿拉格齐在记者会上强调，伊朗的行动出于自卫。\n"
        + "印度政府首次就艾哈迈达巴德机场附近的事故召开新闻发布会。";
    List<Entity> entities =
        List.of(
            entity(text, "sun", EntityType.PERSON, "孙业礼"),
            entity(text, "araghchi", EntityType.PERSON, "阿拉格齐"),
            entity(text, "ahmedabad", EntityType.PERSON, "艾哈迈达巴德"),
            entity(text, "hall", EntityType.PLACE, "人民大会堂"));
    List<TimeMention> times = List.of(time(text, "下午", 0, ""));
    assertThat(events(text, entities, times, null))
        .extracting(Event::type, Event::participants, Event::place, Event::date)
        .containsExactly(
            tuple(EventType.SPEECH, List.of("sun"), "hall", null),
            tuple(EventType.SPEECH, List.of("araghchi"), null, null));
  }
}

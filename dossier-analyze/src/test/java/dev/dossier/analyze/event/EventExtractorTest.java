package dev.dossier.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.sentence.SentenceSplitter;
import dev.dossier.model.Dateline;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
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
              assertThat(e.participants()).contains("xi", "sco");
            });
    assertThat(events).filteredOn(e -> e.type() == EventType.SIGN).singleElement()
        .satisfies(e -> assertThat(e.participants()).containsExactlyInAnyOrder("xi", "tokayev"));
    assertThat(events).filteredOn(e -> e.type() == EventType.MEET).hasSize(1);
  }
}

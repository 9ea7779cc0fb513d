package dev.dossier.analyze;

import static dev.dossier.analyze.AnalysedSamples.articles;
import static dev.dossier.analyze.AnalysedSamples.at;
import static dev.dossier.analyze.AnalysedSamples.entityId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events of the bundled samples through the whole pipeline: what a careful reader lists (every
 * real happening, each once), and the mentions that are not happenings.
 */
class EventSeedTest {

  /** The events with an evidence span holding {@code snippet}. */
  private static List<Event> reportedAt(Article a, String snippet) {
    Span s = at(a, snippet);
    return a.events().stream().filter(e -> e.evidence().stream().anyMatch(ev -> ev.contains(s))).toList();
  }

  @Test
  void attendingAndAStateVisitInOneSentenceAreTwoEventsWithTheirOwnPlaces() {
    Article a = articles("000").get(0);
    List<Event> events = reportedAt(a, "今年5月,托卡耶夫在西安出席中国—中亚峰会,并对中国进行国事访问");
    assertThat(events).extracting(Event::type).containsExactly(EventType.ATTEND, EventType.VISIT);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.participants()).containsExactly(entityId(a, "托卡耶夫"));
      assertThat(e.date()).isEqualTo("2023-05");
      assertThat(e.planned()).isFalse();
    });
    assertThat(events.get(0).place()).isEqualTo(entityId(a, "西安"));
    assertThat(events.get(1).place()).isEqualTo(entityId(a, "中国"));
  }

  @Test
  void mentionsOfKnownOrCountedHappeningsAreNotEvents() {
    Article a = articles("000").get(0);
    assertThat(reportedAt(a, "习近平第4次访问哈萨克斯坦")).isEmpty();
    assertThat(reportedAt(a, "这是我作为哈萨克斯坦总统首次访问中国新疆")).isEmpty();
    Article b = articles("001").get(0);
    assertThat(reportedAt(b, "这是习主席与托卡耶夫总统的第7次面对面会晤")).isEmpty();
    assertThat(reportedAt(b, "两国元首此次会晤为下阶段合作明方向")).isEmpty();
    assertThat(reportedAt(b, "欢迎您到哈萨克斯坦来访问")).isEmpty();
    Article c = articles("004").get(1);
    assertThat(reportedAt(c, "“我们总是期待习主席的来访。”")).isEmpty();
    assertThat(reportedAt(c, "对习近平主席的访问充满期待")).isEmpty();
    assertThat(reportedAt(c, "最后抵达阿塞拜疆巴库港")).isEmpty();
  }

  // Review gap 1: a meeting told in a temporal clause (在与X会谈时说) is a happening: its own event
  // when no event reported tells of it, else one more evidence span of that event.
  @Test
  void happeningsToldInATemporalClauseAreEventsOrMergeIntoTheOneTheyTellOf() {
    Article a = articles("000").get(0);
    String xi = entityId(a, "习近平");
    String tokayev = entityId(a, "托卡耶夫");
    // The Xi'an talks of 2023-05: dated and placed by the summit and visit of the paragraph before.
    assertThat(reportedAt(a, "习近平在与托卡耶夫会谈时说")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.MEET);
      assertThat(e.participants()).containsExactly(xi, tokayev);
      assertThat(e.date()).isEqualTo("2023-05");
      assertThat(e.place()).isEqualTo(entityId(a, "西安"));
      assertThat(e.planned()).isFalse();
      assertThat(e.evidence()).containsExactly(at(a, "习近平在与托卡耶夫会谈时说,很高兴在西安接待托卡耶夫总统。"));
    });
    // The meeting of October 2023 is the one in the Great Hall of the People on 2023-10-17.
    assertThat(reportedAt(a, "习近平在与托卡耶夫会面时说")).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2023-10-17");
      assertThat(e.place()).isEqualTo(entityId(a, "人民大会堂"));
      assertThat(e.evidence()).containsExactly(
          at(a, "前一天,10月17日,国家主席习近平在人民大会堂会见托卡耶夫;国务院总理李强在钓鱼台国宾馆会见了托卡耶夫。"),
          at(a, "习近平在与托卡耶夫会面时说,10年前,我在哈萨克斯坦首次提出共建“丝绸之路经济带”倡议。"));
    });
    // 马兴瑞在会谈时说: the working talks in Urumqi with all three, not a meeting of 马兴瑞 alone.
    assertThat(reportedAt(a, "马兴瑞在会谈时说")).singleElement().satisfies(e -> {
      assertThat(e.participants()).containsExactly(entityId(a, "马兴瑞"), entityId(a, "艾尔肯·吐尼亚孜"), tokayev);
      assertThat(e.date()).isEqualTo("2023-10-18");
      assertThat(e.place()).isEqualTo(entityId(a, "乌鲁木齐"));
    });
    Article b = articles("001").get(0);
    assertThat(reportedAt(b, "2024年7月,习主席在访哈时表示"))
        .extracting(Event::type, Event::date, Event::place, Event::participants)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            EventType.VISIT, "2024-07", entityId(b, "哈萨克斯坦"), List.of(entityId(b, "习近平"))));
    Article c = articles("004").get(1);
    assertThat(reportedAt(c, "习近平主席2013年9月访哈期间在演讲中特意介绍了他的故事"))
        .extracting(Event::type, Event::date, Event::place)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.VISIT, "2013-09", entityId(c, "哈萨克斯坦")),
            org.assertj.core.groups.Tuple.tuple(EventType.SPEECH, "2013-09", entityId(c, "哈萨克斯坦")));
    // 会见来华出席…的托卡耶夫总统时表示: the meeting, not the relative clause's visit or attendance
    assertThat(reportedAt(c, "习近平主席会见来华出席第三届"))
        .extracting(Event::type, Event::date, Event::participants)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            EventType.MEET, "2023-10", List.of(entityId(c, "习近平"), entityId(c, "托卡耶夫"))));
  }

  // Review gap 2: talks announced for the time of a visit take the visit's dates and country.
  @Test
  void meetingsAnnouncedDuringAVisitTakeItsDatesAndCountry() {
    Article a = articles("004").get(0);
    for (String[] host : new String[][] {{"托卡耶夫", "哈萨克斯坦"}, {"拉赫蒙", "塔吉克斯坦"}}) {
      assertThat(reportedAt(a, "访问期间，习近平主席将同" + host[0] + "总统举行会谈"))
          .filteredOn(e -> e.type() == EventType.MEET)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.participants()).containsExactly(entityId(a, "习近平"), entityId(a, host[0]));
            assertThat(e.date()).isEqualTo("2024-07-02/2024-07-06");
            assertThat(e.place()).isEqualTo(entityId(a, host[1]));
            assertThat(e.planned()).isTrue();
          });
    }
    // The visitor's own words about the visit keep its country; its day is the arrival's, not the talks'.
    Article b = articles("002").get(0);
    assertThat(reportedAt(b, "during the visit, he will have talks with President Tokayev")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.MEET);
      assertThat(e.place()).isEqualTo(entityId(b, "哈萨克斯坦"));
      assertThat(e.date()).isNull();
      assertThat(e.planned()).isTrue();
    });
  }

  // A spokesperson's briefing is a statement made (CAMEO 010): dated by its sentence, placed by the
  // dateline that covers its paragraph.
  @Test
  void aBriefingAtAPressConferenceIsASpeech() {
    Article a = articles("004").get(0);
    assertThat(reportedAt(a, "外交部发言人毛宁在例行记者会上介绍有关情况")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.SPEECH);
      assertThat(e.participants()).containsExactly(entityId(a, "毛宁"));
      assertThat(e.date()).isEqualTo("2024-07-01");
      assertThat(e.place()).isEqualTo(entityId(a, "北京"));
      assertThat(e.planned()).isFalse();
      assertThat(e.evidence()).containsExactly(at(a, "7月1日，外交部发言人毛宁在例行记者会上介绍有关情况。"));
    });
  }

  // Review gap 3: a tally (两次访华) is no event, but 分别出席A和B reports one attendance of each.
  @Test
  void attendingTwoThingsRespectivelyIsTwoAttendancesAndTheTallyNone() {
    Article a = articles("003").get(0);
    List<Event> events = reportedAt(a, "哈总统托卡耶夫两次访华,并分别出席中国—中亚峰会和第三届");
    assertThat(events).extracting(Event::type).containsExactly(EventType.ATTEND, EventType.ATTEND);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.participants()).containsExactly(entityId(a, "托卡耶夫"));
      assertThat(e.evidence()).containsExactly(
          at(a, "哈总统托卡耶夫两次访华,并分别出席中国—中亚峰会和第三届“一带一路”国际合作高峰论坛,创下中哈关系史上的新纪录。"));
    });
    assertThat(reportedAt(a, "习近平主席和托卡耶夫总统两次亲切会谈")).isEmpty();
  }

  @Test
  void twoMeetingsInOneSentenceKeepTheirOwnHostsAndPlaces() {
    Article a = articles("000").get(0);
    List<Event> events = reportedAt(a, "国家主席习近平在人民大会堂会见托卡耶夫");
    assertThat(events).extracting(Event::type).containsOnly(EventType.MEET);
    assertThat(events)
        .extracting(Event::participants, Event::place, Event::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of(entityId(a, "习近平"), entityId(a, "托卡耶夫")), entityId(a, "人民大会堂"), "2023-10-17"),
            org.assertj.core.groups.Tuple.tuple(List.of(entityId(a, "李强"), entityId(a, "托卡耶夫")), entityId(a, "钓鱼台国宾馆"), "2023-10-17"));
    // 两国元首共同见证签署: a signing of its own, by the two presidents of the last paragraphs.
    assertThat(reportedAt(a, "两国元首共同见证签署"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EventType.SIGN);
          assertThat(e.participants()).containsExactlyInAnyOrder(entityId(a, "习近平"), entityId(a, "托卡耶夫"));
          // dated by the meeting its 两国元首 refers to (会面, after 2023年10月…抵京参会)
          assertThat(e.date()).isEqualTo("2023-10");
          assertThat(e.planned()).isFalse();
        });
  }

  @Test
  void theAnnouncedStateVisitsArePlannedWithTheirDateRange() {
    for (Article a : articles("004")) {
      String xi = entityId(a, "习近平");
      List<Event> lead = reportedAt(a, "出席在阿斯塔纳举行的上海合作组织成员国元首理事会第二十四次会议");
      assertThat(lead).extracting(Event::type).containsExactly(EventType.ATTEND, EventType.VISIT, EventType.VISIT);
      assertThat(lead).allSatisfy(e -> {
        assertThat(e.planned()).isTrue();
        assertThat(e.date()).isEqualTo("2024-07-02/2024-07-06");
        assertThat(e.participants()).containsExactly(xi); // the inviters (应…邀请) are not participants
      });
      assertThat(lead.get(0).place()).isEqualTo(entityId(a, "阿斯塔纳"));
      // 应…托卡耶夫、…拉赫蒙邀请对两国进行国事访问: a visit to each country
      assertThat(reportedAt(a, "邀请对两国进行国事访问"))
          .filteredOn(e -> e.type() == EventType.VISIT)
          .extracting(Event::place)
          .containsExactly(entityId(a, "哈萨克斯坦"), entityId(a, "塔吉克斯坦"));
    }
    Article p = articles("004").get(0);
    assertThat(reportedAt(p, "习近平主席将同托卡耶夫总统举行会谈"))
        .filteredOn(e -> e.type() == EventType.MEET)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.planned()).isTrue();
          assertThat(e.participants()).containsExactly(entityId(p, "习近平"), entityId(p, "托卡耶夫"));
          assertThat(e.place()).isEqualTo(entityId(p, "哈萨克斯坦")); // 访问期间: of the visit to Kazakhstan
        });
  }

  @Test
  void theEnglishBodyAddsTheVisitAndThePlannedTalksOfSample002() {
    Article a = articles("002").get(0);
    String xi = entityId(a, "习近平");
    assertThat(reportedAt(a, "for a state visit to Kazakhstan"))
        .filteredOn(e -> e.type() == EventType.VISIT)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.participants()).containsExactly(xi);
          assertThat(e.place()).isEqualTo(entityId(a, "哈萨克斯坦"));
          assertThat(e.date()).isEqualTo("2024-07-02"); // ASTANA, July 2 (Xinhua) -- opens the English part
          assertThat(e.planned()).isFalse();
        });
    assertThat(reportedAt(a, "Xi made the remarks in a written statement"))
        .filteredOn(e -> e.type() == EventType.SPEECH)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.date()).isEqualTo("2024-07-02");
          assertThat(e.place()).isEqualTo(entityId(a, "阿斯塔纳"));
        });
    // what he will attend stays undated: the dateline dates the report, not the announcement
    assertThat(reportedAt(a, "he looks forward to attending the SCO summit"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.planned()).isTrue();
          assertThat(e.date()).isNull();
        });
    assertThat(reportedAt(a, "he will have talks with President Tokayev"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EventType.MEET);
          assertThat(e.planned()).isTrue();
          assertThat(e.participants()).containsExactly(xi, entityId(a, "托卡耶夫"));
        });
    // "he is delighted to visit" is Xi's own word about the visit already reported.
    assertThat(reportedAt(a, "he is delighted to visit")).isEmpty();
  }

  @Test
  void theTalksOfAStateVisitAndThePlacesVisitWordsImply() {
    Article a = articles("000").get(0);
    // 在哈萨克斯坦,两国元首举行正式会谈: Xi, on his state visit of 2022年9月, and Kazakhstan's president
    assertThat(reportedAt(a, "在哈萨克斯坦,两国元首举行正式会谈")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.MEET);
      assertThat(e.participants()).containsExactlyInAnyOrder(entityId(a, "习近平"), entityId(a, "托卡耶夫"));
      assertThat(e.date()).isEqualTo("2022-09");
      assertThat(e.place()).isEqualTo(entityId(a, "哈萨克斯坦"));
    });
    // 托卡耶夫抵京参会: in Beijing
    assertThat(reportedAt(a, "托卡耶夫抵京参会")).extracting(Event::type, Event::place)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventType.VISIT, entityId(a, "北京")),
            org.assertj.core.groups.Tuple.tuple(EventType.ATTEND, entityId(a, "北京")));
    Article b = articles("001").get(0);
    assertThat(reportedAt(b, "首访首站来到哈萨克斯坦")).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.VISIT);
      assertThat(e.participants()).containsExactly(entityId(b, "习近平"));
      assertThat(e.date()).isEqualTo("2022-09");
      assertThat(e.place()).isEqualTo(entityId(b, "哈萨克斯坦"));
    });
  }

  @Test
  void theAstanaTalksOf001HaveTheirDayAndPlace() {
    Article a = articles("001").get(0);
    List<Event> talks = reportedAt(a, "就是在阿斯塔纳总统府同托卡耶夫总统会谈");
    assertThat(talks).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.MEET);
      assertThat(e.participants()).containsExactly(entityId(a, "习近平"), entityId(a, "托卡耶夫"));
      assertThat(e.place()).isEqualTo(entityId(a, "阿斯塔纳"));
      assertThat(e.date()).isEqualTo("2025-06-16");
    });
  }
}

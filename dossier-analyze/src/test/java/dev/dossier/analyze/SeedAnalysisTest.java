package dev.dossier.analyze;

import static dev.dossier.analyze.AnalysedSamples.articles;
import static dev.dossier.analyze.AnalysedSamples.at;
import static dev.dossier.analyze.AnalysedSamples.entity;
import static dev.dossier.analyze.AnalysedSamples.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Check;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.Figure;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.TimeMention;
import dev.dossier.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline (cleaning and analysis) on the bundled samples: entities, times, figures,
 * quotes, events and checks, each with its span in the clean text.
 */
class SeedAnalysisTest {

  private static Article only(String prefix) {
    List<Article> all = articles(prefix);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static TimeMention time(Article a, String text, int nth) {
    Span s = at(a, text, nth);
    return a.times().stream()
        .filter(t -> t.start() == s.start() && t.end() == s.end())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time " + text + " at " + s + " in " + a.times()));
  }

  private static Figure figure(Article a, String text) {
    Span s = at(a, text, 0);
    return a.figures().stream()
        .filter(f -> f.span().equals(s))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + text + " at " + s + " in " + a.figures()));
  }

  @Test
  void peopleAreFoundWholeAndLinkedAcrossSpellingsWithRolesApart() {
    Article a = only("000");
    Entity tokayev = entity(a, "托卡耶夫");
    assertThat(tokayev.type()).isEqualTo(EntityType.PERSON);
    Span first = at(a, "托卡耶夫", 0);
    assertThat(tokayev.mentions()).contains(first);
    assertThat(tokayev.roles()).contains("哈萨克斯坦总统");
    Entity ma = entity(a, "马兴瑞");
    assertThat(ma.type()).isEqualTo(EntityType.PERSON);
    assertThat(ma.mentions()).contains(at(a, "马兴瑞", 0));
    assertThat(ma.roles()).anyMatch(r -> r.contains("党委书记"));
    Entity erkin = entity(a, "艾尔肯·吐尼亚孜");
    assertThat(erkin.type()).isEqualTo(EntityType.PERSON);
    assertThat(erkin.mentions()).contains(at(a, "艾尔肯·吐尼亚孜", 0));
    assertThat(a.entities()).extracting(Entity::id).doesNotHaveDuplicates();

    Article p = articles("004").get(0);
    Entity rahmon = entity(p, "拉赫蒙");
    assertThat(rahmon.type()).isEqualTo(EntityType.PERSON);
    assertThat(rahmon.mentions()).contains(at(p, "拉赫蒙", 0));
  }

  @Test
  void englishSpellingsLinkToTheChineseEntities() {
    Article a = only("002");
    Entity tokayev = entity(a, "托卡耶夫");
    assertThat(tokayev.mentions())
        .contains(at(a, "托卡耶夫", 0), at(a, "Kassym-Jomart Tokayev", 0))
        .anySatisfy(m -> assertThat(m.of(a.text())).isEqualTo("Tokayev"));
    Entity xi = entity(a, "习近平");
    assertThat(xi.mentions())
        .contains(at(a, "习近平", 0), at(a, "Xi Jinping", 0))
        .anySatisfy(m -> assertThat(m.of(a.text())).isEqualTo("Xi"));
    Entity sco = entity(a, "上海合作组织");
    assertThat(sco.type()).isEqualTo(EntityType.ORG);
    assertThat(sco.mentions()).contains(at(a, "SCO", 0));
  }

  @Test
  void junkCandidatesAreNotEntities() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : articles(prefix)) {
        assertThat(a.entities())
            .flatExtracting(e -> e.mentions().stream().map(m -> m.of(a.text())).toList())
            .as("entity mentions of %s", prefix)
            .doesNotContain("国元首", "时说", "额达", "中哈关系", "以联合国");
        assertThat(names(a)).doesNotContain("国元首", "时说", "额达", "中哈关系", "以联合国");
      }
    }
  }

  @Test
  void datesResolveAgainstPublicationAndNarrative() {
    Article a = only("000");
    assertThat(time(a, "10月18日下午", 0).value()).isEqualTo("2023-10-18");
    assertThat(time(a, "前一天", 0).value()).isEqualTo("2023-10-17");
    assertThat(time(a, "今年3月底", 0).value()).isEqualTo("2023-03");
    TimeMention t = time(a, "10月18日下午", 0);
    assertThat(t.sentence().of(a.text())).startsWith("10月18日下午").endsWith("。");

    Article b = only("001");
    assertThat(time(b, "当地时间16日下午", 0).value()).isEqualTo("2025-06-16");

    Article c = only("002");
    TimeMention tuesday = time(c, "Tuesday evening", 0);
    assertThat(tuesday.value()).isEqualTo("2024-07-02");
  }

  @Test
  void figuresCarryValueUnitSubjectAndPeriod() {
    Article a = only("003");
    Figure trade = figure(a, "410亿美元");
    assertThat(trade.value()).isEqualTo(41_000_000_000d);
    assertThat(trade.unit()).isEqualTo("USD");
    assertThat(trade.subject()).endsWith("贸易额");
    assertThat(trade.period()).isEqualTo("2023");
    Figure growth = figure(a, "32%");
    assertThat(growth.value()).isEqualTo(32d);
    assertThat(growth.unit()).isEqualTo("%");
    assertThat(growth.change()).isEqualTo(Figure.Change.INCREASE);

    Article p = articles("004").get(1);
    Figure trains = figure(p, "7762列");
    assertThat(trains.value()).isEqualTo(7762d);
    assertThat(trains.unit()).isEqualTo("列");
    assertThat(trains.subject()).contains("中欧班列");
    assertThat(trains.period()).isEqualTo("2023");
    assertThat(figure(p, "6635列").value()).isEqualTo(6635d);
  }

  @Test
  void quotesAreAttributedToTheirSpeakers() {
    Article a = only("000");
    String ma = entity(a, "马兴瑞").id();
    String tokayev = entity(a, "托卡耶夫").id();
    Span direct = at(a, "我们愿认真落实两国元首达成的重要共识", 0);
    assertThat(a.quotes())
        .anySatisfy(
            q -> {
              assertThat(q.speaker()).isEqualTo(ma);
              assertThat(q.direct()).isTrue();
              assertThat(q.start()).isEqualTo(direct.start());
              assertThat(q.text()).isEqualTo(q.span().of(a.text()));
            });
    assertThat(a.quotes())
        .filteredOn(q -> tokayev.equals(q.speaker()))
        .extracting(Quote::text)
        .anyMatch(t -> t.startsWith("这是我作为哈萨克斯坦总统首次访问中国新疆"));

    Article p = articles("004").get(1);
    String tokayevP = entity(p, "托卡耶夫").id();
    assertThat(p.quotes())
        .filteredOn(q -> tokayevP.equals(q.speaker()))
        .extracting(Quote::text)
        .anyMatch(t -> t.startsWith("每每忆及"));
  }

  @Test
  void theUrumqiMeetingHasItsParticipantsPlaceAndDate() {
    Article a = only("000");
    String ma = entity(a, "马兴瑞").id();
    String erkin = entity(a, "艾尔肯·吐尼亚孜").id();
    String tokayev = entity(a, "托卡耶夫").id();
    String urumqi = entity(a, "乌鲁木齐").id();
    Span evidence = at(a, "10月18日下午,马兴瑞、艾尔肯·吐尼亚孜在乌鲁木齐与托卡耶夫举行工作会谈", 0);
    Event meeting =
        a.events().stream()
            .filter(e -> e.evidence().stream().anyMatch(s -> s.overlaps(evidence)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event at " + evidence + ": " + a.events()));
    assertThat(meeting.type()).isEqualTo(EventType.MEET);
    assertThat(meeting.participants()).contains(ma, erkin, tokayev);
    assertThat(meeting.place()).isEqualTo(urumqi);
    assertThat(meeting.date()).isEqualTo("2023-10-18");
    assertThat(meeting.planned()).isFalse();
  }

  @Test
  void theAstanaDinnerIsOneEventInBothLanguages() {
    Article a = only("002");
    String xi = entity(a, "习近平").id();
    String tokayev = entity(a, "托卡耶夫").id();
    String astana = entity(a, "阿斯塔纳").id();
    Span zh = at(a, "共进晚餐", 0);
    Span en = at(a, "exchange over dinner", 0);
    List<Event> dinners =
        a.events().stream()
            .filter(e -> e.evidence().stream().anyMatch(s -> s.contains(zh) || s.contains(en)))
            .toList();
    assertThat(dinners).hasSize(1);
    Event dinner = dinners.get(0);
    assertThat(dinner.evidence()).anyMatch(s -> s.contains(zh)).anyMatch(s -> s.contains(en));
    assertThat(dinner.participants()).contains(xi, tokayev);
    assertThat(dinner.place()).isEqualTo(astana);
    assertThat(dinner.date()).isEqualTo("2024-07-02");
  }

  @Test
  void theProvidedSummaryOfTheRepostIsCheckedAgainstTheBody() {
    Article a = only("001");
    assertThat(a.providedSummary()).contains("2024年6月");
    Check wrongYear =
        a.checks().stream()
            .filter(c -> c.claim().equals("2024年6月"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no check of 2024年6月: " + a.checks()));
    assertThat(wrongYear.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(a.providedSummary().substring(wrongYear.claimStart(), wrongYear.claimEnd()))
        .isEqualTo("2024年6月");
    assertThat(wrongYear.evidence()).isNotEmpty();
    assertThat(wrongYear.evidence().get(0).of(a.text())).contains("6月");
    assertThat(wrongYear.message()).contains("2025");
  }

  @Test
  void summariesAreWholeBodySentencesWithSpans() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Article a : articles(prefix)) {
        assertThat(a.summary()).hasSizeBetween(3, 5);
        assertThat(a.summary()).extracting(s -> s.text()).doesNotHaveDuplicates();
        a.summary().forEach(s -> assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(a.tags()).hasSizeBetween(5, 10).allMatch(t -> t.codePointCount(0, t.length()) > 1);
      }
    }
  }
}

package dev.dossier.analyze.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.analyze.figure.Figure.Change;
import dev.dossier.analyze.figure.Figure.Qualifier;
import dev.dossier.analyze.figure.Figure.UnitKind;
import dev.dossier.model.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests on sentences of the seed reports (samples/), as the cleaning chain will give them. */
class FigureExtractorTest {
  private static final FigureExtractor EXTRACTOR = FigureExtractor.withDefaults();

  // samples/003, after script conversion (the clean text is Simplified).
  @Test
  void tradeVolumeWithGrowthAndYear() {
    String text = "三是务实合作结出新成果。2023年,两国贸易额达 410亿美元,同比增长32%。";
    List<Figure> figures = EXTRACTOR.extract(text);

    assertThat(figures)
        .extracting(Figure::text, Figure::start, Figure::end, Figure::unit, Figure::change,
            Figure::subject, Figure::period)
        .containsExactly(
            tuple("410亿美元", 25, 31, "USD", Change.LEVEL, "两国贸易额", "2023"),
            tuple("32%", 36, 39, "%", Change.INCREASE, "两国贸易额", "2023"));
    Figure trade = figures.get(0);
    assertThat(trade.value()).isEqualByComparingTo(new BigDecimal("41000000000"));
    assertThat(trade.unitKind()).isEqualTo(UnitKind.MONEY);
    assertThat(trade.subjectSpan()).isEqualTo(new Span(18, 23));
    assertThat(trade.periodSpan()).isEqualTo(new Span(12, 17));
    assertThat(trade.sentence()).isEqualTo(new Span(12, 40));
    assertThat(figures.get(1).value()).isEqualByComparingTo("32");
  }

  @Test
  void qualifierIsPartOfTheFigure() {
    String text = "在托卡耶夫总统访华框架内,双方签署各类合同及意向协议总额超过380亿美元。";
    Figure f = EXTRACTOR.extract(text).get(0);
    assertThat(f.text()).isEqualTo("超过380亿美元");
    assertThat(f.span()).isEqualTo(new Span(28, 36));
    assertThat(f.qualifier()).isEqualTo(Qualifier.OVER);
    assertThat(f.value()).isEqualByComparingTo("38000000000");
    assertThat(f.subject()).isEqualTo("各类合同及意向协议总额");
  }

  // samples/004, OCR line breaks joined.
  @Test
  void coordinatedFiguresShareSubjectAndPeriod() {
    String text = "2023年，通过霍尔果斯、阿拉山口口岸过境哈萨克斯坦的中欧班列数量分别为7762列和6635列，"
        + "同比增长9.8%和6.8%。截至今年5月，中哈确立的45个产能合作项目中已经完工26个，涉及冶金矿产等领域。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Figure::text, Figure::start, Figure::unit, Figure::change, Figure::subject,
            Figure::period)
        .containsExactly(
            tuple("7762列", 36, "列", Change.LEVEL, "中欧班列数量", "2023"),
            tuple("6635列", 42, "列", Change.LEVEL, "中欧班列数量", "2023"),
            tuple("9.8%", 52, "%", Change.INCREASE, "中欧班列数量", "2023"),
            tuple("6.8%", 57, "%", Change.INCREASE, "中欧班列数量", "2023"),
            tuple("45个", 74, "个", Change.LEVEL, "产能合作项目", "今年5月"),
            tuple("26个", 88, "个", Change.LEVEL, "产能合作项目", "今年5月"));
  }

  @Test
  void countsTakeTheNounAfterTheirMeasureWord() {
    String text = "目前共有超过1万名哈萨克斯坦留学生在华学习，哈萨克斯坦大学也吸引了上千名中国年轻人前来深造。"
        + "哈萨克斯坦设立了5所孔子学院，中国有5所院校开设哈萨克语专业。"
        + "这是中国企业建设的阿克莫拉州205兆瓦风电项目。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Figure::text, Figure::start, Figure::unit, Figure::qualifier, Figure::subject)
        .containsExactly(
            tuple("超过1万名", 4, "名", Qualifier.OVER, "哈萨克斯坦留学生"),
            tuple("上千名", 33, "名", Qualifier.ABOUT, "中国年轻人"),
            tuple("5所", 54, "所", Qualifier.EXACT, "孔子学院"),
            tuple("5所", 64, "所", Qualifier.EXACT, "院校"),
            tuple("205兆瓦", 91, "MW", Qualifier.EXACT, "风电项目"));
    assertThat(EXTRACTOR.extract(text).get(0).value()).isEqualByComparingTo("10000");
  }

  @Test
  void periodWithMonthAndSubjectAfterItsVerb() {
    String text = "截至2024年3月，双方缔结友好省州市已达到26对。";
    Figure f = EXTRACTOR.extract(text).get(0);
    assertThat(f.text()).isEqualTo("26对");
    assertThat(f.subject()).isEqualTo("友好省州市");
    assertThat(f.period()).isEqualTo("2024-03");
    assertThat(f.periodSpan()).isEqualTo(new Span(2, 9));
  }

  // samples/000 and 001.
  @Test
  void moneyInYuanAndCountsBeforeTheirNumber() {
    String text = "报道显示，新疆(含兵团)代表团与哈方共签订投资合作协议36个，签约额达64.1亿元。"
        + "来自哈萨克斯坦和中国的150名嘉宾齐聚新疆博州参会。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Figure::text, Figure::start, Figure::unit, Figure::subject)
        .containsExactly(
            tuple("36个", 27, "个", "投资合作协议"),
            tuple("64.1亿元", 35, "CNY", "签约额"),
            tuple("150名", 53, "名", "嘉宾"));
    assertThat(EXTRACTOR.extract(text).get(1).value()).isEqualByComparingTo("6410000000");
  }

  @Test
  void recordTradeWithModifierBetweenVerbAndFigure() {
    String text = "2024年中国同中亚国家贸易额达到了创纪录的948亿美元。";
    Figure f = EXTRACTOR.extract(text).get(0);
    assertThat(f.text()).isEqualTo("948亿美元");
    assertThat(f.start()).isEqualTo(22);
    assertThat(f.subject()).isEqualTo("中国同中亚国家贸易额");
    assertThat(f.period()).isEqualTo("2024");
  }

  @Test
  void ordinalsDatesDurationsAgesAndRhetoricalCountsAreNotFigures() {
    String text = "第三届“一带一路”国际合作高峰论坛举行。这是习近平第4次访问哈萨克斯坦。今天是你70岁生日。"
        + "时隔6个多月，托卡耶夫回访新疆。上合组织成立23年来，成员国始终秉持“上海精神”。"
        + "一份合作方案。他提出四点倡议。两位领导人在多边场合多次会晤。中哈合作委员会第十一次会议顺利举行。"
        + "More than 2,000 years ago, the ancient Silk Road closely connected the two countries. "
        + "Over the past 32 years since China and Kazakhstan established diplomatic ties.";
    assertThat(EXTRACTOR.extract(text)).isEmpty();
  }

  @Test
  void percentagePointsChineseNumeralsAndDecline() {
    String text = "失业率下降0.5个百分点。展会吸引了一万二千名观众。出口额同比下降百分之三十二。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Figure::text, Figure::unit, Figure::change, Figure::subject)
        .containsExactly(
            tuple("0.5个百分点", "pp", Change.DECREASE, "失业率"),
            tuple("一万二千名", "名", Change.LEVEL, "观众"),
            tuple("百分之三十二", "%", Change.DECREASE, "出口额"));
    assertThat(EXTRACTOR.extract(text))
        .extracting(f -> f.value().toPlainString())
        .containsExactly("0.5", "12000", "32");
  }

  @Test
  void englishMoneyAndPercent() {
    String text = "Trade reached $41 billion in 2023, up 32 percent, with more than 2,000 tonnes shipped.";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Figure::text, Figure::start, Figure::unit, f -> f.value().toPlainString())
        .containsExactly(
            tuple("$41 billion", 14, "USD", "41000000000"),
            tuple("32 percent", 38, "%", "32"),
            tuple("more than 2,000 tonnes", 55, "tonnes", "2000"));
  }

  @Test
  void englishFiguresWithSubjectChangeAndPeriod() {
    String text =
        "In 2023, bilateral trade reached 41 billion U.S. dollars, up 32 percent year on year. "
            + "Last year, 7,762 trips of China-Europe freight trains passed through Khorgos. "
            + "More than 2,000 years ago, the Silk Road connected the two countries, and 11 years ago Xi visited for the 24th time.";
    List<Figure> figures = EXTRACTOR.extract(text);
    assertThat(figures)
        .extracting(Figure::text, Figure::unit, Figure::change, Figure::subject, Figure::period)
        .containsExactly(
            tuple("41 billion U.S. dollars", "USD", Change.LEVEL, "bilateral trade", "2023"),
            tuple("32 percent", "%", Change.INCREASE, "bilateral trade", "2023"),
            tuple("7,762 trips", "trips", Change.LEVEL, "trips of China-Europe freight trains", null));
    assertThat(figures.get(0).value()).isEqualByComparingTo("41000000000");
    assertThat(figures.get(2).value()).isEqualByComparingTo("7762");
    assertThat(figures.get(2).start()).isEqualTo(text.indexOf("7,762"));
    assertThat(figures.get(2).subjectSpan().of(text)).isEqualTo("trips of China-Europe freight trains");
  }

  @Test
  void periodsSinceAYearAreOpenIntervalsAndRelativeYearsAreResolvedWhenTheYearIsKnown() {
    String text = "习近平主席2013年以来已4次访哈，托卡耶夫总统2019年以来已5次来华。截至今年5月，中哈确立的45个产能合作项目中已经完工26个。";
    List<Figure> figures = EXTRACTOR.extract(text, 2024);
    assertThat(figures)
        .extracting(Figure::text, Figure::subject, Figure::period)
        .containsExactly(
            tuple("4次", "访哈", "2013/.."),
            tuple("5次", "来华", "2019/.."),
            tuple("45个", "产能合作项目", "2024-05"),
            tuple("26个", "产能合作项目", "2024-05"));
    assertThat(figures.get(0).periodSpan().of(text)).isEqualTo("2013年以来");
    assertThat(EXTRACTOR.extract(text).get(2).period()).isEqualTo("今年5月");
  }
}

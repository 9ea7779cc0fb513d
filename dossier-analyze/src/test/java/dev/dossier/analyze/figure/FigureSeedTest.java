package dev.dossier.analyze.figure;

import static dev.dossier.analyze.AnalysedSamples.articles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.model.Article;
import dev.dossier.model.Figure;
import org.junit.jupiter.api.Test;

/** Figures of the bundled samples through the whole pipeline: subjects of counts of visits, periods as ISO. */
class FigureSeedTest {

  @Test
  void countsOfVisitsSinceAYear() {
    Article a = articles("004").get(1);
    int at = a.text().indexOf("4次访哈");
    assertThat(a.figures())
        .filteredOn(f -> f.unit().equals("次"))
        .extracting(Figure::text, Figure::start, Figure::subject, Figure::period)
        .containsExactly(tuple("4次", at, "访哈", "2013/.."), tuple("5次", a.text().indexOf("5次来华"), "来华", "2019/.."));
    assertThat(articles("001").get(0).figures())
        .filteredOn(f -> f.unit().equals("次"))
        .extracting(Figure::subject, Figure::period)
        .containsExactly(tuple("出访", "2025/.."));
  }

  @Test
  void thisYearIsThePublicationYear() {
    Article a = articles("004").get(1);
    assertThat(a.published()).startsWith("2024");
    assertThat(a.figures())
        .filteredOn(f -> f.unit().equals("个"))
        .extracting(Figure::text, Figure::value, Figure::subject, Figure::period)
        .containsExactly(tuple("45个", 45.0, "产能合作项目", "2024-05"), tuple("26个", 26.0, "产能合作项目", "2024-05"));
  }

  @Test
  void noFiguresFromDurationsOrOrdinalsInTheEnglishOf002() {
    // 2,000 years ago, 32 years, 11 years ago, the 24th Meeting: none is a figure.
    assertThat(articles("002").get(0).figures()).isEmpty();
  }
}

package dev.dossier.analyze.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({
    "410亿, 41000000000", "64.1亿, 6410000000", "1万, 10000", "三十二, 32", "两千, 2000",
    "一万二千, 12000", "十一, 11", "二〇二三, 2023", "'２,０００', 2000", "'2,000', 2000", "１２.５, 12.5",
    "一百零五, 105", "三千二百万, 32000000", "一万亿, 1000000000000", "千, 1000"
  })
  void parses(String printed, String expected) {
    assertThat(ChineseNumerals.parse(printed)).isEqualByComparingTo(expected);
  }
}

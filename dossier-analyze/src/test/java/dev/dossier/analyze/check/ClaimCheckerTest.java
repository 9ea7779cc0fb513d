package dev.dossier.analyze.check;

import static dev.dossier.model.Figure.Change.LEVEL;
import static dev.dossier.model.Figure.Qualifier.EXACT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.check.ClaimChecker.Side;
import dev.dossier.analyze.sentence.SentenceSplitter;
import dev.dossier.model.Check;
import dev.dossier.model.Figure;
import dev.dossier.model.Span;
import dev.dossier.model.TimeKind;
import dev.dossier.model.TimeMention;
import dev.dossier.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker given times and figures marked by hand; the full chain is tested on sample 001. */
class ClaimCheckerTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ClaimChecker checker = new ClaimChecker();

  private static Span whole(String text) {
    return new Span(0, text.length());
  }

  private static TimeMention time(String text, String expr, String value) {
    int i = text.indexOf(expr);
    return new TimeMention(expr, i, i + expr.length(), TimeKind.DATE, value, new Span(0, text.length()));
  }

  @Test
  void aSummaryDateInTheWrongYearIsContradictedWithBothSpans() {
    // Sample 001: the provided summary says 2024年6月; the body describes June 2025.
    String summary = "2024年6月,习近平主席访问哈萨克斯坦,出席第二届中国—中亚峰会。中国同中亚国家推动贸易额创下新高。";
    String body =
        "仲夏之月,大国外交开启“中亚时间”。6月16日,习近平主席抵达哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。\n"
            + "2024年中国同中亚国家贸易额达到了创纪录的948亿美元。";
    int figure = body.indexOf("948亿美元");
    Side s = new Side(summary, splitter.split(summary), List.of(time(summary, "2024年6月", "2024-06")), List.of(), List.of());
    Side b =
        new Side(
            body,
            splitter.split(body),
            List.of(time(body, "6月16日", "2025-06-16"), time(body, "2024年", "2024")),
            List.of(new Figure("948亿美元", figure, figure + 7, 94_800_000_000d, "USD", EXACT, LEVEL, "贸易额", "2024", whole(body))),
            List.of());
    List<Check> checks = checker.check(s, b);
    assertThat(checks).hasSize(1);
    Check c = checks.get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(c.claim()).isEqualTo("2024年6月");
    assertThat(summary.substring(c.claimStart(), c.claimEnd())).isEqualTo("2024年6月");
    int at = body.indexOf("6月16日");
    assertThat(c.evidence()).first().isEqualTo(new Span(at, at + 5));
    assertThat(c.message()).contains("2024-06", "2025-06-16");
  }

  @Test
  void sameDateAndFigureAreSupportedAndAbsentOnesUnsupported() {
    String summary = "2023年10月,托卡耶夫出席高峰论坛。双方签约额达64.1亿元。两国贸易额达500亿美元。";
    String body = "2023年10月,第三届高峰论坛举行,托卡耶夫出席高峰论坛。新疆代表团与哈方签约额达64.1亿元。";
    int s1 = summary.indexOf("64.1亿元");
    int s2 = summary.indexOf("500亿美元");
    int b1 = body.indexOf("64.1亿元");
    Side s =
        new Side(summary, splitter.split(summary), List.of(time(summary, "2023年10月", "2023-10")),
            List.of(new Figure("64.1亿元", s1, s1 + 6, 6.41e9, "CNY", EXACT, LEVEL, null, null, whole(summary)),
                new Figure("500亿美元", s2, s2 + 7, 5e10, "USD", EXACT, LEVEL, null, null, whole(summary))),
            List.of());
    Side b =
        new Side(body, splitter.split(body), List.of(time(body, "2023年10月", "2023-10")),
            List.of(new Figure("64.1亿元", b1, b1 + 6, 6.41e9, "CNY", EXACT, LEVEL, null, null, whole(body))), List.of());
    List<Check> checks = checker.check(s, b);
    assertThat(checks).extracting(Check::claim, Check::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2023年10月", Verdict.SUPPORTED),
            org.assertj.core.groups.Tuple.tuple("64.1亿元", Verdict.SUPPORTED),
            org.assertj.core.groups.Tuple.tuple("500亿美元", Verdict.UNSUPPORTED));
  }
}

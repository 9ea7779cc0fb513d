package dev.dossier.analyze.time;

import dev.dossier.analyze.time.TimeNormalizerConfig.Preference;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rule-level behaviour: calendars, ordinals, clock times, false friends, thread safety. */
class TimeNormalizerRulesTest {
    private static final TimeNormalizer NEWS = new TimeNormalizer(TimeNormalizerConfig.defaults());
    private static final TimeNormalizer FUTURE = new TimeNormalizer(TimeNormalizerConfig.defaults().withPreference(Preference.FUTURE));

    private static List<String> values(TimeNormalizer normalizer, String text, ReferenceTime ref) {
        return normalizer.find(text, ref).stream().map(TimeExpression::value).toList();
    }

    @Test
    void ordinalWeeksAndWeekdaysOfAMonth() {
        ReferenceTime ref = ReferenceTime.of(LocalDate.of(2021, 6, 14));
        // weeks of a month count from its first Monday (2021-03-01 is a Monday: third week starts 03-15)
        assertThat(values(NEWS, "3月第三周", ref)).containsExactly("2021-W11");
        assertThat(values(FUTURE, "十月的第一个星期一", ReferenceTime.of(LocalDate.of(2013, 2, 12)))).containsExactly("2013-10-07");
    }

    @Test
    void weekdayInAppositionPicksTheYearWhereItFits() {
        // Looking ahead from 2013-02-12 a bare 二月十号 would be 2014; 2013-02-10 was the Sunday.
        assertThat(values(FUTURE, "周日，二月十号", ReferenceTime.of(LocalDateTime.of(2013, 2, 12, 4, 30))))
                .containsExactly("2013-02-10");
    }

    @Test
    void feastsOfOtherCalendarsComeFromIcu() {
        ReferenceTime ref = ReferenceTime.of(LocalDate.of(2013, 12, 31));
        assertThat(values(NEWS, "复活节，开斋节，古尔邦节，赎罪日，端午节", ref))
                .containsExactly("2013-03-31", "2013-08-08", "2013-10-15", "2013-09-13", "2013-06-12");
        // 除夕 closes the lunar year it names
        assertThat(values(NEWS, "2023年除夕", ref)).containsExactly("2024-02-09");
    }

    @Test
    void clockTimesAndClockRanges() {
        ReferenceTime ref = ReferenceTime.of(LocalDateTime.of(2021, 6, 14, 1, 6));
        assertThat(NEWS.find("今天下午1点到3点开会", ref)).extracting(TimeExpression::text, TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple("今天下午1点到3点", TimeKind.RANGE, "2021-06-14T13:00/2021-06-14T15:00"));
        assertThat(values(NEWS, "6月13日夜里12点", ref)).containsExactly("2021-06-14T00:00");
        assertThat(values(NEWS, "4月26日20时1刻", ref)).containsExactly("2021-04-26T20:15");
    }

    @Test
    void falseFriendsAreNotTimes() {
        ReferenceTime ref = ReferenceTime.of(LocalDate.of(2025, 6, 17));
        // 一点 = "a little"; 黄金30年 = thirty years; 十周年 = tenth anniversary, not ten weeks
        assertThat(NEWS.find("请再快一点。", ref)).isEmpty();
        assertThat(NEWS.find("开启新的“黄金30年”", ref)).extracting(TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple(TimeKind.DURATION, "P30Y"));
        assertThat(NEWS.find("庆祝共建“一带一路”十周年", ref)).isEmpty();
        assertThat(values(NEWS, "98年4月", ref)).containsExactly("1998-04");
        assertThat(values(NEWS, "More than 2,000 years ago, the Silk Road", ref)).containsExactly("0025");
    }

    @Test
    void aFutureMarkerInTheNextParagraphDoesNotMakeABareDateFuture() {
        // Clean text has one paragraph per line (OCR breaks are joined before), so a newline ends
        // the sentence: sample 002's "July 2" is the past day, though the next paragraph says "will".
        String text = "ASTANA, July 2 (Xinhua) -- Xi said on Tuesday that the partnership is unique.\n"
                + "He will also attend the SCO summit.";
        assertThat(NEWS.find(text, ReferenceTime.of(LocalDate.of(2024, 7, 3))))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::value)
                .containsExactly(tuple("July 2", 8, "2024-07-02"), tuple("Tuesday", 38, "2024-07-02"));
        String planned = "新华社北京7月1日电 7月2日至6日，国家主席习近平将出席在阿斯塔纳举行的峰会。";
        assertThat(NEWS.find(planned, ReferenceTime.of(LocalDate.of(2024, 6, 30))))
                .extracting(TimeExpression::text, TimeExpression::value)
                .contains(tuple("7月2日至6日", "2024-07-02/2024-07-06"));
    }

    @Test
    void sharedInstanceGivesTheSameAnswersOnManyThreads() throws Exception {
        String text = "10月18日下午,托卡耶夫到访新疆。前一天,10月17日,习近平会见托卡耶夫。今年3月底,马兴瑞出访。";
        ReferenceTime ref = ReferenceTime.of(LocalDate.of(2023, 10, 20));
        List<TimeExpression> expected = NEWS.find(text, ref);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TimeExpression>>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> NEWS.find(text, ref)));
            }
            for (Future<List<TimeExpression>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSize(4);
    }
}

package dev.dossier.analyze.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Golden tests on sentences of the seed reports (samples/000..004), with exact offsets and values.
 */
class TimeNormalizerTest {
    private static final TimeNormalizer NORMALIZER = new TimeNormalizer(TimeNormalizerConfig.defaults());
    /** samples/000: published 2023-10-20 22:44. */
    private static final ReferenceTime REF_000 = ReferenceTime.of(LocalDateTime.of(2023, 10, 20, 22, 44));
    /** samples/001: published 2025-06-17 16:01. */
    private static final ReferenceTime REF_001 = ReferenceTime.of(LocalDateTime.of(2025, 6, 17, 16, 1));
    /** samples/002: 2024-07-03. */
    private static final ReferenceTime REF_002 = ReferenceTime.of(LocalDate.of(2024, 7, 3));
    /** samples/004: 2024-07-01. */
    private static final ReferenceTime REF_004 = ReferenceTime.of(LocalDate.of(2024, 7, 1));

    private static List<TimeExpression> find(String text, ReferenceTime ref) {
        List<TimeExpression> found = NORMALIZER.find(text, ref);
        for (TimeExpression e : found) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        return found;
    }

    @Test
    void dateWithPartOfDayThenNarrativeDayBefore() {
        // samples/000 lines 4 and 8: 前一天 is the day before the narrative's 10月18日, not before publication.
        String text = "10月18日下午,哈萨克斯坦总统托卡耶夫在结束出席第三届“一带一路”国际合作高峰论坛后,专程到访新疆。"
                + "前一天,10月17日,国家主席习近平在人民大会堂会见托卡耶夫。";
        assertThat(find(text, REF_000))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::kind,
                        TimeExpression::value, TimeExpression::grain)
                .containsExactly(
                        tuple("10月18日下午", 0, 8, TimeKind.DATE, "2023-10-18TAF", Grain.PART_OF_DAY),
                        tuple("前一天", 51, 54, TimeKind.DATE, "2023-10-17", Grain.DAY),
                        tuple("10月17日", 55, 61, TimeKind.DATE, "2023-10-17", Grain.DAY));
    }

    @Test
    void laterCountsFromTheNarrativeAgoFromPublication() {
        // samples/000: 十年后 is ten years after the 2013 just told, not after the 2023 publication;
        // 10年前 in the same article counts back from publication.
        String text = "2013年,习近平在哈萨克斯坦首都阿斯塔纳发表重要演讲。十年后,2023年10月,托卡耶夫抵京参会。习近平说,10年前,我在哈萨克斯坦首次提出倡议。";
        assertThat(find(text, REF_000))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::value)
                .containsExactly(
                        tuple("2013年", 0, "2013"),
                        tuple("十年后", 28, "2023"),
                        tuple("2023年10月", 32, "2023-10"),
                        tuple("10年前", 55, "2013"));
        // A month later after a festival date (news report, no publication date known).
        String festival = "2012年春节时，吴高亮在承包地中发现了乌木。一个月后，吴高亮开始挖掘。";
        assertThat(find(festival, ReferenceTime.none()))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("2012年春节", "2012-01-23"), tuple("一个月后", "2012-02"));
        // With nothing told before, later counts from publication.
        assertThat(find("三年后,这一项目将全面投产。", REF_004))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("三年后", "2027"));
    }

    @Test
    void narrativeAnchoringCanBeSwitchedOff() {
        TimeNormalizer deictic = new TimeNormalizer(new TimeNormalizerConfig(TimeNormalizerConfig.Preference.PAST, false));
        List<TimeExpression> found = deictic.find("10月18日下午,托卡耶夫到访新疆。前一天,习近平会见托卡耶夫。", REF_000);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("10月18日下午", "2023-10-18TAF"), tuple("前一天", "2023-10-19"));
    }

    @Test
    void monthEndKeepsMonthGrainWithModifier() {
        // samples/000 line 10
        String text = "另外,今年3月底,马兴瑞率中国新疆友好交流访问团出访哈萨克斯坦,并在阿斯塔纳会见哈萨克斯坦总统托卡耶夫。";
        assertThat(find(text, REF_000)).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("今年3月底");
            assertThat(e.start()).isEqualTo(3);
            assertThat(e.end()).isEqualTo(8);
            assertThat(e.value()).isEqualTo("2023-03");
            assertThat(e.grain()).isEqualTo(Grain.MONTH);
            assertThat(e.modifier()).isEqualTo(Modifier.END);
        });
    }

    @Test
    void durationsAreNotDates() {
        // samples/000 lines 48 and 60, samples/002 line 26
        assertThat(find("时隔半年回访新疆", REF_000)).extracting(TimeExpression::text, TimeExpression::start,
                TimeExpression::end, TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple("半年", 2, 4, TimeKind.DURATION, "P6M"));
        assertThat(find("时隔6个多月,托卡耶夫回访新疆。", REF_000)).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("6个多月");
            assertThat(e.start()).isEqualTo(2);
            assertThat(e.kind()).isEqualTo(TimeKind.DURATION);
            assertThat(e.value()).isEqualTo("P6M");
            assertThat(e.modifier()).isEqualTo(Modifier.MORE_THAN);
        });
        assertThat(find("Over the past 32 years since China and Kazakhstan established diplomatic ties", REF_002))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple("Over the past 32 years", 0, 22, TimeKind.DURATION, "P32Y"));
        assertThat(find("中哈建交32年来,两国关系经受住了时间考验。", REF_002)).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("32年来", "P32Y"));
        // samples/004 line 39: 时隔7年 is seven years, not the year 7
        assertThat(find("这是时隔7年中国再次担任主席国。", REF_004)).extracting(TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple(TimeKind.DURATION, "P7Y"));
    }

    @Test
    void dayOfMonthWithLocalTimeAndAfternoon() {
        // samples/001 line 86
        String text = "  当地时间16日下午,习近平主席抵达阿斯塔纳后的第一项日程,就是在阿斯塔纳总统府同托卡耶夫总统会谈。";
        assertThat(find(text, REF_001)).extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::value)
                .containsExactly(tuple("16日下午", 6, 11, "2025-06-16TAF"));
    }

    @Test
    void lastYearMonth() {
        // samples/004 line 173
        assertThat(find("内的协作不断深化。去年10月，习近平", REF_004))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::value, TimeExpression::grain)
                .containsExactly(tuple("去年10月", 9, 14, "2023-10", Grain.MONTH));
    }

    @Test
    void rangesInheritYearAndMonthAndFollowTheFutureMarker() {
        // samples/004 lines 38 and 102: 将于 marks the future, so 7月2日 after a 2024-07-01 reference stays in 2024.
        assertThat(find("将接任上合组织2024-2025年轮值主席国。", REF_004))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple("2024-2025年", 7, 17, TimeKind.RANGE, "2024/2025"));
        assertThat(find("国家主席习近平将于7月2日至6日出席在阿斯塔纳举行的上海合作组织成员国元首理事会", REF_004))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::kind, TimeExpression::value)
                .containsExactly(tuple("7月2日至6日", 9, 16, TimeKind.RANGE, "2024-07-02/2024-07-06"));
    }

    @Test
    void pastPreferenceForBareMonthDayWithoutFutureMarker() {
        // A month-day after the reference, in a plain past-tense sentence, is last year's.
        assertThat(find("7月2日，双方签署了合作文件。", REF_004)).extracting(TimeExpression::value).containsExactly("2023-07-02");
    }

    @Test
    void englishWeekdayEveningAndMonthDay() {
        // samples/002 lines 14 and 16
        String text = "Chinese President Xi Jinping shakes hands with Kazakh President Kassym-Jomart Tokayev on July 2, 2024. "
                + "On Tuesday evening, Xi and Tokayev had a cordial and friendly exchange over dinner.";
        assertThat(find(text, REF_002)).extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::value)
                .containsExactly(tuple("July 2, 2024", 89, 101, "2024-07-02"), tuple("Tuesday evening", 106, 121, "2024-07-02TEV"));
        assertThat(find("ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that", REF_002))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::value)
                .containsExactly(tuple("July 2", 8, "2024-07-02"), tuple("Tuesday", 64, "2024-07-02"));
    }

    @Test
    void appositionIsOneExpression() {
        // Constructed: the seeds have no 昨天（…） apposition; reference 2023-11-01.
        assertThat(find("外交部发言人昨天（10月31日）表示", ReferenceTime.of(LocalDate.of(2023, 11, 1))))
                .extracting(TimeExpression::text, TimeExpression::start, TimeExpression::end, TimeExpression::value)
                .containsExactly(tuple("昨天（10月31日）", 6, 16, "2023-10-31"));
    }

    @Test
    void chineseNumeralsTraditionalScriptAndFullWidthDigits() {
        ReferenceTime ref = ReferenceTime.of(LocalDate.of(2024, 1, 5));
        assertThat(find("二〇二三年十月十八日，托卡耶夫致辞", ref)).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("二〇二三年十月十八日", "2023-10-18"));
        // samples/003 style: Traditional script
        assertThat(find("2023年,兩國貿易額達410億美元。展望2024年,兩國將充分發揮優勢。國慶節期間", ref))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(tuple("2023年", "2023"), tuple("2024年", "2024"), tuple("國慶節", "2023-10-01"));
        assertThat(find("２０２３年１０月１８日", ref)).extracting(TimeExpression::start, TimeExpression::end, TimeExpression::value)
                .containsExactly(tuple(0, 11, "2023-10-18"));
    }

    @Test
    void holidaysAndLunarDatesUseTheChineseCalendar() {
        ReferenceTime ref = ReferenceTime.of(LocalDate.of(2023, 11, 1));
        assertThat(find("农历八月十五，正月初一，春节，中秋节，清明，元旦", ref))
                .extracting(TimeExpression::text, TimeExpression::value)
                .containsExactly(
                        tuple("农历八月十五", "2023-09-29"),
                        tuple("正月初一", "2023-01-22"),
                        tuple("春节", "2023-01-22"),
                        tuple("中秋节", "2023-09-29"),
                        tuple("清明", "2023-04-05"),
                        tuple("元旦", "2023-01-01"));
    }

    @Test
    void missingReferenceLeavesUnknownPartsAsX() {
        assertThat(find("10月18日下午，托卡耶夫抵达。", ReferenceTime.none())).extracting(TimeExpression::value)
                .containsExactly("XXXX-10-18TAF");
        assertThat(find("On Tuesday the talks opened.", ReferenceTime.none())).isEmpty();
    }

    @Test
    void rejectsNullArgumentsAndBadReferences() {
        assertThatThrownBy(() -> NORMALIZER.find(null, REF_000)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReferenceTime(2023, 2, 30, null)).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> new TimeNormalizerConfig(null, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void plainTextHasNoTimes() {
        assertThat(find("中哈多个合作项目被列入第三届“一带一路”国际合作高峰论坛务实合作项目清单。", REF_000)).isEmpty();
    }
}

package dev.dossier.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.clean.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AtomRules#scan}, which tries each offset only with the rules that can start there, finds
 * exactly the atoms of the plain scan (every rule's {@code find} over the whole text).
 */
class AtomRulesScanTest {
  private static final AtomRules RULES = new AtomRules(Holidays.load());
  private static final TimeNormalizer NORMALIZER = new TimeNormalizer(TimeNormalizerConfig.defaults());

  private static void assertSameAtoms(String text) {
    String folded = NORMALIZER.fold(text);
    for (Integer year : new Integer[] {2023, null}) {
      assertThat(RULES.scan(folded, year))
          .as("atoms of %s", folded.length() > 80 ? folded.substring(0, 80) + "..." : folded)
          .isEqualTo(RULES.scanEveryRuleEverywhere(folded, year));
    }
  }

  /**
   * The first-character classes probe only the ideographs a pattern spells out (plus one that none
   * spells out, standing for the rest): probing the whole CJK block must give the same answer.
   */
  @Test
  void probingOnlySpelledOutIdeographsMissesNone() {
    for (int i = 0; i < RULES.ruleCount(); i++) {
      AtomRules.FirstCharacterProbe probe = new AtomRules.FirstCharacterProbe(RULES.pattern(i));
      for (char c = '\u4e00'; c <= '\u9fff'; c++) {
        if (probe.mayStartWith(c)) {
          assertThat(RULES.tries(i, c)).as("rule %s at %s", RULES.pattern(i), c).isTrue();
        }
      }
    }
    // and the classes do narrow: an ideograph that no rule spells out tries no rule at all
    long narrow = 0;
    for (int i = 0; i < RULES.ruleCount(); i++) {
      narrow += RULES.tries(i, '鬱') ? 0 : 1;
    }
    assertThat(narrow).isEqualTo(RULES.ruleCount());
  }

  @Test
  void samplesGiveTheSameAtoms() throws IOException {
    int atoms = 0;
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      String text = new String(Samples.bytes(prefix), StandardCharsets.UTF_8);
      assertSameAtoms(text);
      atoms += RULES.scan(NORMALIZER.fold(text), 2023).size();
    }
    assertThat(atoms).as("the samples are full of dates").isGreaterThan(50);
  }

  /**
   * Seeded random strings of date words, digits, English words and punctuation: the boundaries
   * (lookbehinds, {@code \b}, overlaps between rules) are where a wrong first-character class
   * would show.
   */
  @Test
  void randomDateWordSoupGivesTheSameAtoms() {
    String[] pieces = {
      "0", "1", "2", "3", "9", "10", "12", "31", "2024", "1998", "20240307", "05", "一", "二", "两", "三", "十", "廿",
      "〇", "零", "○", "年", "月", "日", "号", "天", "周", "星期", "礼拜", "上", "下", "本", "这", "今", "去", "明", "前",
      "后", "当", "同", "次", "翌", "第", "季度", "半", "个", "多", "余", "来", "以来", "内", "之久", "世纪", "年代",
      "农历", "正", "腊", "闰", "初", "大年", "春节", "国庆", "除夕", "复活节", "底", "末", "旬", "中", "时", "分",
      "秒", "点", "刻", "钟", "早", "晚", "午", "凌晨", "夜", "至", "到", "-", "—", "~", "/", ".", ":", "：", "·",
      "，", "。", " ", "(", "（", "）", "元", "万", "%", "May", "may", "June", "Jul.", "Tuesday", "in", "since",
      "last", "next", "this", "week", "year", "years", "ago", "later", "the", "past", "over", "for", "a", "few",
      "pm", "a.m.", "at", "to", "morning", "tonight", "right now", "现在", "时隔", "近", "Q", "首", "许", "左右",
      "T", "Z", "x", "是", "在", "的", "国", "家", "名", "人", "们", "鬱", "个", "些"
    };
    Random random = new Random(20261201L);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameAtoms(sb.toString());
    }
  }

  /**
   * Digit runs of every length the digit-run filter probes and beyond, with the digits its rules
   * tell apart (0, 1-3, 4, 5-9), after and before each kind of character: where a wrong filter
   * entry would show.
   */
  @Test
  void digitRunsBeforeEveryKindOfFollowerGiveTheSameAtoms() {
    String[] runs = {"0", "1", "4", "5", "9", "10", "12", "20", "31", "40", "99", "100", "199", "2023", "1998", "0101",
      "20240", "201905", "20240307", "1234567"};
    String[] followers = {"", "年", "年代", "世纪", "月", "月份", "日", "号", "点", "点半", "点3刻", "时", "季度", "%", ".", ".5",
      ":", ":30", "：", "/", "/3", "-", "-06", "·", " ", " 5", " am", "个", "个月", "多", "余", "万", "年底", "名", "天", "周", "a",
      "pm", "st", "s", "—", "至", "到", ",", ",000", "，", "。", "x", "国", "(", "（", "\n"};
    String[] before = {"", "在", "x", "第", " ", "the "};
    for (String b : before) {
      for (String run : runs) {
        for (String f : followers) {
          assertSameAtoms(b + run + f + "后");
        }
      }
    }
  }

  /**
   * English date phrases in upper, lower and as-printed case, after nothing, a letter, a word and
   * a digit: the letter-pair lists decide which rules a letter before an ASCII character tries.
   */
  @Test
  void englishPhrasesGiveTheSameAtoms() {
    String[] phrases = {"in 2023", "since May 2019", "during June", "last Tuesday", "next Monday morning", "3 years ago",
      "two weeks later", "for 5 days", "for more than 10 years", "over the past two years", "within the next 3 months",
      "at 3 pm", "at 10:30 a.m.", "the next day", "the day before", "last night", "right now", "this week",
      "Jan. 5, 2024", "5th March 2023", "mid-2020", "tonight", "tomorrow afternoon", "yesterday evening",
      "from 2019 to 2021", "until Sept 3", "by December", "early 2024", "late October", "Q3", "noon"};
    String[] before = {"", "a", "x ", "The ", "Ba", "5 ", "在"};
    for (String b : before) {
      for (String phrase : phrases) {
        for (String text : new String[] {phrase, phrase.toUpperCase(java.util.Locale.ROOT), phrase.toLowerCase(java.util.Locale.ROOT)}) {
          assertSameAtoms(b + text + ".");
        }
      }
    }
  }

  @Test
  void evaluationAndNewsTextsGiveTheSameAtoms() throws IOException {
    String shared = System.getProperty("dossier.shared");
    Path eval = shared == null ? null : Path.of(shared, "eval");
    assumeTrue(eval != null && Files.isDirectory(eval.resolve("time_jionlp")),
        "shared evaluation data not found (system property dossier.shared=" + shared + "); scan equivalence on it skipped");
    List<String> lines = new ArrayList<>();
    lines.addAll(Files.readAllLines(eval.resolve("time_jionlp/time_parser_cases.jsonl")));
    lines.addAll(Files.readAllLines(eval.resolve("time_jionlp/time_extractor_cases.jsonl")));
    lines.addAll(Files.readAllLines(eval.resolve("time_duckling_zh/zh_time_corpus.jsonl")));
    lines.addAll(Files.readAllLines(eval.resolve("news_xinwenlianbo/articles.jsonl")).subList(0, 100));
    for (String line : lines) {
      assertSameAtoms(line); // JSON lines as they are: escapes and all, any text will do
    }
  }
}

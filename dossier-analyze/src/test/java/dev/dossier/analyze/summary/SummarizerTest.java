package dev.dossier.analyze.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.analyze.sentence.SentenceSplitter;
import dev.dossier.model.Language;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Span;
import dev.dossier.model.SummarySentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Summarizer summarizer = new Summarizer(SummaryConfig.defaults());

  /** Body of sample 000 between its header and its source line, one paragraph per line. */
  private static String body000() throws IOException {
    Path samples = Path.of("").toAbsolutePath().getParent().resolve("samples");
    String raw;
    try (var files = Files.list(samples)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
      raw = Files.readString(p, StandardCharsets.UTF_8);
    }
    String body = raw.substring(raw.indexOf("10月18日下午"), raw.indexOf("资料|"));
    return String.join("\n", body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      boolean heading = line.length() <= 20 && !line.matches(".*[。！？]$");
      boolean english = line.chars().filter(c -> c < 128 && Character.isLetter(c)).count() > line.length() / 2;
      out.add(new Paragraph(start, start + line.length(), english ? Language.EN : Language.ZH, heading));
      start += line.length() + 1;
    }
    return out;
  }

  @Test
  void picksWholeSentencesFromTheBodyLeadFirstNoDuplicatesNoHeadings() throws IOException {
    String text = body000();
    List<Sentence> sentences = splitter.split(text);
    List<Paragraph> paragraphs = paragraphs(text);
    List<SummarySentence> summary = summarizer.summarize(text, sentences, paragraphs, Language.ZH);

    assertThat(summary).hasSizeBetween(3, 5);
    assertThat(summary).extracting(SummarySentence::text).doesNotHaveDuplicates();
    for (SummarySentence s : summary) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(sentences).anyMatch(x -> x.start() == s.start() && x.end() == s.end());
      assertThat(paragraphs).noneMatch(p -> p.heading() && p.start() <= s.start() && s.end() <= p.end());
    }
    assertThat(summary).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    // The news lead carries the key facts.
    assertThat(summary.get(0).text())
        .isEqualTo("10月18日下午,哈萨克斯坦总统托卡耶夫在结束出席第三届“一带一路”国际合作高峰论坛后,专程到访新疆,共商深化友好交流和务实合作。");
    assertThat(summary.get(0).start()).isZero();
  }

  @Test
  void summarisesInTheArticlesLanguageOnly() {
    String text =
        "新华社阿斯塔纳7月2日电 当地时间7月2日晚,国家主席习近平应邀同哈萨克斯坦总统托卡耶夫共进晚餐,就中哈关系进行了亲切友好的交流。\n"
            + "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that China and Kazakhstan have established a unique partnership.\n"
            + "习近平指出,中哈关系经受住了国际风云变幻考验,成为邻国间睦邻友好、互利共赢的合作典范。\n"
            + "习近平表示,中方愿同哈方一道,推动中哈关系提质升级,造福两国人民。";
    List<SummarySentence> summary =
        summarizer.summarize(text, splitter.split(text), paragraphs(text), Language.ZH);
    assertThat(summary).hasSize(3).noneMatch(s -> s.text().startsWith("ASTANA"));
  }

  @Test
  void datelinesAreCutFromTheSentenceTheyOpenWithTheSpanAfterThem() {
    String text =
        "新华社北京7月1日电 7月2日至6日，国家主席习近平将出席在阿斯塔纳举行的上海合作组织成员国元首理事会第二十四次会议。\n"
            + "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that China and Kazakhstan have established a unique partnership.\n"
            + "外交部发言人毛宁宣布，应哈萨克斯坦共和国总统邀请，国家主席习近平将对哈萨克斯坦进行国事访问。\n"
            + "毛宁表示，中方期待同各方一道，推动上海合作组织在新起点上取得新发展。";
    List<SummarySentence> zh = summarizer.summarize(text, splitter.split(text), paragraphs(text), Language.ZH, null, List.of());
    assertThat(zh.get(0).text()).startsWith("7月2日至6日，国家主席习近平");
    assertThat(zh.get(0).start()).isEqualTo(text.indexOf("7月2日至6日"));
    assertThat(zh).allSatisfy(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    String cctv = "央视网消息（新闻联播）：3月15日下午，国家主席习近平在人民大会堂同安哥拉总统洛伦索举行会谈。\n" + text;
    List<SummarySentence> lead = summarizer.summarize(cctv, splitter.split(cctv), paragraphs(cctv), Language.ZH, null, List.of());
    assertThat(lead.get(0).text()).startsWith("3月15日下午，国家主席习近平");
    List<SummarySentence> en = summarizer.summarize(text, splitter.split(text), paragraphs(text), Language.EN, null, List.of());
    assertThat(en).extracting(SummarySentence::start).containsExactly(text.indexOf("Chinese President Xi"));
  }

  @Test
  void aClosingCreditAndADanglingBracketAreNotPartOfTheLastSentence() {
    String text =
        "哈萨克斯坦各界热切期待习近平主席此次访问，推动两国合作在政治、经济、人文等领域再结硕果。\n"
            + "托卡耶夫总统表示，哈方高度重视发展同中国的永久全面战略伙伴关系，期待双方深化务实合作。\n"
            + "她对此次访问充满期待：“相信此次访问将促进两国经济合作更密切、人文交流更丰富。”（记者张三 李四）";
    int credit = text.indexOf("记者张三") - 1;
    Span dateline = new Span(credit, text.length());
    List<SummarySentence> summary =
        summarizer.summarize(text, splitter.split(text), paragraphs(text), Language.ZH, dateline, List.of());
    assertThat(summary).hasSize(3);
    assertThat(summary.get(2).text()).endsWith("人文交流更丰富。”");
    assertThat(summary.get(2).end()).isEqualTo(credit);
  }

  @Test
  void aSentenceRepeatingACaptionIsNotChosen() {
    String text =
        "当地时间7月2日晚，国家主席习近平应邀同哈萨克斯坦总统托卡耶夫共进晚餐，进行了亲切友好的交流。\n"
            + "习近平指出，中哈关系经受住了国际风云变幻考验，成为邻国间睦邻友好、互利共赢的合作典范。\n"
            + "习近平表示，中方愿同哈方一道，推动中哈关系提质升级，造福两国人民。\n"
            + "托卡耶夫表示，哈方愿同中方加强各领域合作，推动哈中关系不断向前发展。";
    String caption = "当地时间7月2日晚，国家主席习近平应邀同哈萨克斯坦总统托卡耶夫共进晚餐，进行了亲切友好的交流。";
    List<SummarySentence> summary =
        summarizer.summarize(text, splitter.split(text), paragraphs(text), Language.ZH, null, List.of(caption));
    assertThat(summary).hasSize(3).noneMatch(x -> x.text().equals(caption));
  }
}

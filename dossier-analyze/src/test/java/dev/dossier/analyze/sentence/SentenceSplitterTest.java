package dev.dossier.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void splitsChineseAndEnglishAndKeepsOffsets() {
    // From sample 000 and 002.
    String text =
        "前一天,10月17日,国家主席习近平在人民大会堂会见托卡耶夫;国务院总理李强在钓鱼台国宾馆会见了托卡耶夫。中哈关系十分密切。\n"
            + "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that China and Kazakhstan have established a unique permanent comprehensive strategic partnership. Mr. Xi noted it.";
    List<Sentence> s = splitter.split(text);
    assertThat(s).extracting(x -> x.of(text))
        .containsExactly(
            "前一天,10月17日,国家主席习近平在人民大会堂会见托卡耶夫;国务院总理李强在钓鱼台国宾馆会见了托卡耶夫。",
            "中哈关系十分密切。",
            "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that China and Kazakhstan have established a unique permanent comprehensive strategic partnership.",
            "Mr. Xi noted it.");
    assertThat(s.get(1).start()).isEqualTo(text.indexOf("中哈关系"));
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1, 1);
  }

  @Test
  void keepsAQuotedPassageInOneSentence() {
    String text = "习近平说,很高兴在西安接待托卡耶夫总统。“今天是你70岁生日,再次祝你生日快乐。在这个特殊日子里,你来华进行国事访问。”";
    List<Sentence> s = splitter.split(text);
    assertThat(s).extracting(x -> x.of(text))
        .containsExactly(
            "习近平说,很高兴在西安接待托卡耶夫总统。",
            "“今天是你70岁生日,再次祝你生日快乐。在这个特殊日子里,你来华进行国事访问。”");
  }
}

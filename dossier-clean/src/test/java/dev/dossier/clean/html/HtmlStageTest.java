package dev.dossier.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.Samples;
import dev.dossier.clean.decode.DecodeStage;
import dev.dossier.model.Caption;
import dev.dossier.model.Span;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.TrackedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlStageTest {
  private static final CleaningConfig CONFIG = CleaningConfig.defaults();
  private final DecodeStage decode = new DecodeStage(CONFIG);
  private final HtmlStage html = new HtmlStage(CONFIG);

  private Document run(String path, byte[] bytes) {
    Document in =
        Document.empty()
            .with(Keys.SOURCE_PATH, path)
            .with(Keys.RAW_BYTES, ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    return html.map(decode.map(in));
  }

  private Document fixture(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/html/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return run(name, in.readAllBytes());
    }
  }

  /**
   * Every character maps into SOURCE_TEXT: a plain character to itself, an entity-decoded one to
   * an entity, an inserted line break to an empty range.
   */
  private static void assertOffsetsMapBack(Document d) {
    String source = d.get(Keys.SOURCE_TEXT);
    TrackedText t = d.get(Keys.TEXT);
    for (int i = 0; i < t.length(); i++) {
      int s = t.sourceStart(i);
      int e = t.sourceEnd(i);
      assertThat(s).isBetween(0, e);
      assertThat(e).isLessThanOrEqualTo(source.length());
      if (e - s == 1) {
        char c = t.charAt(i);
        char src = source.charAt(s);
        assertThat(c == src || (c == ' ' && Character.isWhitespace(src)))
            .as("char %d '%s' maps to '%s'", i, c, src)
            .isTrue();
      } else if (e > s) {
        String entity = source.substring(s, e);
        assertThat(entity).as("char %d", i).startsWith("&");
        assertThat(org.jsoup.parser.Parser.unescapeEntities(entity, false))
            .as("entity %s", entity)
            .contains(String.valueOf(t.charAt(i)));
      } else {
        assertThat(t.charAt(i)).as("inserted char %d", i).isEqualTo('\n');
      }
    }
  }

  @Test
  void newsPageKeepsTheArticleAndDropsTheChrome() throws IOException {
    Document d = fixture("news-000.html");
    String text = d.get(Keys.TEXT).text();
    assertThat(d.get(Keys.FORMAT)).isEqualTo("html");
    // must include: the body from its first to its last paragraph, and the subheading
    assertThat(text)
        .startsWith(
            "10月18日下午,哈萨克斯坦总统托卡耶夫在结束出席第三届“一带一路”国际合作高峰论坛后,"
                + "专程到访新疆,共商深化友好交流和务实合作。\n\n新疆维吾尔自治区党委书记马兴瑞")
        .contains("\n\n元首战略\n\n中哈关系十分密切。")
        .contains("6月14日上午,中国新疆·博州—哈萨克斯坦企业家商贸洽谈会举行。");
    // must exclude: navigation, share bar, ad, related list, comments, sidebar, footer, scripts
    assertThat(text)
        .doesNotContain("首页")
        .doesNotContain("分享到")
        .doesNotContain("下载北京青年报客户端")
        .doesNotContain("相关阅读")
        .doesNotContain("潘岳赴新疆出席重要活动")
        .doesNotContain("最新评论")
        .doesNotContain("网友甲")
        .doesNotContain("热门排行")
        .doesNotContain("版权声明")
        .doesNotContain("Copyright")
        .doesNotContain("__track")
        .doesNotContain("color: red")
        .doesNotContain("图/新华社");
    assertThat(text).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
    assertThat(d.get(Keys.TITLE)).isEqualTo("总统来华出席重要活动后,专程到新疆与马兴瑞再次会面");
    assertThat(d.get(Keys.AUTHOR)).isEqualTo("高语阳");
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2023-10-20T22:44:00+08:00");
    assertThat(d.get(Keys.OUTLET)).isEqualTo("北京青年报");
    assertThat(d.get(Keys.SOURCE_TAGS)).containsExactly("新疆", "哈萨克斯坦", "托卡耶夫", "马兴瑞");
    assertThat(d.warnings()).extracting(Warning::code).containsExactly(WarningCode.HTML_EXTRACTED);
    assertOffsetsMapBack(d);
  }

  @Test
  void offsetsOfThePageTextPointIntoTheHtml() throws IOException {
    Document d = fixture("news-000.html");
    String source = d.get(Keys.SOURCE_TEXT);
    TrackedText t = d.get(Keys.TEXT);
    String para = "在哈萨克斯坦,两国元首举行正式会谈。";
    int at = t.text().indexOf(para);
    assertThat(at).isPositive();
    Span src = t.toSource(at, at + para.length());
    assertThat(src.of(source)).isEqualTo(para);
    assertThat(source.substring(src.start() - 3, src.start())).isEqualTo("<p>");
    // The quote marks came from &ldquo; and &rdquo;: each maps to its entity.
    int quote = t.text().indexOf('“');
    assertThat(t.toSource(quote, quote + 1).of(source)).isEqualTo("&ldquo;");
    String phrase = "“一带一路”国际";
    int p = t.text().indexOf(phrase);
    assertThat(t.toSource(p, p + phrase.length()).of(source))
        .isEqualTo("&ldquo;一带一路&rdquo;国际");
  }

  @Test
  void figureCaptionsGoToCaptionsWithSourceOffsets() throws IOException {
    Document d = fixture("news-000.html");
    String source = d.get(Keys.SOURCE_TEXT);
    List<Caption> captions = d.get(Keys.CAPTIONS);
    assertThat(captions).hasSize(1);
    Caption c = captions.get(0);
    assertThat(c.text()).isEqualTo("10月18日，托卡耶夫在乌鲁木齐。\u00A0图/新华社");
    assertThat(source.substring(c.sourceStart(), c.sourceEnd()))
        .isEqualTo("10月18日，托卡耶夫在乌鲁木齐。&nbsp;图/新华社");
  }

  @Test
  void wirePageWithArticleBodyBreaksAndTitleSuffix() throws IOException {
    Document d = fixture("wire-002.html");
    String text = d.get(Keys.TEXT).text();
    assertThat(text)
        .startsWith(
            "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that China and"
                + " Kazakhstan have established a unique permanent comprehensive strategic"
                + " partnership.\n\nXi made the remarks")
        .contains("\n\nChina and Kazakhstan share a long tradition of friendship, Xi noted.\n\n");
    assertThat(text)
        .doesNotContain("Related:")
        .doesNotContain("Xi arrives in Astana for SCO summit")
        .doesNotContain("Facebook")
        .doesNotContain("Copyright")
        .doesNotContain("Home")
        .doesNotContain("Editor: Ding Suyun")
        .doesNotContain("shakes hands");
    assertThat(d.get(Keys.TITLE)).isEqualTo("Xi hails uniqueness of China-Kazakhstan partnership");
    assertThat(d.get(Keys.AUTHOR)).isEqualTo("Xinhua");
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2024-07-03T08:52:21+08:00");
    assertThat(d.has(Keys.OUTLET)).isFalse();
    assertThat(d.get(Keys.SOURCE_TAGS)).containsExactly("Xi Jinping", "Kazakhstan", "SCO");
    assertThat(d.get(Keys.CAPTIONS))
        .extracting(Caption::text)
        .satisfiesExactly(
            a -> assertThat(a).startsWith("Chinese President Xi Jinping shakes hands"),
            b -> assertThat(b).startsWith("当地时间7月2日晚").endsWith("新华社记者 谢环驰 摄"));
    assertThat(d.warnings().get(0).message()).startsWith("main content from [itemprop=articleBody]");
    assertOffsetsMapBack(d);
  }

  @Test
  void plainTextPassesThroughUnchanged() {
    String sample = Samples.text("002");
    Document decoded =
        decode.map(
            Document.empty()
                .with(Keys.SOURCE_PATH, "002.txt")
                .with(Keys.RAW_BYTES, ByteBuffer.wrap(sample.getBytes(StandardCharsets.UTF_8))));
    Document d = html.map(decoded);
    assertThat(d.get(Keys.FORMAT)).isEqualTo("text");
    assertThat(d.get(Keys.TEXT)).isSameAs(decoded.get(Keys.TEXT));
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void sniffsHtmlOnlyWhenTheTextStartsWithMarkup() {
    assertThat(HtmlStage.isHtml("a.txt", "\n <!DOCTYPE html><p>x")).isTrue();
    assertThat(HtmlStage.isHtml("a.txt", "<div>\n<body>x")).isTrue();
    assertThat(HtmlStage.isHtml("page.HTM", "纯文本")).isTrue();
    assertThat(HtmlStage.isHtml("a.txt", "正文提到 <html> 标签")).isFalse();
    assertThat(HtmlStage.isHtml("a.txt", "<b>粗体</b>")).isFalse();
  }

  @Test
  void malformedMarkupStillYieldsParagraphs() {
    String page = "<p>第一段 &amp 未闭合<p>第二段 <b>粗<i>斜</b>体</i><div>第三段<br>次行<br><br>新段</td></table>";
    Document d = run("x.html", page.getBytes(StandardCharsets.UTF_8));
    assertThat(d.get(Keys.TEXT).text())
        .isEqualTo("第一段 & 未闭合\n\n第二段 粗斜体\n\n第三段\n次行\n\n新段");
    assertOffsetsMapBack(d);
  }

  @Test
  void survivesOneHundredThousandNestedElements() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(depth)).append("<p>深处的段落，仍然可以读出来。</p>");
    sb.append("<span><b>".repeat(depth / 2)).append("未闭合");
    sb.append("</body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Document d =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> run("deep.html", bytes));
    assertThat(d.get(Keys.TEXT).text()).isEqualTo("深处的段落，仍然可以读出来。\n\n未闭合");
    assertOffsetsMapBack(d);
  }
}

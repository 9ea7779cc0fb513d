package dev.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Article;
import dev.dossier.model.Caption;
import dev.dossier.model.Language;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Script;
import dev.dossier.model.Span;
import dev.dossier.model.Warning;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.TrackedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the whole cleaning chain on the five bundled sample reports: first and last
 * body sentences with their offsets, what must be gone, captions, provided summary, titles and
 * metadata, and that clean offsets map back to the same characters in the original file.
 */
class SeedCleaningTest {
  private static final CleaningPipeline CHAIN = new CleaningPipeline(CleaningConfig.defaults());

  private static List<Article> clean(String prefix) {
    return CHAIN.clean(Samples.path(prefix).toString(), Samples.bytes(prefix));
  }

  private static Article only(String prefix) {
    List<Article> articles = clean(prefix);
    assertThat(articles).as("articles of sample " + prefix).hasSize(1);
    return articles.get(0);
  }

  /** Asserts {@code sentence} sits at [start, start+len) and maps back to itself in the file. */
  private static void assertSpanMapsBack(String prefix, int part, String sentence, int start) {
    Document doc = CHAIN.run(prefix, Samples.bytes(prefix)).get(part);
    TrackedText text = doc.get(Keys.TEXT);
    assertThat(text.text().substring(start, start + sentence.length())).isEqualTo(sentence);
    Span source = text.toSource(start, start + sentence.length());
    String original = doc.get(Keys.SOURCE_TEXT).substring(source.start(), source.end());
    // Same characters in the file, up to line breaks joined by OCR reflow and script conversion.
    assertThat(original.replace("\n", "")).hasSameSizeAs(sentence.replace("\n", ""));
  }

  private static List<String> codes(Article a) {
    return a.warnings().stream().map(Warning::code).toList();
  }

  private static List<String> captionTexts(Article a) {
    return a.captions().stream().map(Caption::text).toList();
  }

  @Test
  void webArticleWithBylineCopyrightRelatedListAndComments() {
    Article a = only("000");
    assertThat(a.title()).isEqualTo("总统来华出席重要活动后,专程到新疆与马兴瑞再次会面");
    assertThat(a.outlet()).isEqualTo("北京青年报");
    assertThat(a.published()).isEqualTo("2023-10-20T22:44");
    assertThat(a.publishedInferred()).isFalse();
    assertThat(a.author()).isEqualTo("高语阳");
    assertThat(a.editor()).isEqualTo("马晓晴");
    assertThat(a.originalScript()).isEqualTo(Script.HANS);
    assertThat(a.language()).isEqualTo(Language.ZH);

    String first = "10月18日下午,哈萨克斯坦总统托卡耶夫在结束出席第三届“一带一路”国际合作高峰论坛后,专程到访新疆,共商深化友好交流和务实合作。";
    String last = "来自哈萨克斯坦和中国的150名嘉宾齐聚新疆博州参会。";
    assertThat(a.text()).startsWith(first).endsWith(last);
    assertThat(a.paragraphs().get(0)).isEqualTo(new Paragraph(0, first.length(), Language.ZH, false));
    assertSpanMapsBack("000", 0, first, 0);
    assertSpanMapsBack("000", 0, last, a.text().length() - last.length());

    assertThat(a.text())
        .doesNotContain("版权声明", "著作权", "相关阅读", "最新评论", "文/北京青年报记者", "编辑/马晓晴")
        .doesNotContain("资料|新疆日报", "潘岳赴新疆出席重要活动", "北京青年报政知圈 2023-10-20", "\n\n");
    assertThat(a.paragraphs()).anyMatch(p -> p.heading() && p.span().of(a.text()).equals("元首战略"));
  }

  @Test
  void newsAppRepostWithTemplatePathsSummaryCaptionsAdAndTags() {
    Article a = only("001");
    assertThat(a.title()).isEqualTo("习近平中亚之行第一天,擘画中哈全方位合作");
    assertThat(a.outlet()).isEqualTo("共产党员网");
    // The header prints 06月17日 16:01 without a year; the body's own dates are in 2025.
    assertThat(a.published()).isEqualTo("2025-06-17T16:01");
    assertThat(a.publishedInferred()).isTrue();
    assertThat(codes(a)).contains("YEAR_INFERRED", "SUMMARY_FOUND", "BOILERPLATE_REMOVED");

    assertThat(a.providedSummary()).startsWith("2024年6月,习近平主席访问哈萨克斯坦").contains("黄金30年");
    assertThat(a.providedSummary().lines().count()).isGreaterThanOrEqualTo(5);
    assertThat(a.providedSummary()).doesNotContain("🤝", "🇰🇿");

    String first = "仲夏之月,大国外交开启“中亚时间”。";
    String last = "峰会将如何书写中国同中亚合作新篇章,为动荡变革世界注入宝贵确定性。";
    assertThat(a.text()).startsWith(first).endsWith(last);
    assertSpanMapsBack("001", 0, first, 0);
    assertThat(a.text())
        .doesNotContain("index_new5.html", "zaker_core", "Fish AI Reader", "FishAI", "联系邮箱")
        .doesNotContain("相关标签", "相关文章", "△", "🤝", "习近平主席此次中亚之行受到高规格礼遇");
    assertThat(captionTexts(a))
        .anyMatch(c -> c.contains("哈萨克斯坦空军战机升空护航。"))
        .anyMatch(c -> c.contains("仪仗队分列式。"))
        .anyMatch(c -> c.contains("阿斯塔纳街头的电子屏显示欢迎习主席到访的巨幅海报。"))
        .noneMatch(c -> c.contains("△"));
    assertThat(a.captions()).hasSize(10);
    assertThat(a.sourceTags()).containsExactly("中国", "中亚", "外交", "合作");
  }

  @Test
  void bilingualWireCopyWithCaptionsAndDatelines() {
    Article a = only("002");
    assertThat(a.title()).isEqualTo("习近平同哈萨克斯坦总统托卡耶夫举行小范围晤谈");
    assertThat(a.outlet()).isEqualTo("新华社");
    assertThat(a.published()).isEqualTo("2024-07-03T08:52:21");
    assertThat(a.editor()).isEqualTo("丁素云");
    assertThat(a.dateline().place()).isEqualTo("阿斯塔纳");
    assertThat(a.dateline().date()).isEqualTo("2024-07-02");
    assertThat(a.text().substring(a.dateline().start(), a.dateline().end())).isEqualTo("新华社阿斯塔纳7月2日电");

    assertThat(a.text()).startsWith("新华社阿斯塔纳7月2日电 当地时间7月2日晚,国家主席习近平应邀同哈萨克斯坦总统托卡耶夫共进晚餐");
    String last = "discussing issues related to China-Kazakhstan relations and issues of common concerns.";
    assertThat(a.text()).endsWith(last);
    assertThat(a.text()).doesNotContain("首页", "发布时间", "■", "谢环驰 摄", "(Xinhua/Xie Huanchi)");
    assertThat(captionTexts(a))
        .anyMatch(c -> c.endsWith("新华社记者 谢环驰 摄"))
        .anyMatch(c -> c.startsWith("Chinese President Xi Jinping shakes hands") && c.endsWith("(Xinhua/Xie Huanchi)"));

    assertThat(a.paragraphs()).extracting(Paragraph::language).contains(Language.ZH, Language.EN);
    Paragraph astana =
        a.paragraphs().stream()
            .filter(p -> p.span().of(a.text()).startsWith("ASTANA, July 2 (Xinhua)"))
            .findFirst()
            .orElseThrow();
    assertThat(astana.language()).isEqualTo(Language.EN);
    assertThat(a.paragraphs().get(0).language()).isEqualTo(Language.ZH);
  }

  @Test
  void traditionalScriptWithPinyinDebris() {
    Article a = only("003");
    assertThat(a.originalScript()).isEqualTo(Script.HANT);
    assertThat(a.title()).isNull();
    assertThat(codes(a)).contains("PINYIN_DEBRIS_REMOVED", "SCRIPT_CONVERTED", "NO_TITLE");
    String first = "2023年,百年变局加速演进,地区冲突此起彼伏,全球经济复苏艰难,世界进入新的动荡变革期。";
    assertThat(a.text()).startsWith(first).endsWith("为地区安全稳定和发展繁荣作出新贡献。");
    assertThat(a.text()).doesNotContainPattern("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");
    assertThat(a.text()).contains("410亿美元", "同比增长32%", "中哈关系史上的新纪录");
    assertThat(a.text()).doesNotContain("區", "經", "關係");

    // 冲突 in the clean text maps back to 沖突 in the file.
    Document doc = CHAIN.run("003", Samples.bytes("003")).get(0);
    int at = a.text().indexOf("冲突");
    Span source = doc.get(Keys.TEXT).toSource(at, at + 2);
    assertThat(source.of(doc.get(Keys.SOURCE_TEXT))).isEqualTo("沖突");
  }

  @Test
  void ocrPageWithTwoArticlesAndTrailingHeadline() {
    List<Article> parts = clean("004");
    assertThat(parts).hasSize(2);
    Article qa = parts.get(0);
    Article feature = parts.get(1);
    assertThat(qa.part()).isZero();
    assertThat(feature.part()).isEqualTo(1);
    assertThat(codes(qa)).contains("OCR_REFLOW", "ARTICLE_SPLIT");

    assertThat(qa.title()).isEqualTo("外交部发言人答记者问");
    assertThat(qa.text())
        .startsWith("新华社北京7月1日电 7月2日至6日，国家主席习近平将出席在阿斯塔纳举行的上海合作组织成员国元首理事会第二十四次会议，")
        .endsWith("推动中塔全面战略伙伴关系不断迈上新台阶。")
        .contains("新型区域合作的典范。即将举行", "建交32年来", "2024-2025年轮值主席国")
        .doesNotContain("外交部发言人答记者问", "续丝路情谊");
    assertThat(qa.outlet()).isEqualTo("新华社");
    assertThat(qa.dateline().place()).isEqualTo("北京");
    assertThat(qa.dateline().date()).isEqualTo("2024-07-01");
    assertThat(qa.dateline().start()).isZero();

    assertThat(feature.title()).isEqualTo("续丝路情谊谋合作新篇");
    assertThat(feature.subtitle()).contains("哈萨克斯坦各界期待习近平主席出席上合组织峰会并对哈进行国事访问");
    assertThat(codes(feature)).contains("TITLE_AT_END");
    assertThat(feature.text())
        .startsWith("国家主席习近平将于7月2日至6日出席在阿斯塔纳举行的上海合作组织成员国元首理事会第二十四次会议")
        .endsWith("为两国青年一代提供更多机会。”（新华社阿斯塔纳7月1日电）")
        .contains("截至2024年3月", "阿克莫拉州205兆瓦风电项目", "超过1万名哈萨克斯坦留学生")
        .doesNotContain("续丝路情谊谋合作新篇");
    assertThat(feature.paragraphs())
        .anyMatch(p -> p.heading() && p.span().of(feature.text()).equals("政治互信持续加深"));
    assertThat(feature.dateline().place()).isEqualTo("阿斯塔纳");

    for (Article a : parts) {
      // No hard line break is left inside a sentence: every paragraph ends a sentence or is a heading.
      for (Paragraph p : a.paragraphs()) {
        String s = p.span().of(a.text());
        assertThat(p.heading() || s.matches("(?s).*[。！？”）：]$")).as("paragraph %s", s).isTrue();
      }
    }
  }
}

package dev.dossier.clean.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.metadata.MetadataKeys;
import dev.dossier.model.Caption;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateStageTest {
  private final BoilerplateStage stage = new BoilerplateStage(CleaningConfig.defaults());

  private Document run(String sample) {
    return stage.map(SeedSamples.sample(sample));
  }

  @Test
  void webArticleKeepsBodyAndTakesHeaderBylineAndEditor() {
    Document d = run("000");
    String text = d.get(Keys.TEXT).text();

    assertThat(d.get(Keys.OUTLET)).isEqualTo("北京青年报");
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2023-10-20T22:44");
    assertThat(d.get(Keys.AUTHOR)).isEqualTo("高语阳");
    assertThat(d.get(Keys.EDITOR)).isEqualTo("马晓晴");
    assertThat(text)
        .startsWith("总统来华出席重要活动后,专程到新疆与马兴瑞再次会面\n")
        .doesNotContain("北京青年报政知圈", "【版权声明】", "相关阅读", "最新评论", "资料|", "文/", "编辑/", "人民日报客户端");
    assertThat(text.strip())
        .endsWith("6月14日上午,中国新疆·博州—哈萨克斯坦企业家商贸洽谈会举行。来自哈萨克斯坦和中国的150名嘉宾齐聚新疆博州参会。");
    assertThat(d.warnings()).anySatisfy(w -> {
      assertThat(w.code()).isEqualTo(WarningCode.BOILERPLATE_REMOVED);
      assertThat(w.message()).contains("copyright notice x1", "related-reading block", "comment section x1");
    });
  }

  @Test
  void appRepostLosesTemplatePathsAdsAndTagsButKeepsCaptionsApart() {
    String source = SeedSamples.text("001");
    Document d = stage.map(SeedSamples.document(source));
    String text = d.get(Keys.TEXT).text();

    assertThat(d.get(Keys.OUTLET)).isEqualTo("共产党员网");
    assertThat(d.find(Keys.PUBLISHED)).isEmpty();
    assertThat(d.get(MetadataKeys.PRINTED_DATE)).isEqualTo("--06-17T16:01");
    assertThat(d.get(Keys.SOURCE_TAGS)).containsExactly("中国", "中亚", "外交", "合作");
    assertThat(text)
        .startsWith("习近平中亚之行第一天,擘画中哈全方位合作\n")
        .doesNotContain("index_new5.html", "zaker_core", "Fish AI Reader", "FishAI", "联系邮箱", "相关标签", "相关文章", "△", "鱼阅")
        .contains("2024年6月,习近平主席访问哈萨克斯坦")
        .contains("为动荡变革世界注入宝贵确定性。");

    List<Caption> captions = d.get(Keys.CAPTIONS);
    assertThat(captions).extracting(Caption::text)
        .contains("哈萨克斯坦空军战机升空护航。", "仪仗队分列式。", "总统府。", "阿斯塔纳街头的电子屏显示欢迎习主席到访的巨幅海报。")
        .hasSize(10);
    Caption first = captions.get(0);
    assertThat(source.substring(first.sourceStart(), first.sourceEnd())).isEqualTo("哈萨克斯坦空军战机升空护航。");
  }

  @Test
  void wireCopyKeepsDatelineParagraphsAndTakesLabelledHeaderAndPhotoCaptions() {
    String source = SeedSamples.text("002");
    Document d = stage.map(SeedSamples.document(source));
    String text = d.get(Keys.TEXT).text();

    assertThat(d.get(Keys.OUTLET)).isEqualTo("新华社");
    assertThat(d.get(Keys.PUBLISHED)).isEqualTo("2024-07-03T08:52:21");
    assertThat(d.get(Keys.EDITOR)).isEqualTo("丁素云");
    assertThat(d.find(Keys.AUTHOR)).isEmpty();
    assertThat(text)
        .startsWith("\n习近平同哈萨克斯坦总统托卡耶夫举行小范围晤谈\n")
        .doesNotContain("首页", "发布时间", "■", "谢环驰 摄", "(Xinhua/Xie Huanchi)")
        .contains("新华社阿斯塔纳7月2日电 当地时间7月2日晚", "ASTANA, July 2 (Xinhua) --")
        .endsWith("discussing issues related to China-Kazakhstan relations and issues of common concerns.");

    List<Caption> captions = d.get(Keys.CAPTIONS);
    assertThat(captions).hasSize(2);
    assertThat(captions.get(0).text()).startsWith("当地时间7月2日晚").endsWith("新华社记者 谢环驰 摄");
    assertThat(captions.get(1).text()).startsWith("Chinese President Xi Jinping shakes hands").endsWith("(Xinhua/Xie Huanchi)");
    int at = source.indexOf("当地时间7月2日晚");
    assertThat(captions.get(0).sourceStart()).isEqualTo(at);
    assertThat(source.substring(captions.get(0).sourceStart(), captions.get(0).sourceEnd())).isEqualTo(captions.get(0).text());
  }

  @Test
  void cleanArticlesAreLeftAlone() {
    for (String sample : List.of("003", "004")) {
      Document in = SeedSamples.sample(sample);
      Document out = stage.map(in);
      assertThat(out.get(Keys.TEXT).text()).as(sample).isEqualTo(in.get(Keys.TEXT).text());
      assertThat(out.warnings()).as(sample).isEmpty();
    }
  }

  @Test
  void removedLinesMapBackToTheirSource() {
    String source = SeedSamples.text("000");
    Document d = stage.map(SeedSamples.document(source));
    var text = d.get(Keys.TEXT);
    int at = text.text().indexOf("元首战略");
    assertThat(source.substring(text.toSource(at, at + 4).start(), text.toSource(at, at + 4).end())).isEqualTo("元首战略");
  }

  @Test
  void earlierMetadataIsKeptAndListsAreAppended() {
    Document in = SeedSamples.sample("001")
        .with(Keys.OUTLET, "人民网")
        .with(Keys.SOURCE_TAGS, List.of("习近平"));
    Document d = stage.map(in);
    assertThat(d.get(Keys.OUTLET)).isEqualTo("人民网");
    assertThat(d.get(Keys.SOURCE_TAGS)).containsExactly("习近平", "中国", "中亚", "外交", "合作");
  }

  @Test
  void shortGenericLines() {
    String text = "标题在此\n来源：中新社\n正文第一段，说了一些事情。\n（记者 王小明 摄）\n责任编辑：李华\n© 2024 Example Media\n";
    Document d = stage.map(SeedSamples.document(text));
    assertThat(d.get(Keys.TEXT).text()).isEqualTo("标题在此\n正文第一段，说了一些事情。");
    assertThat(d.get(Keys.OUTLET)).isEqualTo("中新社");
    assertThat(d.get(Keys.EDITOR)).isEqualTo("李华");
    assertThat(d.get(Keys.CAPTIONS)).extracting(Caption::text).containsExactly("（记者 王小明 摄）");
  }
}

package dev.dossier.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.analyze.quote.Quote.Kind;
import dev.dossier.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden tests on passages of the seed reports (samples/), paragraphs joined as cleaning gives them. */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  // samples/000: reported speech, then a direct quote continuing it; 则 before the cue.
  @Test
  void reportedSpeechAndTheDirectQuoteThatContinuesIt() {
    String text = "马兴瑞说，哈萨克斯坦是中国新疆对外开放与合作的重要对象。“我们愿认真落实两国元首达成的重要共识，加强人文交流和友城合作。”\n"
        + "托卡耶夫则表示，我很高兴应邀来华出席第三届“一带一路”国际合作高峰论坛。";
    List<Quote> quotes = EXTRACTOR.extract(text);
    assertThat(quotes)
        .extracting(Quote::kind, Quote::speakerText, Quote::speaker, Quote::start, Quote::end, Quote::cue)
        .containsExactly(
            tuple(Kind.REPORTED, "马兴瑞", new Span(0, 3), 5, 27, new Span(3, 4)),
            tuple(Kind.DIRECT, "马兴瑞", new Span(0, 3), 29, 60, new Span(3, 4)),
            tuple(Kind.REPORTED, "托卡耶夫", new Span(62, 66), 70, 97, new Span(67, 69)));
    assertThat(quotes.get(2).text()).isEqualTo("我很高兴应邀来华出席第三届“一带一路”国际合作高峰论坛");
  }

  // samples/004: cue after the quote, then reported speech after the same cue.
  @Test
  void cueAfterTheQuote() {
    String text = "“此访是习近平主席第五次访问哈萨克斯坦。”毛宁说，相信习近平主席此访将进一步推动中哈关系提质升级。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Quote::kind, Quote::speakerText, Quote::start, Quote::end, Quote::cue)
        .containsExactly(
            tuple(Kind.DIRECT, "毛宁", 1, 20, new Span(23, 24)),
            tuple(Kind.REPORTED, "毛宁", 25, 48, new Span(23, 24)));
  }

  // samples/004: a quote split by its cue over a paragraph break: two quotes, one speaker, one cue.
  @Test
  void quoteSplitByItsCue() {
    String text = "“每每忆及与尊敬的习近平主席的会晤，我都感觉很暖心。”托卡耶夫说，\n“我们在开放信任的气氛中讨论热点问题，并就国际局势交换意见。”";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Quote::kind, Quote::speakerText, Quote::start, Quote::end, Quote::cue)
        .containsExactly(
            tuple(Kind.DIRECT, "托卡耶夫", 1, 26, new Span(31, 32)),
            tuple(Kind.DIRECT, "托卡耶夫", 35, 64, new Span(31, 32)));
  }

  @Test
  void titleBecomesTheRole() {
    String text = "外交部发言人毛宁表示，阿斯塔纳峰会后，中国将接任上合组织轮值主席国。";
    Quote q = EXTRACTOR.extract(text).get(0);
    assertThat(q.speakerText()).isEqualTo("毛宁");
    assertThat(q.speaker()).isEqualTo(new Span(6, 8));
    assertThat(q.role()).isEqualTo("外交部发言人");
    assertThat(q.span()).isEqualTo(new Span(11, 33));
  }

  @Test
  void surnameWithTitleAndCircumstancePhrase() {
    String text = "习主席曾指出，“我们不针对第三方，任何时间我们都要牢记这一点。”\n习近平在与托卡耶夫会谈时说，很高兴在西安接待托卡耶夫总统。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Quote::kind, Quote::speakerText)
        .containsExactly(tuple(Kind.DIRECT, "习主席"), tuple(Kind.REPORTED, "习近平"));
  }

  // samples/004: 他说 resolved through the person mentions the entity recogniser will pass.
  @Test
  void pronounResolvesToThePreviousPersonMention() {
    String text = "鲁斯兰特别关注两国人文交流。他说：“今年是中国‘哈萨克斯坦旅游年’，我希望能有更多文化交流。”";
    Quote withMentions = EXTRACTOR.extract(text, List.of(new Span(0, 3))).get(0);
    assertThat(withMentions.kind()).isEqualTo(Kind.DIRECT);
    assertThat(withMentions.span()).isEqualTo(new Span(18, 46));
    assertThat(withMentions.speakerText()).isEqualTo("鲁斯兰");
    assertThat(withMentions.speaker()).isEqualTo(new Span(0, 3));
    assertThat(withMentions.pronoun()).isEqualTo(new Span(14, 15));
    assertThat(withMentions.cue()).isEqualTo(new Span(15, 16));

    Quote without = EXTRACTOR.extract(text).get(0);
    assertThat(without.span()).isEqualTo(new Span(18, 46));
    assertThat(without.speakerText()).isNull();
  }

  // samples/002.
  @Test
  void englishReportedSpeech() {
    String text = "ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday that China and Kazakhstan"
        + " have established a unique permanent comprehensive strategic partnership.\n"
        + "China and Kazakhstan share a long tradition of friendship, Xi noted.\n"
        + "More than 2,000 years ago, the ancient Silk Road closely connected the two countries, he said.";
    List<Quote> quotes = EXTRACTOR.extract(text);
    int second = text.indexOf('\n') + 1;
    int third = text.indexOf('\n', second) + 1;
    assertThat(quotes)
        .extracting(Quote::speakerText, Quote::speaker, Quote::start, Quote::end, Quote::cue)
        .containsExactly(
            tuple("Xi Jinping", new Span(45, 55), 77, second - 2, new Span(56, 60)),
            tuple("Xi", new Span(second + 59, second + 61), second, second + 57,
                new Span(second + 62, second + 67)),
            tuple("Xi", new Span(second + 59, second + 61), third, third + 84,
                new Span(third + 89, third + 93)));
    assertThat(quotes.get(0).role()).isEqualTo("Chinese President");
    assertThat(quotes.get(2).pronoun()).isEqualTo(new Span(third + 86, third + 88));
    assertThat(quotes).allMatch(q -> q.kind() == Kind.REPORTED);
  }

  // An outlet's reporter without a name speaks as printed; a bare 记者 says nobody.
  @Test
  void outletReporterIsTheSpeakerAsPrinted() {
    String text = "新华社记者说，中哈边境口岸的过货量持续增长。\n"
        + "“口岸一派繁忙。”新华社驻阿斯塔纳记者说。\n"
        + "记者表示，这一数字还在增长。\n"
        + "新华社记者李明说，口岸还在扩建。";
    int second = text.indexOf("新华社驻");
    int fourth = text.indexOf("新华社记者李明");
    List<Quote> quotes = EXTRACTOR.extract(text, List.of(new Span(fourth + 5, fourth + 7)));
    assertThat(quotes)
        .extracting(Quote::kind, Quote::speakerText, Quote::speaker, Quote::role)
        .containsExactly(
            tuple(Kind.REPORTED, "新华社记者", new Span(0, 5), null),
            tuple(Kind.DIRECT, "新华社驻阿斯塔纳记者", new Span(second, second + 10), null),
            tuple(Kind.REPORTED, "李明", new Span(fourth + 5, fourth + 7), "新华社记者"));
    assertThat(quotes.get(0).text()).isEqualTo("中哈边境口岸的过货量持续增长");
  }

  // The subject of a 时 clause speaks, not its object, even past a term's quotation marks.
  @Test
  void subjectOfAWhenClauseSpeaks() {
    String text = "去年10月，习近平主席会见来华出席第三届“一带一路”国际合作高峰论坛的托卡耶夫总统时表示，支持哈萨克斯坦做好轮值主席国工作。\n"
        + "会见托卡耶夫时表示，双方要加强合作。";
    int xi = text.indexOf("习近平");
    int tokayev = text.indexOf("托卡耶夫");
    int second = text.lastIndexOf("托卡耶夫");
    List<Quote> quotes = EXTRACTOR.extract(text,
        List.of(new Span(xi, xi + 3), new Span(tokayev, tokayev + 4), new Span(second, second + 4)));
    assertThat(quotes).first()
        .satisfies(q -> {
          assertThat(q.speakerText()).isEqualTo("习近平");
          assertThat(q.speaker()).isEqualTo(new Span(xi, xi + 3));
          assertThat(q.text()).isEqualTo("支持哈萨克斯坦做好轮值主席国工作");
        });
    // without a subject of its own the clause names only the one met: not the speaker
    assertThat(quotes).noneMatch(q -> new Span(second, second + 4).equals(q.speaker()));
  }

  // 指出 opening a clause after the speaker's first verb: the sentence's subject speaks.
  @Test
  void pointingOutAfterAnotherVerbOfTheSameSubject() {
    String text = "在16日的会谈中，习主席再次强调这一坚定立场，指出中方始终从战略高度看待中哈关系，愿同哈方一道巩固中哈友好。\n"
        + "会议强调这一原则，指出各方应加强合作。";
    int xi = text.indexOf("习主席");
    List<Quote> quotes = EXTRACTOR.extract(text, List.of(new Span(xi, xi + 3)));
    assertThat(quotes).singleElement()
        .satisfies(q -> {
          assertThat(q.speakerText()).isEqualTo("习主席");
          assertThat(q.cue()).isEqualTo(new Span(text.indexOf("指出"), text.indexOf("指出") + 2));
          assertThat(q.text()).isEqualTo("中方始终从战略高度看待中哈关系，愿同哈方一道巩固中哈友好");
        });
  }

  @Test
  void termsInQuotationMarksAndImpersonalCuesAreNotQuotes() {
    String text = "两国隆重庆祝共建“一带一路”在哈首倡十周年。报道显示，新疆代表团与哈方共签订投资合作协议36个。"
        + "哈萨克斯坦研究机构“中国中心”主任。《人民日报》7月发文称，元首战略引领是中哈关系的保障。";
    assertThat(EXTRACTOR.extract(text)).isEmpty();
  }

  // Reported speech goes on through the paragraph until a sentence brings its own speaker or cue.
  @Test
  void reportedSpeechRunsOnUntilANewSpeakerOrParagraph() {
    String text = "托卡耶夫则表示,我很高兴应邀来华出席第三届“一带一路”国际合作高峰论坛。哈萨克斯坦是首倡之地,从第一天起,哈方就坚定支持。"
        + "马兴瑞说,新疆愿加强合作。\n哈萨克斯坦愿持续深化务实合作。";
    List<Span> persons = List.of(new Span(0, 4), new Span(text.indexOf("马兴瑞"), text.indexOf("马兴瑞") + 3));
    List<Quote> quotes = EXTRACTOR.extract(text, persons);
    int firstEnd = text.indexOf("。马兴瑞");
    int second = text.indexOf("新疆愿");
    assertThat(quotes)
        .extracting(Quote::speakerText, Quote::start, Quote::end)
        .containsExactly(tuple("托卡耶夫", 8, firstEnd), tuple("马兴瑞", second, text.indexOf("。\n")));
    assertThat(quotes.get(0).text()).contains("。哈萨克斯坦是首倡之地");
  }

  // samples/001 and samples/004: the speaker named in the clause before a colon, or in the sentence after the quote.
  @Test
  void speakerBeforeAColonOrInTheSentenceAfterTheQuote() {
    String text = "托卡耶夫总统在机场用中文向习主席表达问候:“欢迎您到哈萨克斯坦来访问!”\n"
        + "“相信习近平主席的访问将进一步促进两国文化交流。”哈萨克斯坦青年鲁斯兰在接受新华社记者采访时道出自己的期待。\n"
        + "“中哈友谊心连心,丝绸之路永光明。”爽朗的童声,道出中哈世代友好的民心所向。";
    int ruslan = text.indexOf("鲁斯兰");
    int xi = text.indexOf("习近平");
    List<Span> persons = List.of(new Span(0, 4), new Span(13, 16), new Span(xi, xi + 3), new Span(ruslan, ruslan + 3));
    List<Quote> quotes = EXTRACTOR.extract(text, persons);
    assertThat(quotes)
        .extracting(Quote::speakerText, Quote::start)
        .containsExactly(
            tuple("托卡耶夫", text.indexOf("欢迎您")),
            tuple("鲁斯兰", text.indexOf("相信习近平")),
            tuple(null, text.indexOf("中哈友谊")));
    assertThat(quotes.get(1).role()).isEqualTo("哈萨克斯坦青年");
  }

  // samples/002: "The Chinese president said" refers back to the last person named.
  @Test
  void englishDefiniteDescriptionRefersBack() {
    String text = "Xi made the remarks in a written statement upon his arrival in Astana.\n"
        + "The Chinese president said he is delighted to visit the beautiful country of Kazakhstan.";
    int second = text.indexOf('\n') + 1;
    Quote q = EXTRACTOR.extract(text, List.of(new Span(0, 2))).get(0);
    assertThat(q.speakerText()).isEqualTo("Xi");
    assertThat(q.speaker()).isEqualTo(new Span(0, 2));
    assertThat(q.span()).isEqualTo(new Span(second + 27, text.length() - 1));
    assertThat(q.text()).startsWith("he is delighted");
  }

  // A pronoun takes the subject of the sentence before, followed back over a sentence opening with
  // a pronoun, never the last name printed (often an object); unknown stays null.
  @Test
  void pronounTakesTheSubjectNotTheLastNamePrinted() {
    String text = "叶尔克目前就读于欧亚大学，曾两次参加“汉语桥”比赛并获奖。她计划今后到中国高校继续深造。"
        + "她对习近平主席再次到访充满期待：“相信此次访问将促进两国经济合作更密切。”\n"
        + "米歇尔祝贺习近平再次连任，代表欧盟对江泽民同志逝世表示哀悼。他表示，国际形势正在经历深刻复杂变化。";
    int xi = text.indexOf("习近平");
    int xi2 = text.indexOf("习近平", xi + 1);
    int jiang = text.indexOf("江泽民");
    List<Span> persons = List.of(new Span(0, 3), new Span(xi, xi + 3), new Span(xi2, xi2 + 3), new Span(jiang, jiang + 3));
    List<Quote> quotes = EXTRACTOR.extract(text, persons);
    assertThat(quotes)
        .extracting(Quote::kind, Quote::speakerText, Quote::start)
        .containsExactly(tuple(Kind.DIRECT, "叶尔克", text.indexOf("相信此次")));
    assertThat(quotes.get(0).pronoun()).isEqualTo(new Span(text.indexOf("她对"), text.indexOf("她对") + 1));
  }

  @Test
  void meetingsAndDocumentsAreNotSpeakersAndTimeWordsAreNotRoles() {
    String text = "会议强调，要深入学习贯彻党的二十大精神。摩方表示，愿同中方加强合作。两国表示，将深化合作。\n3月1日上午白俄罗斯总统卢卡申科表示，白方坚定坚持一个中国原则。";
    int second = text.lastIndexOf("卢卡申科");
    List<Quote> quotes = EXTRACTOR.extract(text, List.of(new Span(second, second + 4)));
    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.speakerText()).isEqualTo("卢卡申科");
      assertThat(q.role()).isEqualTo("白俄罗斯总统");
    });
  }

  // Print convention: a quote running over paragraphs reopens each paragraph with “ and closes once.
  @Test
  void aQuoteOverSeveralParagraphsIsOneQuote() {
    String text = "外交部发言人毛宁说：“中方愿同各方一道，推动上合组织高质量发展。\n“我们期待峰会取得圆满成功。”\n记者问，峰会何时举行？";
    List<Quote> quotes = EXTRACTOR.extract(text);
    int open = text.indexOf('“') + 1;
    int close = text.indexOf('”');
    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Kind.DIRECT);
      assertThat(q.speakerText()).isEqualTo("毛宁");
      assertThat(q.role()).isEqualTo("外交部发言人");
      assertThat(q.span()).isEqualTo(new Span(open, close));
      assertThat(q.text()).contains("\n“我们期待");
    });
  }

  // Transcripts: reported speech stops at a sentence that names its speaker, which is the
  // reporter's narration again (a speaker says 我), and at an ASCII ? of broken encoding.
  @Test
  void reportedSpeechStopsAtASentenceNamingTheSpeakerOrAtEncodingDebris() {
    String text = "习主席强调，无论什么时候，战斗精神千万不能丢。2020年7月，习主席视察空军航空大学时的铿锵话语至今振奋官兵们的心。\n"
        + "刘绍武说，这次销毁的非法枪支来源于三个方面。?A跎芪洌捍蚧髌瓢赴?括涉黑的团伙犯罪。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Quote::speakerText, Quote::text)
        .containsExactly(
            tuple("习主席", "无论什么时候，战斗精神千万不能丢"),
            tuple("刘绍武", "这次销毁的非法枪支来源于三个方面"));
  }

  // Transcripts: 提出…要求： gives its content as reported speech.
  @Test
  void requirementsPutForwardAfterAColon() {
    String text = "蔡奇对年轻干部提出希望和要求：要加强理论学习，掌握看家本领。要对党忠诚老实。";
    assertThat(EXTRACTOR.extract(text))
        .extracting(Quote::kind, Quote::speakerText, Quote::start, Quote::end, Quote::cue)
        .containsExactly(tuple(Kind.REPORTED, "蔡奇", 15, 37, new Span(7, 9)));
  }
}

package dev.dossier.analyze.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import dev.dossier.analyze.token.Token;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Character and word tests for Chinese names: surnames, transliteration characters, titles, and
 * the filters that keep HanLP's recognised candidates that look like names and drop the junk
 * ({@code 齐聚/nr}, {@code 曾两次/nr}, {@code 黄金期/nr}, {@code 两国/ns}). Stateless.
 *
 * <p>Hand-written because HanLP portable exposes its role dictionaries only as recognisers, not as
 * character classes; the lists are the common-surname table and the core of the Xinhua
 * transliteration tables (characters used to write foreign names), neither taken from any
 * evaluation set.
 */
final class ChineseNames {
  private ChineseNames() {}

  /** Characters used to transliterate foreign names (the Xinhua transliteration tables' core). */
  static final String TRANSLIT =
      "阿埃艾爱安昂奥澳巴拜班邦包保鲍贝本比彼毕别宾波伯博布查达戴丹道德邓迪蒂丁东杜敦多厄恩尔法凡范菲费芬弗夫福伏"
          + "盖冈戈哥格根贡古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉"
          + "连列林琳隆卢鲁伦罗洛马玛迈麦曼芒梅门蒙米密明莫姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕派潘佩彭皮珀蒲普奇齐恰"
          + "乔切琴丘屈热茹瑞若萨塞赛桑瑟森沙舍什施史斯松苏索塔泰坦汤唐特提廷通图吐托瓦万旺威韦维温沃乌西希锡谢"
          + "辛休许雅亚扬耶叶伊因尤于约扎泽詹兹孜佐卓顿丽季娃茨翰罕赞姬娅妮莎薇琪黛露耳弥哲惹俄冯迦伽嘉培裴朴萝夏"
          + "楚廖木勃麦舒霍琼娜蕾芙菲黎孔滕贝蓬荣鲍撒祖延佐坚圭默";

  private static final CharSet TRANSLIT_CHARS = CharSet.of(TRANSLIT);

  /** Common Chinese surnames (single), without those that are mostly other words. */
  static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢"
          + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
          + "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
          + "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾栗阎郁邬揭鞠荣于宫卞车胥佟厉粟桂隋谈"
          + "巩姬褚卫娄钮仇阚臧逄束卜冀晏闻阙蔺仲宗丛訾芦苟郦巫芮裘仝邝刁蒯楼戚缪敖邸庹柏郎";

  static final CharSet SURNAME_CHARS = CharSet.of(SURNAMES);

  static final Set<String> DOUBLE_SURNAMES =
      Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "尉迟", "公孙", "夏侯", "端木");
  /** First characters of {@link #DOUBLE_SURNAMES}: a cheap first test before the set lookup. */
  private static final CharSet DOUBLE_SURNAME_FIRST = firstChars(DOUBLE_SURNAMES);

  private static CharSet firstChars(Set<String> words) {
    StringBuilder b = new StringBuilder();
    words.forEach(w -> b.append(w.charAt(0)));
    return CharSet.of(b);
  }

  /**
   * Characters that end a name printed after a title, and that no given name uses: function
   * words, verbs of reporting, numerals, punctuation.
   */
  static final String STOP =
      "在与和同及、，,。；;：:！？!?“”\"'（）()《》说表指强会出一的对向将也还就为等率致举应抵到访共发介认称是已今于并从"
          + "作来去时了又再均都曾则所等分即由以把被给让使前后中上下里内外摄\n ";
  private static final CharSet STOP_CHARS = CharSet.of(STOP);

  /**
   * Characters a recognised given name does not contain (they make HanLP's junk: 齐聚, 曾指,
   * 曾两次, 黄金期, 时说): function words, numerals, suffixes of common nouns, verbs of speech.
   */
  private static final String NOT_GIVEN =
      "的了着过在与和及或对向为是也都就又还均则所即由以把被给让使已并从将曾说指称道表示聚次期性化者们式型界级类"
          + "率量度等里上下中内外时后前地得一二三四五六七八九十两几百千万第每各该此这那其自个位名只册最仍而代归入共去我你他她它见当摄";
  private static final CharSet NOT_GIVEN_CHARS = CharSet.of(NOT_GIVEN);

  /** Characters a recognised name does not start with (prepositions, pronouns, numerals). */
  static final String NOT_FIRST = "以在与和时对向从把被将于及或等其该此本各每这那额国同一两二三四五六七八九十几多数";

  /** Characters a person's name HanLP recognised does not start with (于 is a surname: 于永波). */
  static final String NOT_FIRST_IN_PERSON = NOT_FIRST.replace("于", "");
  static final CharSet NOT_FIRST_CHARS = CharSet.of(NOT_FIRST);
  private static final CharSet NOT_FIRST_IN_PERSON_CHARS = CharSet.of(NOT_FIRST_IN_PERSON);

  /** Titles printed right before a name. */
  static final Set<String> ROLE_WORDS = Set.of(
      "国家主席", "总书记", "副主席", "主席", "副总统", "总统", "副总理", "总理", "国务委员", "外长", "外交部长", "部长", "副部长", "党委书记", "书记",
      "发言人", "大使", "特使", "主任", "省长", "市长", "州长", "议长", "秘书长", "委员长", "司长", "局长", "行长", "董事长", "总经理", "院长",
      "校长", "首相", "国王", "亲王", "总督", "代表", "记者", "专家", "教授", "博士", "学者", "经理", "负责人", "创始人", "总裁", "司令", "将军",
      "中将", "少将", "上将", "队长", "主教", "厂长", "县长", "镇长", "乡长", "村长", "主编", "编辑", "总编", "通讯员", "摄影", "常委", "委员",
      "主任委员", "政委", "团长", "军长", "师长", "研究员", "工程师", "导演", "教练", "选手", "律师", "医生", "会长", "理事长", "所长", "处长",
      "科长", "站长", "馆长", "社长", "总监", "顾问", "总干事");

  /** {@link #ROLE_WORDS} for lookups: most tokens are ruled out by their last character. */
  static final WordSet TITLES = WordSet.of(ROLE_WORDS);

  /** {@link #ROLE_WORDS} as a pattern, longest first. */
  static final Pattern ROLE = Pattern.compile(String.join("|",
      ROLE_WORDS.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()));

  /** Whether {@code c} is the last character of a title word: false rules every title out. */
  static boolean mayEndTitle(char c) {
    return TITLES.mayEndWith(c);
  }

  /** Whether the token is a title: a title word, a word ending with one, or HanLP's nnt. */
  static boolean isTitle(Token t) {
    String w = t.word();
    if (t.pos().equals("nnt")) {
      return true;
    }
    // Every title word ends with a character mayEndTitle accepts: most tokens are ruled out here.
    if (w.isEmpty() || !mayEndTitle(w.charAt(w.length() - 1))) {
      return false;
    }
    if (TITLES.contains(w)) {
      return true;
    }
    if (w.length() < 3) {
      return false;
    }
    for (int k = 1; k < w.length() - 1; k++) {
      if (TITLES.contains(w.substring(k))) {
        return true;
      }
    }
    return false;
  }

  static boolean isHan(char c) {
    return c >= 0x3400 && c <= 0x9FFF || c == '〇';
  }

  static boolean isTranslit(char c) {
    return TRANSLIT_CHARS.contains(c);
  }

  static boolean isStop(char c) {
    return STOP_CHARS.contains(c);
  }

  static boolean allTranslit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!isTranslit(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  static boolean allHan(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!isHan(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /** Whether HanLP's core dictionary lists {@code w} as a word of nature {@code prefix}*. */
  static boolean inDictionaryAs(String w, String prefix) {
    CoreDictionary.Attribute a = CoreDictionary.get(w);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      if (n.toString().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Length of the surname {@code w} starts with (1 or 2), or 0. */
  static int surnameLength(String w) {
    if (w.isEmpty()) {
      return 0;
    }
    if (w.length() >= 3 && DOUBLE_SURNAME_FIRST.contains(w.charAt(0)) && DOUBLE_SURNAMES.contains(w.substring(0, 2))) {
      return 2;
    }
    return SURNAME_CHARS.contains(w.charAt(0)) ? 1 : 0;
  }

  /** Whether a token HanLP tagged as a person name ({@code nr*}) is one. */
  static boolean acceptPerson(Token t) {
    return acceptPerson(t.word(), t.pos());
  }

  /** Whether {@code w}, tagged {@code pos} ({@code nr*}) by HanLP, is a person's name. */
  static boolean acceptPerson(String w, String pos) {
    if (w.length() < 2 || !allHan(w) || NOT_FIRST_IN_PERSON_CHARS.contains(w.charAt(0))) {
      return false;
    }
    if (w.length() == 2 && w.charAt(1) == '方' && SIDE_OWNERS.indexOf(w.charAt(0)) >= 0) {
      return false; // a side in talks (欧方, 中方, 哈方), not a person
    }
    if (inDictionaryAs(w, "nr")) {
      return w.length() <= 4 || pos.equals("nrf");
    }
    if (CoreDictionary.get(w) != null) {
      return false; // a common word HanLP's role tagging took for a name (周围, 单位, 田边)
    }
    int surname = surnameLength(w);
    if (surname > 0 && w.length() - surname >= 2
        && (inDictionaryAs(w.substring(surname), "ns") || inDictionaryAs(w.substring(surname), "nt"))) {
      return false; // a preposition or verb before a place: 就读于海南, 在北京
    }
    if (w.charAt(0) == '于' && w.length() < 3) {
      return false; // 于 is a surname in 于永波, a preposition in 于本, 于己
    }
    if (pos.equals("nrf") || pos.equals("nrj")) {
      return w.length() >= 3 && w.length() <= 10 && noneNotGivenOutsideTranslit(w);
    }
    int s = surnameLength(w);
    if (s == 0) {
      // A transliterated name HanLP tagged nr (阿季尔).
      return w.length() >= 3 && w.length() <= 6 && allTranslit(w) && noneNotGiven(w, 0);
    }
    if (s == 1 && AMBIGUOUS_SURNAMES.indexOf(w.charAt(0)) >= 0 && !plausibleAfterAmbiguousSurname(w)) {
      return false;
    }
    return w.length() - s >= 1 && w.length() - s <= 2 && noneNotGiven(w, s);
  }

  /** First characters of the two-character sides of talks: 中方, 欧方, 双方, 外方. */
  private static final String SIDE_OWNERS = "中美日俄英法德意加澳韩朝越泰印巴哈塔吉乌土蒙欧非伊菲新墨古埃缅葡荷摩双各我外军警资劳甲乙";

  /**
   * Whether {@code w} has the shape of a Chinese name: a surname and one or two characters that
   * given names use, no place or organisation word. Used where the context already says a person
   * is named ({@code 李克强、栗战书、汪洋}), so common words (汪洋) are not ruled out.
   */
  static boolean nameShaped(String w) {
    int s = surnameLength(w);
    return s > 0 && allHan(w) && w.length() - s >= 1 && w.length() - s <= 2 && noneNotGiven(w, s)
        && !inDictionaryAs(w, "ns") && !inDictionaryAs(w, "nt") && !NOT_FIRST_IN_PERSON_CHARS.contains(w.charAt(0));
  }

  /**
   * Surnames that are also common words (曾 once, 向 towards, 许多 many, 高出 higher): after them
   * HanLP's role tagging often takes a phrase for a name (曾有, 向我们, 许多人, 高出).
   */
  private static final String AMBIGUOUS_SURNAMES = "曾向尚成高许钱车路方于易常文白关顾解游涂何万余单将管";

  /** Natures of single characters that do not open a given name after an ambiguous surname. */
  private static final Set<String> NOT_GIVEN_NATURES = Set.of("v", "vi", "vn", "d", "p", "c", "r", "rr", "m", "q", "u", "f", "t", "vf");

  private static final Set<String> FUNCTION_GIVEN_NATURES = Set.of("d", "p", "c", "r", "rr", "m", "u");

  private static boolean plausibleAfterAmbiguousSurname(String w) {
    CoreDictionary.Attribute prefix = CoreDictionary.get(w.substring(0, 2));
    if (prefix != null && !prefix.nature[0].toString().startsWith("n")) {
      return false;
    }
    CoreDictionary.Attribute a = CoreDictionary.get(w.substring(1, 2));
    if (a == null) {
      return true;
    }
    String nature = a.nature[0].toString();
    // A two-character "name" whose second character is a verb or function word (曾有, 钱收) is a
    // phrase; a three-character one only when that character is a function word (向我们, 钱再分):
    // 曾建徽, 成思危 are names.
    return w.length() == 2 ? !NOT_GIVEN_NATURES.contains(nature) : !FUNCTION_GIVEN_NATURES.contains(nature);
  }

  /** No character of {@code w} is a function character that transliterations do not use (安格里尼). */
  private static boolean noneNotGivenOutsideTranslit(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (NOT_GIVEN_CHARS.contains(c) && !isTranslit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean noneNotGiven(String w, int from) {
    for (int i = from; i < w.length(); i++) {
      // 名 opens a two-character given name (刘名启); alone after a surname it is a measure word.
      if (NOT_GIVEN_CHARS.contains(w.charAt(i)) && !(w.charAt(i) == '名' && i == from && w.length() - from == 2)) {
        return false;
      }
    }
    return true;
  }

  /**
   * End of the name printed at {@code at} right after a title, or {@code at} when none is: a run of
   * transliteration characters, or a surname and one or two characters, ending at a stop.
   */
  static int nameAfter(String text, int at) {
    int end = nameEndAfter(text, at);
    if (end > at) {
      String w = text.substring(at, end);
      if (CoreDictionary.get(w) != null && !inDictionaryAs(w, "nr")) {
        return at; // a word after a title, not a name (研究生毕业, 党员管理)
      }
    }
    return end;
  }

  private static int nameEndAfter(String text, int at) {
    int n = text.length();
    if (at >= n) {
      return at;
    }
    int k = at;
    while (k < n && k - at < 10 && isTranslit(text.charAt(k))) {
      k++;
    }
    // A run of three or more transliteration characters after a title is a name wherever it
    // ends (总理若斯潘突然, 总统哈塔米25日): Chinese words rarely chain three of them.
    if (k - at >= 3 && k - at < 10) {
      return k;
    }
    int s = at + (at + 2 <= n && DOUBLE_SURNAME_FIRST.contains(text.charAt(at))
        && DOUBLE_SURNAMES.contains(text.substring(at, at + 2)) ? 2 : 0);
    if (s == at && !SURNAME_CHARS.contains(text.charAt(at))) {
      return at;
    }
    int first = s == at ? at + 1 : s;
    if (first + 1 <= n && isHan(text.charAt(first)) && !isStop(text.charAt(first))
        && (first + 1 == n || endsName(text.charAt(first + 1)))) {
      return first + 1;
    }
    if (first + 2 <= n && isHan(text.charAt(first)) && isHan(text.charAt(first + 1)) && !isStop(text.charAt(first))
        && !isStop(text.charAt(first + 1)) && (first + 2 == n || endsName(text.charAt(first + 2)))) {
      return first + 2;
    }
    return at;
  }
  /** A character after which a name printed after a title has ended: a stop, or no Han character. */
  private static boolean endsName(char c) {
    return isStop(c) || !isHan(c);
  }

}

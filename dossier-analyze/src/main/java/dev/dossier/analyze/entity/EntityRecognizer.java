package dev.dossier.analyze.entity;

import dev.dossier.analyze.token.Token;
import dev.dossier.analyze.token.Tokenizer;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People, places and organisations of an article, one entry per real-world entity.
 *
 * <p>Works on the one segmentation of the text that the token stage makes ({@link Tokenizer}:
 * HanLP's dictionary words with their natures, person names recognised by HanLP's role-tagging
 * recognisers). Candidates, resolved longest first within each level of trust so that an
 * organisation keeps the place it is named after ({@code 河北省教育厅}, not {@code 河北省}):
 *
 * <ol>
 *   <li>the curated gazetteer (Chinese and English spellings of one entity map to it), names
 *       joined with · taken whole ({@code 古丽娜尔·沙伊梅尔格诺娃}), organisations composed of a place
 *       or organisation and the words up to an organisation suffix ({@code 中国/ns 新疆/ns
 *       友好/a 交流/vn 访问团/nis}), places composed of a name and a suffix ({@code 金钟/nr 区});
 *   <li>a name right after a title ({@code 自治区党委书记马兴瑞}); HanLP's person tokens, filtered
 *       (a surname and a given name without function words or numerals, a transliteration);
 *       the dictionary's place and organisation words ({@code ns}, {@code nt}); a name inside a
 *       compound ({@code 邓小平理论}); country abbreviations in relations ({@code 中美关系}: 中, 美)
 *       and after verbs of travel ({@code 访华}: 华);
 *   <li>English names ({@link EnglishNames}) in the Latin parts of the text;
 *   <li>a name found once, wherever else it is printed.
 * </ol>
 *
 * Titles are kept apart as roles ({@link Roles}: whole words printed right before or after the
 * name, {@code 哈萨克斯坦共和国总统托卡耶夫}, {@code 托卡耶夫总统}); the country is the gazetteer's, else
 * the place printed before the name ({@code 哈萨克斯坦小城扎尔肯特}) or opening it ({@code
 * 哈萨克斯坦农业部}). Immutable and thread-safe.
 */
public final class EntityRecognizer {
  /** Words that end an organisation's name. */
  private static final WordSet ORG_SUFFIX_WORDS = WordSet.of(
      "组织", "委员会", "理事会", "部", "局", "厅", "署", "院", "银行", "公司", "集团", "大学", "学院", "学校", "中学",
      "小学", "协会", "学会", "联合会", "政府", "党委", "社", "报", "报社", "电视台", "电台", "出版社", "通讯社", "中心",
      "研究所", "研究院", "研究中心", "基金会", "议会", "国会", "联盟", "法院", "检察院", "医院", "工坊", "商会", "办公室",
      "办公厅", "总局", "分行", "支行", "代表团", "访问团", "工作组", "俱乐部", "党", "军", "部队", "工厂", "厂", "委",
      "总部", "分校", "博物馆", "图书馆", "研究会", "促进会", "人大", "政协", "常委会", "团", "队", "所", "处");
  /** Last characters that make a place of what HanLP tagged as a person. */
  private static final String PERSON_AS_PLACE_SUFFIX = "市县村镇乡邦州省";
  /** Words after a country that make no organisation of it (中国政府 is China's government). */
  private static final WordSet GOVERNMENT_WORDS = WordSet.of("政府", "当局");
  /** Words that open organisations' names (国家体育总局, 省公安厅) though they are no names themselves. */
  private static final WordSet ORG_HEAD_WORDS =
      WordSet.of("国家", "中央", "全国", "世界", "国际", "省", "市", "县", "区", "州", "自治区", "最高");
  /** Committees of a province, city, county, district, the army, or sports: 市委, 军委. */
  private static final String COMMITTEE_OWNERS = "省市县区州镇乡军体";
  /** Characters an organisation's name does not start with. */
  private static final CharSet NOT_FIRST_IN_ORGANISATION = CharSet.of("以在与和时对向从把被将于及或等其该此本各每这那额同");
  /** Last characters of dictionary nouns that name an organisation. */
  private static final CharSet ORGANISATION_WORD_END = CharSet.of("部局厅署委院所社军党校厂");
  /** One-character suffixes that make a place of the name before them. */
  private static final CharSet PLACE_SUFFIX = CharSet.of("省市县区州镇乡村旗岛");
  /** Country abbreviations in relations and after verbs of travel, with the country they stand for. */
  private static final Map<Character, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry('中', "中国"), Map.entry('美', "美国"), Map.entry('日', "日本"), Map.entry('俄', "俄罗斯"),
      Map.entry('英', "英国"), Map.entry('法', "法国"), Map.entry('德', "德国"), Map.entry('意', "意大利"),
      Map.entry('加', "加拿大"), Map.entry('澳', "澳大利亚"), Map.entry('韩', "韩国"), Map.entry('朝', "朝鲜"),
      Map.entry('越', "越南"), Map.entry('泰', "泰国"), Map.entry('印', "印度"), Map.entry('巴', "巴基斯坦"),
      Map.entry('哈', "哈萨克斯坦"), Map.entry('塔', "塔吉克斯坦"), Map.entry('吉', "吉尔吉斯斯坦"),
      Map.entry('乌', "乌兹别克斯坦"), Map.entry('土', "土耳其"), Map.entry('蒙', "蒙古国"), Map.entry('欧', "欧洲"),
      Map.entry('非', "非洲"), Map.entry('伊', "伊朗"), Map.entry('菲', "菲律宾"),
      Map.entry('新', "新加坡"), Map.entry('墨', "墨西哥"), Map.entry('古', "古巴"), Map.entry('埃', "埃及"),
      Map.entry('华', "中国"), Map.entry('港', "香港"), Map.entry('台', "台湾"), Map.entry('京', "北京"),
      Map.entry('沪', "上海"), Map.entry('缅', "缅甸"), Map.entry('葡', "葡萄牙"), Map.entry('荷', "荷兰"));
  /** Words after a run of country abbreviations that make it a relation between countries. */
  private static final List<String> RELATION_WORDS = List.of("关系", "两国", "三国", "四国", "五国", "两党", "双边", "双方",
      "合作", "友好", "友谊", "贸易", "经贸", "联合", "之间", "建交", "首脑", "峰会", "会谈", "会晤", "对话", "战略", "伙伴",
      "边境", "交往", "人民", "外长", "元首", "领导人", "公报", "协定", "条约", "边界", "论坛", "合资", "航线", "铁路", "班列",
      "文化", "人文", "年", "间");
  /** The abbreviations that make runs (中美); 华, 港, 台, 京, 沪 only follow verbs of travel. */
  private static final CharSet RUN_ABBREVIATIONS = CharSet.of("中美日俄英法德意加澳韩朝越泰印巴哈塔吉乌土蒙欧非伊菲新墨古埃缅葡荷");
  private static final CharSet TRAVEL_VERBS = CharSet.of("访来赴抵离驻在旅返回留");
  private static final CharSet TRAVEL_PLACES = CharSet.of("华京港澳台沪美日俄英法德韩朝");
  /** Words after a name inside a compound HanLP keeps whole ({@code 邓小平理论}). */
  private static final List<String> NAME_COMPOUND_ENDS =
      List.of("理论", "思想", "主义", "同志", "主席", "总理", "总统", "先生", "女士", "故居", "纪念馆", "旗帜");
  /** Titles after which a surname alone names a person (江主席). */
  private static final Set<String> SURNAME_TITLES = Set.of("主席", "总理", "总统", "委员长", "总书记", "同志", "先生", "女士",
      "部长", "书记", "老", "大娘", "大爷", "老师", "小姐", "教授", "局长", "副局长", "厂长", "市长", "县长", "省长", "校长",
      "院长", "经理", "主任", "副主任", "副主席", "副总理", "副总统", "外长", "大使", "师傅", "医生", "大夫", "董事长", "总裁",
      "副总裁", "处长", "科长", "所长", "村长", "镇长", "乡长", "队长", "教练");

  private final Gazetteer gazetteer = Gazetteer.bundled();
  private final Tokenizer tokenizer;

  public EntityRecognizer() {
    this(new Tokenizer());
  }

  /** A recogniser that segments with {@code tokenizer} when it is not handed the tokens. */
  public EntityRecognizer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** A name printed in the text. {@code key} is what links mentions of one entity. */
  public record Mention(int start, int end, EntityType type, String key) {
    public Span span() {
      return new Span(start, end);
    }
  }

  /**
   * A candidate mention; {@code keys} non-null for a run of country abbreviations, taken or
   * dropped as a whole and added one character at a time ({@code 中美}: 中, 美).
   */
  private record Candidate(int start, int end, EntityType type, String key, int level, List<String> keys) {
    Candidate(int start, int end, EntityType type, String key, int level) {
      this(start, end, type, key, level, null);
    }
  }

  /**
   * The entities of {@code text}, ids {@code e1, e2, ...} in order of first mention; segments the
   * text itself.
   *
   * @param paragraphs the text's paragraphs; may be empty (English parts are found by script)
   */
  public List<Entity> recognize(String text, List<Paragraph> paragraphs) {
    return recognize(text, tokenizer.tokenize(text), paragraphs);
  }

  /** The entities of {@code text}, given its tokens ({@link Tokenizer}'s segmentation of it). */
  public List<Entity> recognize(String text, List<Token> tokens, List<Paragraph> paragraphs) {
    List<Mention> mentions = mentions(text, tokens);
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String key : byKey.keySet()) {
      ids.put(key, "e" + (ids.size() + 1));
    }
    Map<Integer, Integer> names = new java.util.HashMap<>();
    Map<Integer, Mention> byStart = new java.util.HashMap<>();
    for (Mention m : mentions) {
      byStart.put(m.start(), m);
      if (m.type() != EntityType.PERSON) {
        names.put(m.end(), m.start());
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
      String key = e.getKey();
      List<Mention> ms = e.getValue();
      Gazetteer.Entry entry = gazetteer.get(key);
      Set<String> aliases = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      String country = null;
      for (Mention m : ms) {
        aliases.add(text.substring(m.start(), m.end()));
        String modifier = Roles.modifierBefore(text, tokens, names, m.start());
        if (m.type() == EntityType.PERSON) {
          String before = Roles.before(modifier, tokens, m.start());
          String after = Roles.after(text, tokens, m.end());
          if (before != null) {
            roles.add(before);
          }
          if (after != null) {
            roles.add(after);
          }
        }
        // The country printed before the name (哈萨克斯坦总统托卡耶夫, 哈萨克斯坦小城扎尔肯特), or,
        // for a name the gazetteer does not hold, the place that opens it (哈萨克斯坦农业部).
        // Only for names the gazetteer does not hold: its entries carry their own country.
        String place = null;
        if (entry == null && modifier != null && !modifier.isEmpty()) {
          place = countryOf(byStart.get(m.start() - modifier.length()));
          if (place == null) {
            Gazetteer.Entry opening = countryOpening(modifier);
            place = opening == null ? null : opening.canonical();
          }
        }
        if (place == null && entry == null && m.type() != EntityType.PERSON) {
          Gazetteer.Entry opening = countryOpening(key);
          place = opening == null ? null : opening.canonical();
        }
        if (country == null && place != null && !place.equals(key)) {
          country = place;
        }
      }
      if (entry != null) {
        // Aliases that carry a title (习主席) are spellings to find, not names to show.
        entry.aliases().stream().filter(a -> !Roles.endsWithTitle(a)).forEach(aliases::add);
        if (entry.country() != null) {
          country = entry.country();
        }
      }
      aliases.remove(key);
      // The schema promises an entity id: a country the article never names has no entity, so it
      // stays null rather than turning the field into an id here and a name there.
      String countryRef = country == null ? null : ids.get(country);
      if (key.equals(country)) {
        countryRef = null;
      }
      out.add(new Entity(ids.get(key), key, ms.get(0).type(), List.copyOf(aliases), List.copyOf(roles), countryRef,
          ms.stream().map(Mention::span).toList()));
    }
    return List.copyOf(out);
  }

  /** Every mention, in text order, non-overlapping; segments the text itself. */
  public List<Mention> mentions(String text) {
    return mentions(text, tokenizer.tokenize(text));
  }

  /** Every mention, in text order, non-overlapping, given the text's tokens. */
  public List<Mention> mentions(String text, List<Token> tokens) {
    List<Candidate> candidates = new ArrayList<>();
    // Level 0: gazetteer, ·-names, composed organisations and places.
    for (Gazetteer.Hit h : gazetteer.find(text)) {
      int end = h.end();
      if (h.entry().type() == EntityType.PERSON) {
        // A spelling with its title (习主席): the name alone is the mention, the title its role.
        while (end - h.start() > 1 && Roles.endsWithTitle(text.substring(h.start(), end))) {
          end -= Roles.titleLength(text.substring(h.start(), end));
        }
      }
      candidates.add(new Candidate(h.start(), end, h.entry().type(), h.entry().canonical(), 0));
    }
    dotNames(text, tokens, candidates);
    composeOrganisations(text, tokens, candidates);
    composePlaces(tokens, candidates);
    // Level 1: titles + names, HanLP's words, compounds, abbreviations.
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      word(text, t, candidates);
      splitName(text, tokens, i, candidates);
      if (t.pos().startsWith("nr") && t.word().length() >= 2 && "说称".indexOf(t.word().charAt(t.word().length() - 1)) >= 0) {
        speakerGluedToVerb(text, tokens, i, candidates);
      }
      int cue = !t.word().isEmpty() && CUE_FIRST.contains(t.word().charAt(0)) ? CUES.getOrDefault(t.word(), 0) : 0;
      if ((cue & SPEECH_CUE) != 0) {
        speakerBefore(text, tokens, i, candidates);
      }
      if ((cue & NOUN_CUE) != 0) {
        transliterationAfterNoun(text, t, candidates);
      }
      boolean courtesy = (cue & SURNAME_TITLE_CUE) != 0;
      boolean title = ChineseNames.isTitle(t);
      if (title) {
        int end = ChineseNames.nameAfter(text, t.end());
        if (end > t.end()) {
          candidates.add(new Candidate(t.end(), end, EntityType.PERSON, text.substring(t.end(), end), 1));
        }
        nameTokensAfterTitle(text, tokens, i, candidates);
        nameBeforeTitle(text, tokens, i, candidates);
      }
      if (courtesy || title) {
        transliterationBeforeTitle(text, tokens, i, candidates);
      }
      if (courtesy) {
        // A surname alone before a title (江主席, 陈小姐): the name token right before it.
        if (i > 0) {
          Token s = tokens.get(i - 1);
          if (s.word().length() == 1 && s.end() == t.start() && ChineseNames.SURNAME_CHARS.contains(s.word().charAt(0))
              && "向于和同对与从任".indexOf(s.word().charAt(0)) < 0
              && (s.start() == 0 || !ChineseNames.isHan(text.charAt(s.start() - 1))
                  || i > 1 && natureIn(BOUNDARY_NATURE, tokens.get(i - 2).pos()))) {
            candidates.add(new Candidate(s.start(), s.end(), EntityType.PERSON, s.word(), 2));
          }
        }
      }
    }
    abbreviations(text, tokens, candidates);

    boolean[] taken = new boolean[text.length()];
    List<Mention> out = new ArrayList<>();
    candidates.sort(CANDIDATE_ORDER);
    for (Candidate c : candidates) {
      if (c.keys() == null) {
        add(out, taken, c.start(), c.end(), c.type(), c.key());
      } else if (free(taken, c.start(), c.end())) {
        for (int i = c.start(); i < c.end(); i++) {
          add(out, taken, i, i + 1, c.type(), c.keys().get(i - c.start()));
        }
      }
    }
    placesByContext(text, out);
    coordinatedNames(text, tokens, taken, out);
    // Level 3: English names the gazetteer does not hold.
    for (EnglishNames.Name n : EnglishNames.find(text, taken)) {
      add(out, taken, n.start(), n.end(), n.type(), n.key());
    }
    // Level 4: a name found once is found wherever it is printed; a last ·-part names its person.
    Map<String, Mention> names = new LinkedHashMap<>();
    for (Mention m : List.copyOf(out)) {
      String surface = text.substring(m.start(), m.end());
      if (surface.length() >= 2 && ChineseNames.allHan(surface)) {
        names.putIfAbsent(surface, m);
      }
      if (m.type() == EntityType.PERSON && surface.contains("·")) {
        String last = surface.substring(surface.lastIndexOf('·') + 1);
        if (last.length() >= 2) {
          names.putIfAbsent(last, m);
        }
      }
    }
    for (Map.Entry<String, Mention> n : names.entrySet()) {
      String s = n.getKey();
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        add(out, taken, i, i + s.length(), n.getValue().type(), n.getValue().key());
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * Level, then longest first, runs of abbreviations before single names of the same length, then
   * text order; one comparator instead of a chain of four (the chain's lambdas showed in profiles).
   */
  private static final Comparator<Candidate> CANDIDATE_ORDER = (a, b) -> {
    int c = Integer.compare(a.level(), b.level());
    if (c == 0) {
      c = Integer.compare(a.start() - a.end(), b.start() - b.end());
    }
    if (c == 0) {
      c = Integer.compare(a.keys() == null ? 1 : 0, b.keys() == null ? 1 : 0);
    }
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Mention> out, boolean[] taken, int start, int end, EntityType type, String key) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return;
      }
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    out.add(new Mention(start, end, type, key));
  }

  /** One token as a candidate: HanLP's person names (filtered), dictionary places and organisations. */
  private static void word(String text, Token t, List<Candidate> out) {
    String w = t.word();
    String pos = t.pos();
    // Every rule below wants a noun (n*) or an abbreviation (j), but for a committee (市委/?) that
    // organisationWord takes whatever its nature: most tokens (verbs, particles) stop here.
    boolean nounLike = !pos.isEmpty() && pos.charAt(0) == 'n' || pos.equals("j");
    if (!nounLike && !(w.length() == 2 && w.charAt(1) == '委')) {
      return;
    }
    boolean properNoun = pos.startsWith("nr") || pos.equals("nz") && w.length() == 3;
    if (properNoun && w.length() >= 2 && !ChineseNames.inDictionaryAs(w, "nr") && ChineseNames.surnameLength(w) >= 1) {
      // A surname and a title HanLP took together (江主席/nr, 陈老师/nz): the surname is the name.
      for (int k = 3; k >= 1; k--) {
        int n = w.length() - k;
        if (n >= 1 && n <= (pos.equals("nz") ? 1 : 3) && SURNAME_TITLES.contains(w.substring(n))) {
          out.add(new Candidate(t.start(), t.start() + n, EntityType.PERSON, w.substring(0, n), 1));
          return;
        }
      }
    }
    if (pos.startsWith("nr")) {
      // After a numeral, 万 and 余 are not surnames (30万只, 四百余册).
      boolean afterNumeral = t.start() > 0 && "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几多余"
          .indexOf(text.charAt(t.start() - 1)) >= 0;
      if (!afterNumeral && w.length() >= 3 && PERSON_AS_PLACE_SUFFIX.indexOf(w.charAt(w.length() - 1)) >= 0
          && !ChineseNames.inDictionaryAs(w, "nr")) {
        // HanLP's role tagging took a place for a person: 安东市, 魏公村, 马哈拉施特拉邦.
        out.add(new Candidate(t.start(), t.end(), EntityType.PLACE, w, 1));
      } else if (!afterNumeral && ChineseNames.acceptPerson(t)) {
        out.add(new Candidate(t.start(), t.end(), EntityType.PERSON, w, 1));
      }
    } else if (pos.startsWith("ns")) {
      if (acceptPlace(w) && mainlyNamed(w, "ns")) {
        out.add(new Candidate(t.start(), t.end(), EntityType.PLACE, w, 0));
      }
    } else if (pos.startsWith("nt") || organisationWord(t)) {
      if (acceptOrganisation(w) && (organisationWord(t) || mainlyNamed(w, "nt"))) {
        out.add(new Candidate(t.start(), t.end(), EntityType.ORG, w, 0));
      }
    } else if (w.length() >= 4 && pos.startsWith("n") && ChineseNames.allHan(w)) {
      // A name HanLP keeps inside a compound word: 邓小平理论.
      for (String end : NAME_COMPOUND_ENDS) {
        int n = w.length() - end.length();
        if (n >= 2 && n <= 4 && w.endsWith(end) && ChineseNames.inDictionaryAs(w.substring(0, n), "nr")) {
          out.add(new Candidate(t.start(), t.start() + n, EntityType.PERSON, w.substring(0, n), 1));
          break;
        }
      }
    }
  }

  /**
   * Whether the core dictionary's most frequent reading of {@code w} is a name of nature {@code
   * prefix}* (not 现代/t, 光明/n, which HanLP's custom dictionary also lists as companies); a word
   * only the custom dictionary holds counts when it is three characters or longer.
   */
  private static boolean mainlyNamed(String w, String prefix) {
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
    if (a == null) {
      return w.length() >= 3 || prefix.equals("ns");
    }
    for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) {
      if (n.toString().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name HanLP cut apart. A two-character name and one more character that is no function word,
   * ending at punctuation or a word boundary ({@code 吴亮/nr 星/n 、}); a transliterated name and
   * the transliteration characters HanLP left beside it ({@code 阿布/nrf 巴卡尔/nr}, {@code 克/q
   * 罗科洛/nr}).
   */
  private static void splitName(String text, List<Token> tokens, int i, List<Candidate> out) {
    Token t = tokens.get(i);
    if (!t.pos().startsWith("nr")) {
      return;
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (t.word().length() == 2 && ChineseNames.surnameLength(t.word()) == 1 && next != null
        && next.word().length() == 1 && next.start() == t.end() && ChineseNames.isHan(next.word().charAt(0))) {
      int after = next.end();
      boolean punctuated = after == text.length() || !ChineseNames.isHan(text.charAt(after));
      boolean bounded = punctuated
          || i + 2 < tokens.size() && natureIn(BOUNDARY_NATURE, tokens.get(i + 2).pos());
      // An adverb or function character ends the name only before punctuation (罗毅/nr 刚/d ，).
      bounded &= punctuated || !natureIn(FUNCTION_NATURE, next.pos());
      // These verbs after a name are the next word, not its third character: 宋佳/nr 饰/v ） (a
      // film credit), 宋佳/nr 有/vyou 过. (Verbs in general are not: HanLP tags many a name's last
      // character v, and ruling them all out costs person recall on MSRA.)
      bounded &= !(natureIn("v", next.pos()) && "饰有做".indexOf(next.word().charAt(0)) >= 0);
      String w = t.word() + next.word();
      if ((bounded || SPLIT_TAIL_NATURES.contains(next.pos())) && ChineseNames.acceptPerson(w, "nr")) {
        out.add(new Candidate(t.start(), next.end(), EntityType.PERSON, w, 1));
      }
    }
    if (!t.pos().equals("nrf") && !ChineseNames.allTranslit(t.word())) {
      return;
    }
    int from = i;
    int to = i;
    while (from > 0 && translitPiece(tokens.get(from - 1)) && tokens.get(from - 1).end() == tokens.get(from).start()
        && t.end() - tokens.get(from - 1).start() <= 8) {
      from--;
    }
    while (to + 1 < tokens.size() && translitPiece(tokens.get(to + 1))
        && tokens.get(to + 1).start() == tokens.get(to).end() && tokens.get(to + 1).end() - tokens.get(from).start() <= 8) {
      to++;
    }
    if (to > from) {
      int start = tokens.get(from).start();
      int end = tokens.get(to).end();
      if (end - start >= 3) {
        out.add(new Candidate(start, end, EntityType.PERSON, text.substring(start, end), 1));
      }
    }
  }

  /** A token that can be a piece of a transliterated name HanLP cut apart. */
  private static boolean translitPiece(Token t) {
    return t.word().length() <= 3 && ChineseNames.allTranslit(t.word()) && !natureIn(FUNCTION_NATURE, t.pos())
        && !ChineseNames.isTitle(t) && (t.word().length() == 1 || t.pos().startsWith("nr"));
  }

  /**
   * A name printed after its title as HanLP's tokens: name tokens and transliteration pieces
   * ({@code 总统/nnt 哈塔米/nrf 25日}, {@code 总理/nnt 基里/nr 延/? 科/?}), with at least one name token.
   */
  private static void nameTokensAfterTitle(String text, List<Token> tokens, int title, List<Candidate> out) {
    int k = title + 1;
    boolean named = false;
    int end = tokens.get(title).end();
    while (k < tokens.size() && tokens.get(k).start() == end && end - tokens.get(title).end() < 10) {
      Token t = tokens.get(k);
      // A name HanLP's dictionary lists as another proper noun (栗战书/nz) counts right after a title.
      boolean name = t.pos().startsWith("nr") && ChineseNames.acceptPerson(t)
          || k == title + 1 && t.pos().equals("nz") && t.word().length() == 3 && ChineseNames.nameShaped(t.word());
      if (!name && !translitPiece(t)) {
        break;
      }
      named |= name;
      end = t.end();
      k++;
    }
    int start = tokens.get(title).end();
    if (named && end - start >= 2) {
      out.add(new Candidate(start, end, EntityType.PERSON, text.substring(start, end), 1));
    }
  }

  /** Verbs of speech that follow the speaker's name. */
  private static final Set<String> SPEECH_VERBS =
      Set.of("说", "表示", "指出", "强调", "认为", "告诉", "介绍", "称", "透露", "回忆", "坦言", "笑着说", "解释");

  /**
   * The speaker printed right before a verb of speech, after punctuation or at the start: a
   * surname and one or two characters HanLP left unrecognised ({@code ，韩/b 杼/g 滨/ng 说}), or a
   * run of transliteration characters ({@code 。若/c 斯潘/nr 说}); not a dictionary word.
   */
  private static void speakerBefore(String text, List<Token> tokens, int verb, List<Candidate> out) {
    int end = tokens.get(verb).start();
    for (int n = 4; n >= 2; n--) {
      int start = end - n;
      if (start < 0 || start > 0 && ChineseNames.isHan(text.charAt(start - 1))) {
        continue;
      }
      String w = text.substring(start, end);
      if (!ChineseNames.allHan(w) || com.hankcs.hanlp.dictionary.CoreDictionary.get(w) != null || !startsToken(tokens, verb, start)) {
        continue;
      }
      boolean chinese = n <= 3 && ChineseNames.surnameLength(w) >= 1 && ChineseNames.acceptPerson(w, "nr");
      boolean translit = n >= 2 && ChineseNames.allTranslit(w);
      if (chinese || translit) {
        out.add(new Candidate(start, end, EntityType.PERSON, w, 1));
        return;
      }
    }
  }

  /**
   * A transliterated name printed right before its title, as single characters and name pieces
   * HanLP left apart ({@code 维/b 埃/b 拉/v 总统}, {@code 基/ng 里/f 延科/nr 总理}, {@code 卓/ag 科达/nz
   * 先生}), after punctuation or a function word; all its characters transliteration characters
   * but for one name token HanLP recognised.
   */
  private static void transliterationBeforeTitle(String text, List<Token> tokens, int title, List<Candidate> out) {
    int end = tokens.get(title).start();
    int k = title - 1;
    int start = end;
    while (k >= 0 && tokens.get(k).end() == start && end - tokens.get(k).start() <= 6 && translitBeforeTitle(tokens.get(k))) {
      start = tokens.get(k).start();
      k--;
    }
    if (end - start < 2 || k == title - 2 && !tokens.get(title - 1).pos().startsWith("nr") && tokens.get(title - 1).word().length() > 1) {
      return;
    }
    boolean opens = start == 0 || !ChineseNames.isHan(text.charAt(start - 1))
        || k >= 0 && natureIn(BOUNDARY_NATURE, tokens.get(k).pos());
    String w = text.substring(start, end);
    // All transliteration characters, or pieces around a name token of HanLP's (基/ng 里/f 延科/nr).
    boolean pieces = title - 1 - k >= 2 && tokens.get(k + 1).word().length() == 1;
    for (int j = k + 1; j < title && pieces; j++) {
      // A Chinese name among the pieces is a person of its own (宣教科/n 郝彦南/nr 同志).
      pieces = !tokens.get(j).pos().startsWith("nr") || ChineseNames.surnameLength(tokens.get(j).word()) == 0;
    }
    if (opens && com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null && (ChineseNames.allTranslit(w) || pieces)) {
      out.add(new Candidate(start, end, EntityType.PERSON, w, 1));
    }
  }

  private static boolean translitBeforeTitle(Token t) {
    String w = t.word();
    if (w.length() == 1) {
      return ChineseNames.isTranslit(w.charAt(0)) && "pcuwrmqy".indexOf(t.pos().charAt(0)) < 0;
    }
    return t.pos().startsWith("nr") && w.length() <= 4 || t.pos().equals("nz") && w.length() <= 4 && ChineseNames.allTranslit(w);
  }

  /** Nouns of places after which a transliteration names the place: 小城扎尔肯特. */
  private static final Set<String> PLACE_NOUNS =
      Set.of("小城", "城市", "小镇", "城镇", "首都", "首府", "港口", "港城", "古城", "边城", "口岸", "村庄", "小村", "州府");
  /** Nouns of people after which a transliteration names the person: 青年塔亚. */
  private static final Set<String> PERSON_NOUNS = Set.of("青年", "学生", "留学生", "姑娘", "小伙", "小伙子", "女孩",
      "男孩", "少年", "村民", "牧民", "司机", "工人", "农民", "老人", "妇女", "女士", "先生", "志愿者", "游客", "商人", "姐姐",
      "哥哥", "妹妹", "弟弟", "儿子", "女儿", "妻子", "丈夫", "外援", "球员", "名将", "队员", "前锋", "后卫", "门将", "男友",
      "女友", "作家", "诗人", "画家", "歌手", "演员", "科学家");
  private static final int SPEECH_CUE = 1;
  private static final int NOUN_CUE = 2;
  private static final int SURNAME_TITLE_CUE = 4;
  /**
   * The cue words of the token scan with what each cues, so that a token costs one lookup instead
   * of one per list (the lookups were a third of the recogniser's own time).
   */
  private static final Map<String, Integer> CUES = cues();
  /** First characters of the cue words: most tokens need no lookup. */
  private static final CharSet CUE_FIRST =
      CharSet.of(CUES.keySet().stream().map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining()));

  private static Map<String, Integer> cues() {
    Map<String, Integer> m = new java.util.HashMap<>();
    SPEECH_VERBS.forEach(w -> m.merge(w, SPEECH_CUE, (a, b) -> a | b));
    PLACE_NOUNS.forEach(w -> m.merge(w, NOUN_CUE, (a, b) -> a | b));
    PERSON_NOUNS.forEach(w -> m.merge(w, NOUN_CUE, (a, b) -> a | b));
    SURNAME_TITLES.forEach(w -> m.merge(w, SURNAME_TITLE_CUE, (a, b) -> a | b));
    return Map.copyOf(m);
  }

  /** Words after a transliteration that make it a place: 在撒马尔罕举行, 撒马尔罕峰会. */
  private static final List<String> PLACE_EVENT_WORDS = List.of("举行", "召开", "举办", "开幕", "闭幕");

  /**
   * A transliteration printed right after a noun of places or people, up to punctuation or a
   * stop character ({@code 小城扎尔肯特，}, {@code 青年塔亚是}): the place or person it names.
   */
  private static void transliterationAfterNoun(String text, Token noun, List<Candidate> out) {
    int at = noun.end();
    int end = at;
    while (end < text.length() && end - at < 8 && ChineseNames.isTranslit(text.charAt(end))) {
      end++;
    }
    if (end - at < 2 || end < text.length() && ChineseNames.isHan(text.charAt(end)) && !ChineseNames.isStop(text.charAt(end))) {
      return;
    }
    String w = text.substring(at, end);
    if (com.hankcs.hanlp.dictionary.CoreDictionary.get(w) != null) {
      return;
    }
    EntityType type = PLACE_NOUNS.contains(noun.word()) ? EntityType.PLACE : EntityType.PERSON;
    out.add(new Candidate(at, end, type, w, 1));
  }

  /**
   * Transliterations HanLP took for persons that the words around make places: {@code 在撒马尔罕举行},
   * {@code 撒马尔罕峰会}.
   */
  private static void placesByContext(String text, List<Mention> out) {
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      String w = text.substring(m.start(), m.end());
      if (m.type() != EntityType.PERSON || w.length() < 3 || !ChineseNames.allTranslit(w)) {
        continue;
      }
      boolean held = m.start() > 0 && "在于".indexOf(text.charAt(m.start() - 1)) >= 0
          && PLACE_EVENT_WORDS.stream().anyMatch(v -> text.startsWith(v, m.end()));
      if (held || text.startsWith("峰会", m.end())) {
        out.set(i, new Mention(m.start(), m.end(), EntityType.PLACE, m.key()));
      }
    }
  }

  /**
   * Names in a list of persons ({@code 习近平、李克强、栗战书、汪洋}): an item between 、 next to a
   * person's name, shaped like a Chinese name, is one even when HanLP took it for a word (栗战书/nz,
   * 汪洋/n). Scanned both ways so that a run of such items is found from either end.
   */
  private static void coordinatedNames(String text, List<Token> tokens, boolean[] taken, List<Mention> out) {
    boolean inList = false;
    for (Mention m : out) {
      inList |= m.type() == EntityType.PERSON
          && (m.end() < text.length() && text.charAt(m.end()) == '、' || m.start() > 0 && text.charAt(m.start() - 1) == '、');
    }
    if (!inList) {
      return; // no person in a list: most texts
    }
    Map<Integer, Mention> personEnding = new java.util.HashMap<>();
    Map<Integer, Mention> personStarting = new java.util.HashMap<>();
    for (Mention m : out) {
      if (m.type() == EntityType.PERSON) {
        personEnding.put(m.end(), m);
        personStarting.put(m.start(), m);
      }
    }
    // Only a token right before or after a 、 can be listed: scan those, in the same order.
    boolean[] nextToComma = new boolean[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).word().equals("、")) {
        if (k > 0) {
          nextToComma[k - 1] = true;
        }
        if (k + 1 < tokens.size()) {
          nextToComma[k + 1] = true;
        }
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      for (int n = 0; n < tokens.size(); n++) {
        int i = pass == 0 ? n : tokens.size() - 1 - n;
        if (!nextToComma[i]) {
          continue;
        }
        Token t = tokens.get(i);
        if (t.word().length() < 2 || t.word().length() > 3 || !free(taken, t.start(), t.end())) {
          continue;
        }
        boolean listed = i > 1 && tokens.get(i - 1).word().equals("、") && personEnding.containsKey(tokens.get(i - 2).end())
            && tokens.get(i - 2).end() == tokens.get(i - 1).start()
            || i + 2 < tokens.size() && tokens.get(i + 1).word().equals("、")
                && personStarting.containsKey(tokens.get(i + 2).start());
        boolean bounded = (i == 0 || !ChineseNames.isHan(text.charAt(t.start() - 1)))
            && (t.end() == text.length() || !ChineseNames.isHan(text.charAt(t.end())) || text.charAt(t.end()) == '等');
        if (listed && bounded && ChineseNames.nameShaped(t.word())) {
          Mention m = new Mention(t.start(), t.end(), EntityType.PERSON, t.word());
          add(out, taken, m.start(), m.end(), m.type(), m.key());
          personEnding.put(m.end(), m);
          personStarting.put(m.start(), m);
        }
      }
    }
  }

  /**
   * A transliterated speaker whose last character HanLP's role tagging joined with the verb of
   * speech after it ({@code 古纳/nr 兰说/nr}, {@code 瓦/n 杰/ag 帕/ng 伊称/nr}): the pieces before the
   * verb, after punctuation or a function word, all transliteration characters.
   */
  private static void speakerGluedToVerb(String text, List<Token> tokens, int i, List<Candidate> out) {
    int end = tokens.get(i).end() - 1;
    int start = tokens.get(i).start();
    int k = i - 1;
    while (k >= 0 && tokens.get(k).end() == start && end - tokens.get(k).start() <= 8
        && (translitPiece(tokens.get(k)) || tokens.get(k).pos().startsWith("nr") && ChineseNames.allTranslit(tokens.get(k).word()))) {
      start = tokens.get(k).start();
      k--;
    }
    boolean opens = start == 0 || !ChineseNames.isHan(text.charAt(start - 1))
        || k >= 0 && natureIn(BOUNDARY_NATURE, tokens.get(k).pos());
    String w = text.substring(start, end);
    if (opens && w.length() >= 3 && ChineseNames.allTranslit(w) && com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null) {
      out.add(new Candidate(start, end, EntityType.PERSON, w, 1));
    }
  }

  /** Whether a token before {@code verb} starts at {@code at}. */
  private static boolean startsToken(List<Token> tokens, int verb, int at) {
    for (int k = verb - 1; k >= 0 && tokens.get(k).end() > at; k--) {
      if (tokens.get(k).start() == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name printed before its title ({@code 韩/b 杼/g 滨/ng 检察长/nnt}): a surname and one or two
   * characters that HanLP left as single-character tokens, after punctuation or a function word.
   */
  private static void nameBeforeTitle(String text, List<Token> tokens, int title, List<Candidate> out) {
    for (int n = 3; n >= 2; n--) {
      int first = title - n;
      if (first < 0) {
        continue;
      }
      boolean singles = true;
      for (int k = first; k < title; k++) {
        Token t = tokens.get(k);
        singles &= t.word().length() == 1 && ChineseNames.isHan(t.word().charAt(0))
            && (k == first || !natureIn(FUNCTION_NATURE, t.pos()))
            && (k == first || tokens.get(k - 1).end() == t.start());
      }
      int start = tokens.get(first).start();
      int end = tokens.get(title).start();
      boolean opens = start == 0 || !ChineseNames.isHan(text.charAt(start - 1))
          || first > 0 && natureIn(BOUNDARY_NATURE, tokens.get(first - 1).pos());
      String w = text.substring(start, end);
      if (singles && opens && ChineseNames.surnameLength(w) == 1 && ChineseNames.acceptPerson(w, "nr")) {
        out.add(new Candidate(start, end, EntityType.PERSON, w, 1));
        return;
      }
    }
  }

  /**
   * First letters of the natures of function words (prepositions, conjunctions, particles,
   * pronouns, adverbs, punctuation): a nature starting with one is a function word's. A character
   * test, not a regex: a matcher per token cost more than the test.
   */
  private static final String FUNCTION_NATURE = "pcurwdeyomqft";
  /** First letters of the natures that start a new phrase after a name: verbs, prepositions, conjunctions, particles. */
  private static final String BOUNDARY_NATURE = "vpcuwd";

  /** Whether {@code pos} starts with one of the letters {@code natures}. */
  private static boolean natureIn(String natures, String pos) {
    return !pos.isEmpty() && natures.indexOf(pos.charAt(0)) >= 0;
  }

  private static final Set<String> SPLIT_TAIL_NATURES = Set.of("x", "ng", "g", "nr", "nrf", "j");

  private static boolean acceptPlace(String w) {
    return w.length() >= 2 && w.length() <= 12 && ChineseNames.allHan(w)
        && !NOT_FIRST_IN_PLACE.contains(w.charAt(0)) && !w.endsWith("里") && !w.startsWith("小")
        && !DIRECTIONS.contains(w) && !(w.length() == 2 && w.endsWith("国"));
  }

  /** Characters a place's name does not start with (以 starts 以色列). */
  private static final CharSet NOT_FIRST_IN_PLACE = CharSet.of(ChineseNames.NOT_FIRST.replace("以", "").replace("多", ""));
  /** Directions the dictionary lists as places but that name none in news copy (西方国家). */
  private static final Set<String> DIRECTIONS =
      Set.of("西方", "东方", "南方", "北方", "西南", "西北", "东南", "东北", "中部", "西部", "东部", "南部", "北部");

  private static boolean acceptOrganisation(String w) {
    return w.length() >= 2 && ChineseNames.allHan(w) && !NOT_FIRST_IN_ORGANISATION.contains(w.charAt(0))
        && !w.endsWith("关系") && !w.endsWith("发展");
  }

  /**
   * A dictionary noun that names an organisation by its suffix ({@code 人事部}, {@code 参议院},
   * {@code 派出所}), not a person or a part ({@code 领导干部}, {@code 大部分}).
   */
  private static boolean organisationWord(Token t) {
    String w = t.word();
    String p = t.pos();
    if (w.length() == 2 && w.charAt(1) == '委' && COMMITTEE_OWNERS.indexOf(w.charAt(0)) >= 0) {
      return true;
    }
    return w.length() >= 3 && w.length() <= 8
        && (p.equals("n") || p.equals("nis") || p.equals("j") || p.equals("nz") || p.startsWith("nt"))
        && ORGANISATION_WORD_END.contains(w.charAt(w.length() - 1)) && !w.endsWith("干部") && !w.endsWith("部分")
        && !w.endsWith("全部") && !w.endsWith("内部") && !w.endsWith("外部");
  }

  /** Names joined with ·, taken whole: the name tokens on either side of each dot. */
  private static void dotNames(String text, List<Token> tokens, List<Candidate> out) {
    if (text.indexOf('·') < 0) {
      return; // no dot: no token holds one (most texts)
    }
    for (int i = 0; i < tokens.size(); i++) {
      // Straight to the token that holds the next dot: the tokens before it hold none.
      int nextDot = text.indexOf('·', tokens.get(i).start());
      if (nextDot < 0) {
        return;
      }
      int holding = Roles.tokenCovering(tokens, nextDot);
      if (holding > i) {
        i = holding;
      }
      Token t = tokens.get(i);
      int dot = t.word().indexOf('·');
      if (dot < 0) {
        continue;
      }
      // Left: the dot's own token up to the dot, and name-like tokens before it.
      int start = t.start();
      int j = i - 1;
      // Only transliteration pieces: a Chinese name before it is another person (…卢嘉锡布·…).
      while (j >= 0 && nameLike(tokens.get(j)) && (j == i - 1 && dot == 0 || ChineseNames.allTranslit(tokens.get(j).word()))
          && t.start() + dot - tokens.get(j).start() <= 8 && tokens.get(j).end() == start) {
        start = tokens.get(j).start();
        j--;
      }
      // Right: tokens after the dot, across further dots.
      int end = t.end();
      int k = i + 1;
      boolean rightPart = t.word().length() > dot + 1;
      while (k < tokens.size() && tokens.get(k).start() == end && end - start < 24
          && (nameLike(tokens.get(k)) && (text.charAt(tokens.get(k).start() - 1) == '·'
              || ChineseNames.allTranslit(tokens.get(k).word()) || tokens.get(k).word().indexOf('·') >= 0
              || tokens.get(k).pos().equals("nrf"))
              || tokens.get(k).word().equals("·"))) {
        rightPart |= !tokens.get(k).word().equals("·");
        end = tokens.get(k).end();
        k++;
      }
      while (end > start && text.charAt(end - 1) == '·') {
        end--;
      }
      if (start < t.start() + dot && rightPart && end > t.start() + dot + 1) {
        String name = text.substring(start, end);
        out.add(new Candidate(start, end, EntityType.PERSON, name, 0));
        // The last part alone names the same person elsewhere in the text (阿纳尔巴耶夫说).
        String last = name.substring(name.lastIndexOf('·') + 1);
        for (int at = last.length() >= 3 ? text.indexOf(last) : -1; at >= 0; at = text.indexOf(last, at + 1)) {
          out.add(new Candidate(at, at + last.length(), EntityType.PERSON, name, 0));
        }
        i = k - 1;
      }
    }
  }

  /** A token that can be part of a transliterated name. */
  private static boolean nameLike(Token t) {
    String w = t.word();
    if (w.equals("·")) {
      return false;
    }
    if (w.indexOf('·') >= 0) {
      return true;
    }
    if (t.pos().equals("nnt") || t.pos().startsWith("w") || !ChineseNames.allHan(w)) {
      return false;
    }
    if (t.pos().startsWith("nr")) {
      return true;
    }
    return ChineseNames.allTranslit(w) && (w.length() <= 2 || !ChineseNames.inDictionaryAs(w, "v"));
  }

  /**
   * Organisations named by a place or organisation and the words up to an organisation suffix:
   * {@code 河北省/ns 教育厅/nis}, {@code 上海/ns 浦东/ns 发展/vn 银行/nis}.
   */
  private static void composeOrganisations(String text, List<Token> tokens, List<Candidate> out) {
    // What each token is inside an organisation's name, worked out once: a token is read from up
    // to seven heads before it.
    byte[] part = new byte[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      // A run of country abbreviations opens an organisation of those countries (中哈合作委员会).
      int abbreviations = i;
      while (abbreviations < tokens.size() && tokens.get(abbreviations).word().length() == 1
          && RUN_ABBREVIATIONS.contains(tokens.get(abbreviations).word().charAt(0))) {
        abbreviations++;
      }
      boolean abbreviationHead = abbreviations - i >= 2;
      if (!orgHead(head) && !abbreviationHead) {
        continue;
      }
      int best = -1;
      // A person's name opens an organisation only right before its suffix (宋庆龄/nr 基金会,
      // 斯坦福/nrf 大学); otherwise it is the person.
      int reach = head.pos().startsWith("nr") ? 2 : 7;
      for (int j = abbreviationHead ? abbreviations : i + 1; j < tokens.size() && j - i <= reach; j++) {
        Token t = tokens.get(j);
        if (part[j] == 0) {
          boolean continues = orgMiddle(t) || ORG_SUFFIX_WORDS.contains(t.word());
          part[j] = (byte) (PART_KNOWN | (continues ? PART_CONTINUES : 0) | (continues && orgSuffix(t) ? PART_SUFFIX : 0));
        }
        if (t.start() != tokens.get(j - 1).end() || (part[j] & PART_CONTINUES) == 0) {
          break;
        }
        if ((part[j] & PART_SUFFIX) != 0) {
          best = j;
        }
      }
      // 中国政府, 美国人民: the country itself, not an organisation of its own name.
      if (best == i + 1 && head.pos().startsWith("ns") && GOVERNMENT_WORDS.contains(tokens.get(best).word())) {
        best = -1;
      }
      if (best > i && head.pos().startsWith("nr") && !ChineseNames.acceptPerson(head)) {
        best = -1;
      }
      if (best > i) {
        int start = head.start();
        int end = tokens.get(best).end();
        if (end - start <= 24) {
          out.add(new Candidate(start, end, EntityType.ORG, text.substring(start, end), 0));
        }
      }
    }
  }

  private static final byte PART_KNOWN = 1;
  /** The token can be inside an organisation's name (a middle word or a suffix). */
  private static final byte PART_CONTINUES = 2;
  /** The token can end an organisation's name. */
  private static final byte PART_SUFFIX = 4;

  /** Whether {@code t} can open an organisation's name; a person's name is checked once a suffix follows. */
  private static boolean orgHead(Token t) {
    String p = t.pos();
    if (p.isEmpty() || p.charAt(0) != 'n' && !p.equals("j")) {
      return t.word().equals("最高");
    }
    if (p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nr") || p.equals("nz") || p.equals("j")) {
      return ChineseNames.allHan(t.word()) && !NOT_FIRST_IN_ORGANISATION.contains(t.word().charAt(0));
    }
    return ORG_HEAD_WORDS.contains(t.word());
  }


  private static boolean orgMiddle(Token t) {
    String p = t.pos();
    return ChineseNames.allHan(t.word()) && (p.equals("n") || p.equals("nz") || p.equals("vn") || p.startsWith("ns")
        || p.startsWith("nt") || p.equals("nis") || p.equals("j") || p.equals("ng") || p.equals("a") && t.word().length() >= 2);
  }

  private static boolean orgSuffix(Token t) {
    if (t.pos().startsWith("u")) {
      return false; // 所/usuo is the particle of 所做的, not an institute
    }
    if (ORG_SUFFIX_WORDS.contains(t.word())) {
      return true;
    }
    // 共同体 (community) is a nis word of HanLP's but names no organisation in news copy.
    return t.pos().equals("nis") && !t.word().endsWith("体") || t.pos().startsWith("nt") || organisationWord(t);
  }

  /** A piece of a region's name HanLP left apart: one character that is no function word ({@code 东/f 哈/b}). */
  private static boolean regionPiece(Token t) {
    String w = t.word();
    // The character tests first: the nature lookup is the dearest.
    return w.length() == 1 && ChineseNames.isHan(w.charAt(0)) && "州省".indexOf(w.charAt(0)) < 0
        && !ChineseNames.NOT_FIRST_CHARS.contains(w.charAt(0)) && natureIn("fbjngx", t.pos())
        && REGION_PIECE_NATURES.contains(t.pos());
  }

  /** Natures of the one-character pieces of an abbreviated region's name (东/f 哈/b 州). */
  private static final Set<String> REGION_PIECE_NATURES = Set.of("f", "b", "j", "n", "ng", "g", "x", "nr", "ns");

  /**
   * Places named by a name and a one-character suffix HanLP left apart: {@code 金钟/nr 区/n}; and
   * a region printed right after its country as one-character pieces and a suffix: {@code
   * 哈萨克斯坦/nsf 东/f 哈/b 州/n} (东哈州, East Kazakhstan Region).
   */
  private static void composePlaces(List<Token> tokens, List<Candidate> out) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token a = tokens.get(i);
      Token b = tokens.get(i + 1);
      if (a.pos().startsWith("ns") && a.word().length() >= 2) {
        int k = i + 1;
        while (k < tokens.size() && k - i <= 3 && tokens.get(k).start() == tokens.get(k - 1).end()
            && tokens.get(k).end() - b.start() <= 6 && regionPiece(tokens.get(k))) {
          k++;
        }
        if (k > i + 1 && k < tokens.size() && tokens.get(k).start() == tokens.get(k - 1).end()
            && (tokens.get(k).word().equals("州") || tokens.get(k).word().equals("省"))) {
          int start = b.start();
          int end = tokens.get(k).end();
          StringBuilder name = new StringBuilder();
          for (int j = i + 1; j <= k; j++) {
            name.append(tokens.get(j).word());
          }
          out.add(new Candidate(start, end, EntityType.PLACE, name.toString(), 0));
        }
      }
      if (b.word().length() == 1 && PLACE_SUFFIX.contains(b.word().charAt(0)) && b.start() == a.end()
          && a.word().length() >= 2 && a.word().length() <= 4 && ChineseNames.allHan(a.word())
          && (a.pos().startsWith("ns") || a.pos().startsWith("nr") || a.pos().equals("nz"))
          && !ChineseNames.NOT_FIRST_CHARS.contains(a.word().charAt(0))) {
        out.add(new Candidate(a.start(), b.end(), EntityType.PLACE, a.word() + b.word(), 0));
      }
    }
  }

  /**
   * Country abbreviations: each character of {@code 中美关系}, and {@code 华} in {@code 访华}.
   * Scanned by hand over token starts (a regex over every character cost as much as the rest of
   * the recogniser).
   */
  private void abbreviations(String text, List<Token> tokens, List<Candidate> out) {
    int covered = 0;
    for (int ti = 0; ti < tokens.size(); ti++) {
      Token t = tokens.get(ti);
      int at = t.start();
      if (at >= covered && RUN_ABBREVIATIONS.contains(text.charAt(at))) {
        int end = at;
        while (end < text.length() && end - at < 4 && RUN_ABBREVIATIONS.contains(text.charAt(end))) {
          end++;
        }
        if (end - at >= 2 && !text.startsWith("非法", at) && relationFollows(text, end)) {
          List<String> keys = new ArrayList<>();
          for (int i = at; i < end; i++) {
            keys.add(abbreviationKey(text, text.charAt(i)));
          }
          out.add(new Candidate(at, end, EntityType.PLACE, text.substring(at, end), 0, List.copyOf(keys)));
          covered = end;
        }
      }
      // 访华, 来京, 驻港: a two-character word of a verb of travel and an abbreviation.
      String w = t.word();
      if (w.length() == 2 && TRAVEL_VERBS.contains(w.charAt(0)) && TRAVEL_PLACES.contains(w.charAt(1))) {
        out.add(new Candidate(at + 1, at + 2, EntityType.PLACE, abbreviationKey(text, w.charAt(1)), 1));
      }
      // 在/p 京/j: the abbreviation as a word of its own after the verb.
      if (w.length() == 1 && ti > 0 && TRAVEL_PLACES.contains(w.charAt(0))) {
        String before = tokens.get(ti - 1).word();
        if (tokens.get(ti - 1).end() == at && before.length() == 1 && TRAVEL_VERBS.contains(before.charAt(0))) {
          out.add(new Candidate(at, at + 1, EntityType.PLACE, abbreviationKey(text, w.charAt(0)), 1));
        }
      }
    }
  }

  private static boolean relationFollows(String text, int at) {
    for (String r : RELATION_WORDS) {
      if (text.startsWith(r, at)) {
        return true;
      }
    }
    return false;
  }

  private String abbreviationKey(String text, char c) {
    String full = ABBREVIATIONS.get(c);
    if (full == null) {
      return String.valueOf(c);
    }
    Gazetteer.Entry e = gazetteer.get(full);
    return e != null ? e.canonical() : full;
  }

  /** The country a place mention names or lies in (its gazetteer country, else itself), or null. */
  private String countryOf(Mention m) {
    if (m == null || m.type() == EntityType.PERSON || m.end() - m.start() < 2) {
      return null; // one character: an abbreviation in a run (中欧), not a place the name lies in
    }
    Gazetteer.Entry e = gazetteer.get(m.key());
    if (m.type() == EntityType.ORG) {
      return e == null ? null : e.country(); // 全国政协副主席: 中国
    }
    return e != null && e.country() != null ? e.country() : m.key();
  }

  private Gazetteer.Entry countryOpening(String role) {
    for (Gazetteer.Hit h : gazetteer.find(role)) {
      if (h.start() == 0 && h.entry().type() == EntityType.PLACE) {
        return h.entry().country() == null ? h.entry() : gazetteer.get(h.entry().country());
      }
    }
    return null;
  }
}

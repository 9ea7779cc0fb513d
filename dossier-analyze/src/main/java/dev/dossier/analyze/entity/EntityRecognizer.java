package dev.dossier.analyze.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.dossier.hanlp.HanLpRuntime;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, places and organisations of an article, one entry per real-world entity.
 *
 * <p>Mentions come, in order of trust: from the curated gazetteer (Chinese and English spellings
 * of one entity map to it); transliterated names joined with · ({@code 艾尔肯·吐尼亚孜}); a name
 * right after a title ({@code 哈萨克斯坦总统托卡耶夫}, {@code 自治区党委书记马兴瑞}: a Chinese surname and
 * one or two characters, or a run of transliteration characters, ending where a function word or
 * punctuation starts); and HanLP's own recognisers, filtered (a person must start with a common
 * surname or be a transliteration; an organisation must end with an organisation word or be four characters or longer), which
 * removes junk such as 国元首, 时说, 额达, 中哈关系, 以联合国. A name found once is then found
 * everywhere it is printed. Titles are kept apart as roles; the country is the gazetteer's, or
 * the place that opens the title. Immutable and thread-safe (HanLP's segmenter keeps no per-call
 * state).
 */
public final class EntityRecognizer {
  /** Characters used to transliterate foreign names (the Xinhua transliteration tables' core). */
  private static final String TRANSLIT =
      "阿埃艾爱安昂奥澳巴拜班邦包保鲍贝本比彼毕别宾波伯博布查达戴丹道德邓迪蒂丁东杜敦多厄恩尔法凡范菲费芬弗夫福伏"
          + "盖冈戈哥格根贡古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉"
          + "连列林琳隆卢鲁伦罗洛马玛迈麦曼芒梅门蒙米密明莫姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕派潘佩彭皮珀蒲普奇齐恰"
          + "乔切琴丘屈热茹瑞若萨塞赛桑瑟森沙舍什施史斯松苏索塔泰坦汤唐特提廷通图吐托瓦万旺威韦维温沃乌西希锡谢"
          + "辛休许雅亚扬耶叶伊因尤于约扎泽詹兹孜佐卓";
  private static final Pattern DOT_NAME =
      Pattern.compile("[" + TRANSLIT + "]{1,10}(?:·[" + TRANSLIT + "]{1,10})+");
  /** Common Chinese surnames (single and double), without those that are mostly other words. */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢"
          + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
          + "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
          + "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尹栗";
  private static final Set<String> DOUBLE_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容");
  /** Characters that cannot continue a name: function words, verbs of reporting, punctuation. */
  private static final String STOP =
      "在与和同及、，,。；;：:！？!?“”\"'（）()《》说表指强会出一的对向将也还就为等率致举应抵到访共发介认称是已今于并从"
          + "作来去时了又再均都曾则所等分即由以把被给让使前后中上下里内外\n ";
  private static final Pattern ROLE =
      Pattern.compile(
          "(?:国家主席|总书记|副主席|主席|副总统|总统|副总理|总理|国务委员|外长|外交部长|部长|副部长|党委书记|书记|"
              + "发言人|大使|特使|主任|省长|市长|州长|议长|秘书长|委员长|司长|局长|行长|董事长|总经理|院长|校长|首相|国王|"
              + "亲王|总督|代表|记者|专家|教授|博士|学者|经理|负责人|创始人|总裁)");
  private static final Pattern ORG_SUFFIX =
      Pattern.compile(".*(?:组织|委员会|理事会|部|局|厅|署|院|银行|公司|集团|大学|学院|学校|协会|学会|联合会|政府|党委|"
          + "社|报|台|中心|研究所|基金会|议会|联盟|集团|法院|检察院|医院|工坊|论坛|商会|研究院|办公室|军|队)$");
  private static final String NOT_FIRST = "以在与和时对向从把被将于及或等其该此本各每这那额国";

  private final Gazetteer gazetteer = Gazetteer.bundled();
  private final Segment segment;

  public EntityRecognizer() {
    HanLpRuntime.ensureConfigured();
    this.segment =
        HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableJapaneseNameRecognize(false);
  }

  /** A name printed in the text. {@code key} is what links mentions of one entity. */
  public record Mention(int start, int end, EntityType type, String key) {
    public Span span() {
      return new Span(start, end);
    }
  }

  /**
   * The entities of {@code text}, ids {@code e1, e2, ...} in order of first mention.
   *
   * @param paragraphs the text's paragraphs (their languages tell which parts are English); may
   *     be empty
   */
  public List<Entity> recognize(String text, List<Paragraph> paragraphs) {
    List<Mention> mentions = mentions(text);
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String key : byKey.keySet()) {
      ids.put(key, "e" + (ids.size() + 1));
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
        String role = m.type() == EntityType.PERSON ? roleBefore(text, m.start()) : null;
        if (role != null) {
          roles.add(role);
          Gazetteer.Entry place = countryOpening(role);
          if (country == null && place != null) {
            country = place.canonical();
          }
        }
      }
      if (entry != null) {
        aliases.addAll(entry.aliases());
        if (entry.country() != null) {
          country = entry.country();
        }
      }
      aliases.remove(key);
      String countryRef = country == null ? null : ids.getOrDefault(country, country);
      if (key.equals(country)) {
        countryRef = null;
      }
      out.add(new Entity(ids.get(key), key, ms.get(0).type(), List.copyOf(aliases), List.copyOf(roles), countryRef,
          ms.stream().map(Mention::span).toList()));
    }
    return List.copyOf(out);
  }

  /** Every mention, in text order, non-overlapping. */
  public List<Mention> mentions(String text) {
    boolean[] taken = new boolean[text.length()];
    List<Mention> out = new ArrayList<>();
    // 1. Gazetteer names, longest first.
    List<Gazetteer.Hit> hits = new ArrayList<>(gazetteer.find(text));
    hits.sort(Comparator.comparingInt((Gazetteer.Hit h) -> h.start() - h.end()).thenComparingInt(Gazetteer.Hit::start));
    for (Gazetteer.Hit h : hits) {
      add(out, taken, h.start(), h.end(), h.entry().type(), h.entry().canonical());
    }
    // 2. Transliterated names joined with ·.
    Matcher dot = DOT_NAME.matcher(text);
    while (dot.find()) {
      add(out, taken, dot.start(), dot.end(), EntityType.PERSON, dot.group());
    }
    // 3. A name right after a title.
    Matcher role = ROLE.matcher(text);
    while (role.find()) {
      int end = nameAfter(text, role.end());
      if (end > role.end()) {
        add(out, taken, role.end(), end, EntityType.PERSON, text.substring(role.end(), end));
      }
    }
    // 4. HanLP's recognisers, filtered.
    for (Term t : segment.seg(text)) {
      String w = t.word;
      String nature = String.valueOf(t.nature);
      EntityType type = nature.startsWith("nr") ? EntityType.PERSON
          : nature.startsWith("ns") ? EntityType.PLACE : nature.startsWith("nt") ? EntityType.ORG : null;
      if (type != null && accept(w, nature, type)) {
        add(out, taken, t.offset, t.offset + w.length(), type, w);
      }
    }
    // 5. A name found once is found wherever it is printed; a last ·-part names its person.
    Map<String, Mention> names = new LinkedHashMap<>();
    for (Mention m : List.copyOf(out)) {
      String surface = text.substring(m.start(), m.end());
      if (surface.length() >= 2 && surface.chars().allMatch(c -> c >= 0x2E80)) {
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

  /** End of the name printed at {@code at} right after a title, or {@code at} when none is. */
  private static int nameAfter(String text, int at) {
    int n = text.length();
    if (at >= n) {
      return at;
    }
    // A transliterated name: a run of transliteration characters ending at a stop.
    int k = at;
    while (k < n && k - at < 10 && TRANSLIT.indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    if (k - at >= 3 && (k == n || isStop(text.charAt(k)))) {
      return k;
    }
    // A Chinese name: surname and one or two characters, ending at a stop.
    int s = at + (at + 2 <= n && DOUBLE_SURNAMES.contains(text.substring(at, at + 2)) ? 2 : 0);
    if (s == at && SURNAMES.indexOf(text.charAt(at)) < 0) {
      return at;
    }
    int first = s == at ? at + 1 : s;
    if (first + 1 <= n && isHan(text, first) && (first + 1 == n || isStop(text.charAt(first + 1)))) {
      return first + 1;
    }
    if (first + 2 <= n && isHan(text, first) && isHan(text, first + 1) && !isStop(text.charAt(first))
        && !isStop(text.charAt(first + 1)) && (first + 2 == n || isStop(text.charAt(first + 2)))) {
      return first + 2;
    }
    return at;
  }

  private static boolean isHan(String text, int i) {
    return Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
  }

  private static boolean isStop(char c) {
    return STOP.indexOf(c) >= 0;
  }

  private static boolean accept(String w, String nature, EntityType type) {
    if (w.length() < 2 || NOT_FIRST.indexOf(w.charAt(0)) >= 0 || !w.chars().allMatch(c -> c >= 0x2E80 || c == '·')) {
      return false;
    }
    return switch (type) {
      case PERSON -> nature.equals("nrf") ? w.length() >= 3 && w.chars().allMatch(c -> TRANSLIT.indexOf(c) >= 0 || c == '·')
          : w.length() <= 3 && SURNAMES.indexOf(w.charAt(0)) >= 0 && !isStop(w.charAt(w.length() - 1));
      case PLACE -> w.length() <= 10;
      case ORG -> (ORG_SUFFIX.matcher(w).matches() || w.length() >= 4) && w.length() >= 3 && !w.endsWith("关系");
    };
  }

  /**
   * The title printed right before a name ({@code 哈萨克斯坦总统}, {@code 新疆维吾尔自治区党委书记}):
   * the characters since the last punctuation or function word, when they end with a title word.
   */
  private static String roleBefore(String text, int at) {
    int from = at;
    while (from > 0 && at - from < 16) {
      char c = text.charAt(from - 1);
      if (!isHanChar(c) || "在与和同及、的对向将也就为是了会见谈".indexOf(c) >= 0) {
        break;
      }
      from--;
    }
    String chunk = text.substring(from, at);
    Matcher m = ROLE.matcher(chunk);
    int lastEnd = -1;
    while (m.find()) {
      lastEnd = m.end();
    }
    return lastEnd == chunk.length() && !chunk.isEmpty() ? chunk : null;
  }

  private static boolean isHanChar(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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

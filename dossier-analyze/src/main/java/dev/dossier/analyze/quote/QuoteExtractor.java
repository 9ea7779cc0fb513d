package dev.dossier.analyze.quote;

import dev.dossier.analyze.quote.Quote.Kind;
import dev.dossier.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct and reported speech in clean article text (paragraphs separated by {@code '\n'})
 * and attributes each to a speaker.
 *
 * <p>Direct quotes: content inside “” 「」 or "" (‘’ only nested). A quote whose closing mark is in
 * a later paragraph, or whose next paragraph opens with a new “ before the first is closed (the
 * print convention), is one quote. A direct quote is attributed by a cue after it
 * ({@code ”毛宁说}), before it ({@code 他说：“}), or, when it directly follows another quote or
 * reported speech of the same paragraph, by that one's cue ({@code 马兴瑞说，...。“我们愿...”}).
 * A quote split by its cue ({@code “...，”塔亚说，“...”}) gives two quotes with the same speaker and
 * cue. Quotation marks around a term ({@code “一带一路”}) are not quotes: an unattributed direct
 * quote is kept only when it is a full utterance ending in 。！？….
 *
 * <p>Reported speech: a cue verb (说 表示 指出 强调 介绍 认为 称 透露 坦言 告诉X; said noted added
 * stressed recalled) followed by a comma or colon, the clause running to the sentence end and on
 * through the next sentences of the paragraph that bring no speaker, cue or quotation of their own
 * and do not name the speaker (托卡耶夫则表示，我很高兴…。哈萨克斯坦是…首倡之地…; a sentence naming the
 * speaker is the reporter's narration again). Proposals put forward before a colon (他提出四点倡议：
 * 一要…, 提出希望和要求：) are reported speech too, their content after the colon; they make no
 * SPEECH event, being said at the meeting or speech already reported. It is kept only with a speaker, because a
 * bare {@code 报道显示，} or {@code 研究认为，} is not a quote; sides, meetings and documents (中方,
 * 摩方, 两国, 会议, 公报) are not speakers.
 *
 * <p>Speaker: the name right before the cue verb, after dropping adverbs (则 也 曾 ...), a
 * {@code 在...时} phrase and an addressee ({@code 对新华社记者}); a title before the name becomes
 * the role ({@code 外交部发言人毛宁}). In a {@code 时} clause without 在 the clause's subject speaks,
 * not the one met ({@code 习近平主席会见…的托卡耶夫总统时表示}); an outlet's unnamed reporter
 * ({@code 新华社记者说}) speaks as printed; a 指出 opening a clause ({@code …强调这一立场，指出…})
 * gives the sentence's subject. When the caller passes person mentions (from the entity
 * recogniser), a mention ending there wins, and the first mention of the clause is the fallback;
 * without them a heuristic takes the run of Han characters (with ·) before the verb, which is
 * right for most news cues and says nothing (null) rather than guess when it is unsure. A pronoun
 * (他 她 he she) or a definite description (the Chinese president) resolves to the subject of its
 * sentence or of the sentence before (a person named at a clause start, after at most a title), else to the speaker of
 * a quote ending there. A direct quote without a cue takes the subject of the clause before its
 * colon (…向习主席表达问候：“…”) or of the sentence right after it (”…鲁斯兰…道出自己的期待).
 *
 * <p>Immutable and thread-safe; linear in the text: cue verbs are looked up only before commas and
 * colons, patterns run only on short windows around them and on English sentences.
 */
public final class QuoteExtractor {
  private static final String VERBS = "说|表示|指出|强调|介绍|认为|称|透露|坦言|宣布|问道|写道|回忆说|感慨";
  private static final Pattern AFTER_CUE =
      Pattern.compile("^[，,]?[ \\t]*([^。！？!?「」\\n]{1,45}?)(" + VERBS + ")(?=[，,：:。\\s]|$)");
  /** The cue verbs, longest first, so that 回忆说 wins over 说 where both end at a comma. */
  private static final String[] CUE_VERBS =
      java.util.Arrays.stream(VERBS.split("\\|"))
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toArray(String[]::new);
  private static final Pattern CUE_ANYWHERE = Pattern.compile("(?:" + VERBS + ")[，,：:]");
  /** Words after a direct quote that make the sentence's subject its speaker (”…鲁斯兰…道出自己的期待). */
  private static final Pattern SPEAKER_AFTER =
      Pattern.compile("说|表示|道出|谈到|充满期待|期待|告诉|介绍|感慨|坦言|这样说|回忆");
  private static final Pattern BEFORE_CUE =
      Pattern.compile("(" + VERBS + "|道)[：:，,]\\s*$");
  private static final Pattern TRAILING_ADVERBS =
      Pattern.compile("(?:则|也|还|曾|又|再次|进一步|同时|随后|当天|这样|特别|更|都|并|亦|此前|最后|首先|当即|还曾|曾经)+$");
  private static final Pattern CIRCUMSTANCE =
      Pattern.compile("(?:在[^，。,“”]{1,30}?(?:时|中|上|期间|之际)|对[^，。,“”]{1,15})$");
  private static final Pattern TITLE =
      Pattern.compile(
          "(?:发言人|副总统|总统|副主席|主席|副总理|总理|首相|部长|外长|书记|州长|省长|市长|秘书长|主任|所长|院长|校长|局长|"
              + "司长|大使|总经理|经理|董事长|总裁|会长|理事长|教授|专家|学者|研究员|记者|青年|学生|负责人|代表|官员|国王)");
  /** Time words a title run can start with (1日上午白俄罗斯总统卢卡申科): not part of the role. */
  private static final Pattern LEADING_TIME = Pattern.compile("(?:日(?=[上下晚])|[上下]午|晚上?|当天|同日|今天|昨天|当地时间)+");
  private static final Pattern NOT_A_SPEAKER =
      Pattern.compile("中方|双方|哈方|各方|我们|他们|报道|文章|有关方面|外界|大家|人们|记者|专家|发文|数据|显示|消息"
          + "|会议|大会|公报|报告|通知|意见|决定|文件|调查|研究|统计|分析|声明|评论|两国|两党|各国|^[\\u4e00-\\u9fa5]方$");
  /**
   * An outlet's reporter without a name (新华社记者, 本报记者, 中央广播电视总台记者, 新华社驻阿斯塔纳记者):
   * an outlet word (…社, …报, …台, …网) or 本报/本台 right before 记者, at the end of the cue's phrase.
   */
  private static final Pattern OUTLET_REPORTER =
      Pattern.compile("(?:本报|本台|本刊|[\\p{IsHan}]{1,8}?(?:社|报|台|网))(?:驻[\\p{IsHan}]{1,6}|特派)?记者$");
  /** "The Chinese president": a definite description that refers back like a pronoun. */
  private static final String DESCRIPTION =
      "[Tt]he(?:\\s[A-Z][\\w-]*)*\\s(?:president|premier|prime minister|leader|minister|spokesperson|spokesman|ambassador|chairman)";
  private static final String[] ENGLISH_VERBS = {" said", " noted", " added", " stressed", " recalled", " told "};
  private static final Pattern ENGLISH_BEFORE =
      Pattern.compile(
          "(" + DESCRIPTION + "|(?:[A-Z][\\w'.-]*\\s)*[A-Z][\\w'.-]*|[Hh]e|[Ss]he)\\s(?:also\\s)?(said|noted|added|stressed|recalled|told\\s[^,.]{1,40}?)"
              + "(?:\\s(?:on|in)\\s[A-Z]\\w+)?(?:\\sthat)?\\s(?=\\S)");
  private static final Pattern ENGLISH_AFTER =
      Pattern.compile(",\\s(" + DESCRIPTION + "|(?:[A-Z][\\w'.-]*\\s)*[A-Z][\\w'.-]*|he|she)\\s(said|noted|added|stressed)\\.$");
  private static final Pattern ENGLISH_TITLE =
      Pattern.compile("^(?:(?:Chinese|Kazakh|President|Premier|Prime|Minister|Foreign|Vice|Spokesperson|Chairman|"
          + "Secretary|General|Ambassador|Mr\\.|Ms\\.)\\s)+");

  /** An extractor; it holds nothing but precompiled patterns. */
  public QuoteExtractor() {}

  /** The quotes of {@code text} in text order, attributed heuristically (no person mentions). */
  public List<Quote> extract(String text) {
    return extract(text, List.of());
  }

  /**
   * The quotes of {@code text} in text order.
   *
   * @param persons known person mentions in {@code text} (e.g. from the entity recogniser), in any
   *     order; may be empty, not null
   */
  public List<Quote> extract(String text, List<Span> persons) {
    Objects.requireNonNull(text, "text");
    List<Span> people = new ArrayList<>(Objects.requireNonNull(persons, "persons"));
    people.sort(Comparator.naturalOrder());
    List<Quote> quotes = new ArrayList<>();
    List<Span> marked = directSpans(text);
    // Reported speech first: a direct quote right after it (马兴瑞说，...。“我们愿...”) continues it.
    reported(text, people, marked, quotes);
    for (Span content : marked) {
      Quote q = direct(text, content, people, quotes);
      if (q != null) {
        quotes.add(q);
        quotes.sort(Comparator.comparingInt(Quote::start));
      }
    }
    english(text, people, quotes);
    List<Quote> kept = new ArrayList<>();
    for (Quote q : quotes) {
      if (q != null) {
        kept.add(q);
      }
    }
    kept.sort(Comparator.comparingInt(Quote::start));
    return List.copyOf(kept);
  }

  /** Content spans of quotation marks, joined over paragraphs as print does. */
  private static List<Span> directSpans(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = c == '“' ? '”' : c == '「' ? '」' : c == '"' ? '"' : 0;
      if (close == 0) {
        i++;
        continue;
      }
      int paragraphs = 0;
      int j = i + 1;
      int end = -1;
      while (j < text.length()) {
        char d = text.charAt(j);
        if (d == close) {
          end = j;
          break;
        }
        if (d == '\n' && ++paragraphs > 4 || close == '"' && paragraphs > 0) {
          break;
        }
        j++;
      }
      if (end > i + 1) {
        out.add(new Span(i + 1, end));
        i = end + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private Quote direct(String text, Span content, List<Span> people, List<Quote> earlier) {
    String inner = content.of(text);
    if (!utteranceLike(inner)) {
      return null;
    }
    int close = content.end();
    // Cue after the quote: ”毛宁说
    Matcher after = AFTER_CUE.matcher(text).region(close + 1, Math.min(text.length(), close + 60));
    if (after.lookingAt()) {
      Speaker s = speaker(text, after.start(1), after.end(1), people, earlier);
      if (s != null) {
        return new Quote(s.name, s.span, s.pronoun, s.role, inner, content.start(), content.end(),
            Kind.DIRECT, new Span(after.start(2), after.end(2)));
      }
    }
    // Cue before the quote: 他说：“
    int open = content.start() - 1;
    int lineStart = Math.max(0, open - 120);
    Matcher before = BEFORE_CUE.matcher(text).region(lineStart, open);
    if (before.find()) {
      int clause = clauseStart(text, before.start(1));
      Speaker s = speaker(text, clause, before.start(1), people, earlier);
      if (s != null) {
        return new Quote(s.name, s.span, s.pronoun, s.role, inner, content.start(), content.end(),
            Kind.DIRECT, new Span(before.start(1), before.end(1)));
      }
    }
    // A colon before the quote: the subject of its clause speaks (托卡耶夫总统…向习主席表达问候：“…”).
    if (open > 0 && (text.charAt(open - 1) == '：' || text.charAt(open - 1) == ':')) {
      Speaker s = subjectOf(text, sentenceStart(text, open - 1), open - 1, people, earlier);
      if (s != null) {
        return new Quote(s.name, s.span, s.pronoun, s.role, inner, content.start(), content.end(), Kind.DIRECT, null);
      }
    }
    // The sentence after the quote names who said or meant it (”…鲁斯兰在接受采访时道出自己的期待。).
    if (close + 1 < text.length() && text.charAt(close + 1) != '\n') {
      int stop = sentenceEnd(text, close + 1);
      Matcher cue = SPEAKER_AFTER.matcher(text).region(close + 1, Math.min(stop, close + 81));
      if (cue.find()) {
        Speaker s = subjectOf(text, close + 1, cue.start(), people, earlier);
        if (s != null) {
          return new Quote(s.name, s.span, s.pronoun, s.role, inner, content.start(), content.end(), Kind.DIRECT,
              new Span(cue.start(), cue.end()));
        }
      }
    }
    // Continuation of the previous quote of the paragraph.
    Quote previous = null;
    for (Quote q : earlier) {
      if (q.end() <= open) {
        previous = q;
      }
    }
    if (previous != null && previous.speaker() != null && previous.end() <= open
        && text.substring(previous.end(), open).matches("[。！？!?”」\\s]*")
        && text.substring(previous.end(), open).indexOf('\n') < 0) {
      return new Quote(previous.speakerText(), previous.speaker(), previous.pronoun(), previous.role(),
          inner, content.start(), content.end(), Kind.DIRECT, previous.cue());
    }
    if (!inner.isEmpty() && "。！？!?…".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return new Quote(null, null, null, null, inner, content.start(), content.end(), Kind.DIRECT, null);
    }
    return null;
  }

  private void reported(String text, List<Span> people, List<Span> marked, List<Quote> quotes) {
    for (int[] cue : reportedCues(text)) {
      int verb = cue[0];
      if (inside(marked, verb)) {
        continue;
      }
      int clause = clauseStart(text, verb);
      Speaker s = speaker(text, clause, verb, people, quotes);
      if (s == null && clause == verb && !people.isEmpty()) {
        // the cue opens its clause (…强调这一立场，指出…): the sentence's subject speaks
        int sentence = sentenceStart(text, verb);
        Span subject = clauseSubject(text, sentence, verb - 1, people);
        s = subject == null ? null : withRole(text, sentence, subject);
      }
      if (s == null) {
        continue;
      }
      int from = cue[2];
      int to = sentenceEnd(text, from);
      // The speaker's words go on through the next sentences of the paragraph that bring no
      // speaker, cue or quotation of their own (托卡耶夫则表示，我很高兴…。哈萨克斯坦是…首倡之地…).
      while (to + 1 < text.length() && "。！？".indexOf(text.charAt(to)) >= 0 && continuesSpeech(text, to + 1, people, s.name)) {
        to = sentenceEnd(text, to + 1);
      }
      while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || "。！？".indexOf(text.charAt(to - 1)) >= 0)) {
        to--; // a stop before an ASCII ? (encoding debris) is not part of the words
      }
      if (to - from < 2) {
        continue;
      }
      int cueEnd = text.startsWith("告诉", verb) ? verb + 2 : cue[1];
      Quote q = new Quote(s.name, s.span, s.pronoun, s.role, text.substring(from, to), from, to,
          Kind.REPORTED, new Span(verb, cueEnd));
      insertInOrder(quotes, q);
    }
  }

  /**
   * Reported-speech cues, left to right and not overlapping, as {@code [verb start, verb end, end of
   * the cue's punctuation]}: a cue verb (or 告诉 plus an addressee of up to 12 characters) followed
   * by a comma or colon that does not open a quotation. Written as a scan from each comma or colon
   * back to the verbs that can end there, because a regular expression with this alternation tried
   * at every position of the text was the most expensive step of the stage.
   */
  private static List<int[]> reportedCues(String text) {
    List<int[]> out = new ArrayList<>();
    int covered = 0;
    int n = text.length();
    for (int punct = 1; punct < n; punct++) {
      char p = text.charAt(punct);
      if (p != '，' && p != ',' && p != '：' && p != ':') {
        continue;
      }
      if ((p == '，' || p == ',') && punct + 3 < n && text.startsWith("指出", punct + 1) && punct + 1 >= covered
          && isNameChar(text.charAt(punct + 3))) {
        // 习主席再次强调这一坚定立场，指出中方始终…: 指出 opening a clause, its content right after it
        out.add(new int[] {punct + 1, punct + 3, punct + 3});
        covered = punct + 3;
        continue;
      }
      int verb = -1;
      int verbEnd = punct;
      for (String v : CUE_VERBS) {
        int at = punct - v.length();
        if (at >= covered && text.startsWith(v, at)) {
          verb = at;
          break;
        }
      }
      if (verb < 0 && (p == '：' || p == ':')) {
        // 他提出四点倡议：一要…，二要…: proposals put forward, their content after the colon
        verb = proposal(text, punct, covered);
        verbEnd = verb < 0 ? punct : verb + 2;
      }
      if (verb < 0) {
        // 告诉 plus an addressee: 告诉新华社记者，
        for (int i = punct - 3; i >= Math.max(covered, punct - 14); i--) {
          char c = text.charAt(i + 1);
          if (c == '。' || c == '“' || c == '”' || c == '\n' || c == '，' || c == ',') {
            break;
          }
          if (text.startsWith("告诉", i)) {
            verb = i;
            verbEnd = i + 2;
            break;
          }
        }
      }
      if (verb < 0) {
        continue;
      }
      int next = punct + 1;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < n && (text.charAt(next) == '“' || text.charAt(next) == '「' || text.charAt(next) == '"')) {
        continue; // 他说：“… is a direct quote, attributed from the quote's side
      }
      out.add(new int[] {verb, verbEnd, punct + 1});
      covered = punct + 1;
    }
    return out;
  }

  /** What a speaker puts forward (提出四点倡议, 提出三点主张, 提出以下建议), ending at a colon. */
  private static final String[] PROPOSALS = {"倡议", "主张", "建议", "意见", "看法", "要求"};

  /**
   * The start of 提出 when {@code text} right before the colon at {@code colon} is 提出 plus a short
   * object naming proposals (四点倡议, 如下建议), else -1.
   */
  private static int proposal(String text, int colon, int covered) {
    boolean named = false;
    for (String w : PROPOSALS) {
      if (text.startsWith(w, colon - w.length())) {
        named = true;
        break;
      }
    }
    if (!named) {
      return -1;
    }
    for (int i = colon - 4; i >= Math.max(covered, colon - 12); i--) {
      char c = text.charAt(i + 1);
      if (c == '，' || c == ',' || c == '。' || c == '\n' || c == '“' || c == '”') {
        return -1;
      }
      if (text.startsWith("提出", i)) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the sentence starting at {@code from}, skipping stops inside quotation marks. */
  private static int sentenceEnd(String text, int from) {
    int to = from;
    int n = text.length();
    while (to < n) {
      char c = text.charAt(to);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
        break;
      }
      int close = c == '“' ? text.indexOf('”', to) : c == '「' ? text.indexOf('」', to) : -1;
      if (close > 0) {
        int paragraph = text.indexOf('\n', to);
        to = paragraph < 0 || close < paragraph ? close + 1 : to + 1;
      } else {
        to++;
      }
    }
    return to;
  }

  /**
   * True when the sentence at {@code start} continues reported speech: same paragraph, no cue of
   * its own, no quotation (a term in marks such as “一带一路” is not one), and it does not open with
   * a person or a pronoun (a new subject), and it does not name the speaker: a speaker says 我, so a
   * sentence naming them is the reporter's again (…战斗精神千万不能丢。2020年7月，习主席视察…时的铿锵话语…).
   * Only after a full-width stop: an ASCII ? or ! inside Chinese text is mostly debris of a broken
   * encoding, not the end of a question.
   */
  private static boolean continuesSpeech(String text, int start, List<Span> people, String speaker) {
    if (start >= text.length() || text.charAt(start) == '\n') {
      return false;
    }
    char first = text.charAt(start);
    if (first == '他' || first == '她' || first == '“' || first == '「') {
      return false;
    }
    for (Span p : people) {
      if (p.start() == start) {
        return false;
      }
    }
    int end = sentenceEnd(text, start);
    String sentence = text.substring(start, end);
    if (speaker != null && speaker.length() >= 2 && sentence.contains(speaker)) {
      return false;
    }
    if (CUE_ANYWHERE.matcher(sentence).find()) {
      return false;
    }
    for (int i = sentence.indexOf('“'); i >= 0; i = sentence.indexOf('“', i + 1)) {
      int close = sentence.indexOf('”', i);
      if (close < 0 || utteranceLike(sentence.substring(i + 1, close))) {
        return false;
      }
    }
    return sentence.indexOf('「') < 0;
  }

  private void english(String text, List<Span> people, List<Quote> quotes) {
    if (!hasEnglishCue(text)) {
      return; // most Chinese articles: no sentence walk at all
    }
    int sentenceStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n'
          || text.charAt(i) == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
      if (!end) {
        continue;
      }
      int stop = i < text.length() && text.charAt(i) == '.' ? i + 1 : i;
      String sentence = text.substring(sentenceStart, stop);
      if (hasEnglishCue(sentence)) {
        englishSentence(text, sentenceStart, sentence, people, quotes);
      }
      sentenceStart = i + 1;
    }
  }

  /** A cheap gate before the English patterns: one of their verbs is in the text. */
  private static boolean hasEnglishCue(String sentence) {
    for (String verb : ENGLISH_VERBS) {
      if (sentence.contains(verb)) {
        return true;
      }
    }
    return false;
  }

  private void englishSentence(String text, int offset, String sentence, List<Span> people, List<Quote> quotes) {
    Matcher after = ENGLISH_AFTER.matcher(sentence);
    if (after.find()) {
      int from = offset;
      while (from < offset + after.start() && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      Speaker s = englishSpeaker(text, offset + after.start(1), offset + after.end(1), people, quotes);
      if (s != null && offset + after.start() - from > 10) {
        insertInOrder(quotes, new Quote(s.name, s.span, s.pronoun, s.role,
            text.substring(from, offset + after.start()), from, offset + after.start(), Kind.REPORTED,
            new Span(offset + after.start(2), offset + after.end(2))));
        return;
      }
    }
    Matcher before = ENGLISH_BEFORE.matcher(sentence);
    if (before.find()) {
      Speaker s = englishSpeaker(text, offset + before.start(1), offset + before.end(1), people, quotes);
      int from = offset + before.end();
      int to = offset + sentence.length() - (sentence.endsWith(".") ? 1 : 0);
      if (s != null && to - from > 10) {
        int cueEnd = offset + before.end(2);
        if (sentence.startsWith("told", before.start(2))) {
          cueEnd = offset + before.start(2) + 4;
        }
        insertInOrder(quotes, new Quote(s.name, s.span, s.pronoun, s.role, text.substring(from, to), from,
            to, Kind.REPORTED, new Span(offset + before.start(2), cueEnd)));
      }
    }
  }

  private Speaker englishSpeaker(String text, int start, int end, List<Span> people, List<Quote> earlier) {
    String phrase = text.substring(start, end);
    if (phrase.equalsIgnoreCase("he") || phrase.equalsIgnoreCase("she")
        || phrase.regionMatches(true, 0, "the ", 0, 4) && Character.isLowerCase(phrase.charAt(phrase.length() - 1))) {
      return resolve(text, new Span(start, end), people, earlier);
    }
    Matcher title = ENGLISH_TITLE.matcher(phrase);
    int nameStart = title.lookingAt() ? start + title.end() : start;
    if (nameStart >= end || phrase.startsWith("The ") || phrase.startsWith("This ")) {
      return null;
    }
    return new Speaker(text.substring(nameStart, end), new Span(nameStart, end), null,
        nameStart > start ? text.substring(start, nameStart).strip() : null);
  }

  /** The speaker named in {@code text[clauseStart, verb)}, or null. */
  private Speaker speaker(String text, int clauseStart, int verb, List<Span> people, List<Quote> earlier) {
    int end = verb;
    String phrase = text.substring(clauseStart, end);
    for (int round = 0; round < 2; round++) {
      Matcher adverbs = TRAILING_ADVERBS.matcher(phrase);
      if (adverbs.find()) {
        phrase = phrase.substring(0, adverbs.start());
      }
      Matcher circumstance = CIRCUMSTANCE.matcher(phrase);
      if (circumstance.find()) {
        phrase = phrase.substring(0, circumstance.start());
      }
    }
    end = clauseStart + phrase.length();
    if (phrase.endsWith("时") && !people.isEmpty()) {
      // 习近平主席会见来华出席…“一带一路”…的托卡耶夫总统时表示: the subject of the 时 clause speaks,
      // not the person just before the verb (its object); the clause may hold a term's quotation marks.
      int from = verb;
      while (from > 0 && "。！？!?\n，,；;：:".indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
      Span subject = clauseSubject(text, from, end, people);
      return subject == null ? null : withRole(text, from, subject); // 会见托卡耶夫时: only the one met
    }
    if (end > clauseStart && (text.charAt(end - 1) == '他' || text.charAt(end - 1) == '她')
        && (end - 1 == clauseStart || !isNameChar(text.charAt(end - 2)))) {
      return resolve(text, new Span(end - 1, end), people, earlier);
    }
    for (Span p : people) {
      if (p.end() == end && p.start() >= clauseStart) {
        return withRole(text, clauseStart, p);
      }
    }
    Matcher reporter = OUTLET_REPORTER.matcher(text).region(Math.max(clauseStart, end - 16), end);
    if (reporter.find()) {
      // 新华社记者说: the outlet's reporter speaks; no person is named, the print is the speaker
      return new Speaker(reporter.group(), new Span(reporter.start(), reporter.end()), null, null);
    }
    int runStart = end;
    while (runStart > clauseStart && isNameChar(text.charAt(runStart - 1)) && end - runStart < 30) {
      runStart--;
    }
    Speaker heuristic = null;
    if (end > runStart) {
      String run = text.substring(runStart, end);
      Matcher title = TITLE.matcher(run);
      int titleStart = -1;
      int titleEnd = -1;
      while (title.find()) {
        titleStart = title.start();
        titleEnd = title.end();
      }
      if (titleEnd == run.length() && titleStart == 1) {
        heuristic = new Speaker(run, new Span(runStart, end), null, null); // 习主席
      } else if (titleEnd > 0 && titleEnd < run.length()) {
        String name = run.substring(titleEnd);
        if (plausibleName(name)) {
          heuristic = new Speaker(name, new Span(runStart + titleEnd, end), null, run.substring(0, titleEnd));
        }
      } else if (titleEnd < 0 && plausibleName(run)
          && (runStart == clauseStart || !Character.isDigit(text.charAt(runStart - 1)))) {
        heuristic = new Speaker(run, new Span(runStart, end), null, null);
      }
    }
    if (heuristic != null) {
      return heuristic;
    }
    for (Span p : people) {
      if (p.start() >= clauseStart && p.end() <= verb) {
        return withRole(text, clauseStart, p);
      }
    }
    return null;
  }

  /**
   * The subject of {@code [from, to)}: a pronoun at its start (resolved), else the first person
   * mention that is not an addressee or object (向X, 对X, 与X, X的). Only with person mentions.
   */
  private static Speaker subjectOf(String text, int from, int to, List<Span> people, List<Quote> earlier) {
    if (from < to && (text.charAt(from) == '他' || text.charAt(from) == '她')
        && (from + 1 >= to || text.charAt(from + 1) != '们')) {
      return resolve(text, new Span(from, from + 1), people, earlier);
    }
    for (Span p : people) {
      if (p.start() < from || p.end() > to) {
        continue;
      }
      char before = p.start() > from ? text.charAt(p.start() - 1) : ' ';
      char after = p.end() < text.length() ? text.charAt(p.end()) : ' ';
      if ("向对与同和为给把".indexOf(before) >= 0 || after == '的') {
        continue;
      }
      return withRole(text, from, p);
    }
    return null;
  }

  /**
   * Start of the sentence holding {@code at}: after the last stop, paragraph break, or closing mark
   * that ends a quoted sentence (。” but not the ” of a term such as “汉语桥”).
   */
  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("。！？!?\n".indexOf(c) >= 0
          || (c == '”' || c == '」') && i > 0 && "。！？!?…".indexOf(text.charAt(i - 1)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Speaker withRole(String text, int clauseStart, Span person) {
    int runStart = person.start();
    while (runStart > clauseStart && isNameChar(text.charAt(runStart - 1)) && person.start() - runStart < 30) {
      runStart--;
    }
    String role = null;
    if (runStart < person.start()) {
      String before = text.substring(runStart, person.start());
      Matcher title = TITLE.matcher(before);
      int last = -1;
      int lastStart = -1;
      while (title.find()) {
        last = title.end();
        lastStart = title.start();
      }
      if (last == before.length() && lastStart >= 0) {
        Matcher time = LEADING_TIME.matcher(before);
        role = time.lookingAt() && time.end() < before.length() ? before.substring(time.end()) : before;
      }
    }
    return new Speaker(person.of(text), person, null, role);
  }

  /**
   * A pronoun's (or a definite description's) speaker: the subject of the sentence it stands in
   * (when it is not at the sentence start) or of the sentence before, that is a person named at the
   * start of a clause, after at most a title (国家主席习近平, 哈萨克斯坦青年鲁斯兰); a clause that only
   * sets the scene (作为…, 在…) is skipped, and a pronoun opening that sentence is followed back
   * once more. Failing that, the speaker of a quote ending in the sentence before. Null rather than
   * a guess: the last name printed before a pronoun is often an object (米歇尔祝贺习近平…，他表示).
   */
  private static Speaker resolve(String text, Span pronoun, List<Span> people, List<Quote> earlier) {
    int from = sentenceStart(text, pronoun.start());
    int to = pronoun.start();
    boolean followBack = true;
    for (int hop = 0; hop < 3 && followBack; hop++) {
      if (to > from && !text.substring(from, to).isBlank()) {
        Span subject = clauseSubject(text, from, to, people);
        if (subject != null) {
          return new Speaker(subject.of(text), subject, pronoun, null);
        }
        for (Quote q : earlier) {
          if (q.speaker() != null && q.end() > from && q.end() <= pronoun.start()) {
            return new Speaker(q.speakerText(), q.speaker(), pronoun, q.role());
          }
        }
      }
      // the sentence before; followed further back only when it opens with a pronoun itself
      followBack = hop == 0 || opensWithPronoun(text, from, to);
      int prevEnd = from;
      while (prevEnd > 0 && "。！？!?\n”」 ".indexOf(text.charAt(prevEnd - 1)) >= 0) {
        prevEnd--;
      }
      if (prevEnd <= 0) {
        return null;
      }
      to = prevEnd;
      from = sentenceStart(text, to);
    }
    return null;
  }

  private static boolean opensWithPronoun(String text, int from, int to) {
    int first = from;
    while (first < to && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    return first < to && (text.charAt(first) == '他' || text.charAt(first) == '她'
        || text.startsWith("He ", first) || text.startsWith("She ", first));
  }

  /** The first person named at the start of a clause of {@code [from, to)}, after at most a title. */
  private static Span clauseSubject(String text, int from, int to, List<Span> people) {
    int clause = from;
    for (int i = from; i <= to; i++) {
      boolean end = i == to || "，,；;：:".indexOf(text.charAt(i)) >= 0;
      if (!end) {
        continue;
      }
      String c = text.substring(clause, i).strip();
      boolean scene = c.startsWith("作为") || c.startsWith("在") || c.startsWith("据") || c.startsWith("随着")
          || c.startsWith("当") || c.startsWith("对");
      if (!scene) {
        int lead = clause;
        while (lead < i && Character.isWhitespace(text.charAt(lead))) {
          lead++;
        }
        for (Span p : people) {
          if (p.start() < lead || p.end() > i) {
            continue;
          }
          String before = text.substring(lead, p.start());
          if (before.isEmpty() || titleTail(before)) {
            return p;
          }
          break;
        }
      }
      clause = i + 1;
    }
    return null;
  }

  /** True when {@code s} ends in a title (总统, 主任, President) and holds no clause break. */
  private static boolean titleTail(String s) {
    if (s.indexOf('，') >= 0 || s.indexOf(',') >= 0) {
      return false;
    }
    Matcher english = ENGLISH_TITLE.matcher(s);
    if (english.matches()) {
      return true;
    }
    Matcher title = TITLE.matcher(s);
    int last = -1;
    while (title.find()) {
      last = title.end();
    }
    return last == s.length();
  }

  /**
   * Marks around a term ({@code “一带一路”}, {@code “中国中心”}) are not speech: a quote must end in
   * punctuation or be at least a short clause long.
   */
  private static boolean utteranceLike(String inner) {
    return inner.length() >= 12
        || !inner.isEmpty() && "。！？!?…，,".indexOf(inner.charAt(inner.length() - 1)) >= 0;
  }

  private static boolean plausibleName(String name) {
    boolean transliterated = name.indexOf('·') > 0 && name.length() <= 16 && !name.endsWith("·");
    return (transliterated || name.length() >= 2 && name.length() <= 4)
        && !NOT_A_SPEAKER.matcher(name).find();
  }

  private static boolean isNameChar(char c) {
    return c == '·' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        && "的和与、在同及向对".indexOf(c) < 0;
  }

  /** Start of the clause holding {@code at}: after the last sentence stop, paragraph break or quote mark. */
  private static int clauseStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if ("。！？!?\n”」“「，,；;：:".indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean inside(List<Span> spans, int at) {
    for (Span s : spans) {
      if (s.start() <= at && at < s.end()) {
        return true;
      }
    }
    return false;
  }

  private static void insertInOrder(List<Quote> quotes, Quote q) {
    for (Quote other : quotes) {
      if (other != null && other.span().overlaps(q.span())) {
        return;
      }
    }
    quotes.add(q);
  }

  /** A speaker found at a cue. */
  private record Speaker(String name, Span span, Span pronoun, String role) {}
}

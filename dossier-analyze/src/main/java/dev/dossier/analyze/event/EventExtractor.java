package dev.dossier.analyze.event;

import dev.dossier.analyze.event.EventTriggers.Trigger;
import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Dateline;
import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Event;
import dev.dossier.model.EventType;
import dev.dossier.model.Quote;
import dev.dossier.model.Span;
import dev.dossier.model.TimeKind;
import dev.dossier.model.TimeMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds events (GDELT-style, but grounded) as a careful reader lists them: every real happening,
 * nothing else.
 *
 * <p>A trigger word gives the type ({@link EventTriggers}); it makes an event only where it is used
 * as the predicate of a clause. Noun uses and happenings before or after the one told make no
 * event: 此访, 此次会晤, 访问团, 与…的会晤, 访问期间 with no one named before it, 结束出席…后, 访哈前夕,
 * a trigger in a relative clause ({@code 会见来华出席…的托卡耶夫}), counted or habitual happenings
 * (第4次访问, 两次访华, 多次会晤: a tally reports no one happening, and its individual happenings are
 * events where the text reports them; 分别出席A和B is one attendance of each), wishes (期待…到访), and
 * "the visit" / "during the visit" in English. A briefing at a press conference (在例行记者会上介绍,
 * 举行新闻发布会) is a SPEECH. A happening told in a temporal clause that frames the sentence (在与托卡耶夫会谈时说,
 * 习近平主席2013年9月访哈期间在演讲中, 会见…托卡耶夫总统时表示) is a mention: it joins the event it tells
 * of (same type, the people of one among those of the other, compatible dates and places) as
 * one more evidence span, else it is an event of its own when it has a date (its sentence's, or
 * that of the happening reported just before that one of its people took part in, whose most
 * specific place it then takes too); a tour at home (来到河南考察时) and an intention (准备进行演讲时)
 * are not mentions. An airport welcome (赴机场迎接, welcomed at the airport) is the host's side of the
 * arrival (CAMEO 043 host a visit) and makes no event of its own. Words inside a quotation
 * (direct or reported) are the speaker's, not the reporter's: they make an event only when they
 * announce it (将, will, looks forward to), with 我/he resolved to the speaker.
 *
 * <p>Participants are the trigger's subject and object, taken from its own clause: the people
 * before it (with those joined by 同/与/和/with), and for meetings and calls the people after it
 * (会见X, talks with X). Inviters (应X邀请), addressees (向X, 对X), possessors (X的) and people of a
 * relative clause are not participants; organisations count only as the clause's subject. A clause
 * without a subject takes the subject of the previous clause of its sentence (…出席…，并对X进行国事
 * 访问); a pronoun takes the last person named before it (or the quote's speaker); a collective
 * (两国元首, the two leaders) takes the people of the last happening that had two or more (not a
 * tally: 两次会谈), else, right after a state visit, the visitor and the one head of state of the
 * country visited; a sentence opening with a back-reference (会谈后, 随后) takes the previous event's
 * (for 会谈后, the last meeting's) participants, place and date.
 *
 * <p>The place is a place named after 在 / in / at in the clause (the most specific of 哈萨克斯坦首都
 * 阿斯塔纳), for a visit the place visited (访问X, 抵达X, 来到X for a country, 对X进行…访问, visit to X;
 * 抵京, 访华, 访哈 by their abbreviation; 对X、Y进行访问 and 应X国总统A、Y国总统B邀请对两国进行访问 give one
 * visit to each country), else a place of an adverbial clause before it in the sentence, else, under
 * 访问期间 / during the visit, the place of the visit last mentioned (and, undated, its dates: 访问期间，
 * 习近平主席将同托卡耶夫总统举行会谈 takes the visit's 7月2日至6日), else the dateline's place for a
 * past event the dateline covers. The date is the most specific time expression before the trigger in its
 * sentence (else the first after it in its clause, else the last date of the previous sentence of
 * the same paragraph, else, for participants resolved from a collective, the date of the meeting
 * it refers to, else the dateline's date for an unannounced event the dateline covers), at its own
 * granularity cut to the day; times printed inside a dateline, and years naming a meeting
 * (2024年年会), are not read as the event's own. A
 * Chinese dateline covers its paragraph (a second one opening a paragraph inside the text,
 * 新华社阿斯塔纳7月3日电 heading a second report, covers the paragraphs after it up to the next
 * dateline); an English one (ASTANA, July 2 (Xinhua) --, also one
 * opening an English part inside the text) covers its paragraph and the Latin-script paragraphs
 * after it up to the next dateline. An
 * event is planned when its clause (or the clause its subject came from) says so (将, 即将, 拟,
 * 计划, will, is to, scheduled, looks forward to) or its date is after the publication date.
 *
 * <p>Mentions of one happening merge into one event with several evidence spans, across
 * languages: same type and planned flag, equal participants (or, on the same date, one set within
 * the other), dates equal or one unknown, places equal, unknown, or one the country of the other.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventExtractor {
  private static final String[] COLLECTIVE = {
    "两国元首", "两位元首", "双方元首", "两国领导人", "两位领导人", "两国总理", "两国外长", "双方领导人", "two presidents", "two heads of state", "two leaders"
  };
  private static final String[] BACK_REFERENCE = {
    "会谈后", "会见后", "会晤后", "会后", "随后", "其间", "当天", "同日", "当晚", "此后", "Afterwards", "Later"
  };
  private static final String[] MEETING_BACK_REFERENCE = {"会谈后", "会见后", "会晤后", "会后"};
  private static final String[] PLANNED_ZH = {"将", "即将", "拟", "计划", "预计", "准备", "打算"};
  private static final String[] PLANNED_EN = {
    " will ", "'ll ", " is to ", " are to ", "scheduled", "look forward", "looks forward", " plans to ", " is expected to ", " is set to "
  };
  /** Nouns and particles that, right after a trigger, make it a noun or a subordinate mention. */
  private static final String[] NOMINAL_AFTER = {
    "期间", "框架", "前夕", "之际", "团", "时", "后", "以后", "之后", "的", "、", "仪式", "活动", "机制", "成果", "前", "精神"
  };
  /** Determiners and particles that, right before a trigger, make it a noun. */
  private static final String[] NOMINAL_BEFORE = {"此", "此次", "这次", "本次", "该次", "其", "、", "定期"};
  private static final String[] WISH = {"期待", "希望", "盼望", "欢迎", "相信", "祝贺", "期盼"};
  private static final String[] SUBORDINATE_END = {"时", "后", "以后", "之后", "中", "期间", "之际"};
  private static final String SPEECH_CUES = "说表指强称介";
  /** 上 and a speech cue right after a press conference word (记者会上介绍, 发布会上表示). */
  private static final java.util.regex.Pattern SPEECH_CUES_AFTER =
      java.util.regex.Pattern.compile("上(?:就[^，。]{1,30}?)?(?:介绍|表示|说|宣布|指出|强调|回答|称|答问)");
  /** Generic references that the recogniser may type as places but that name no place. */
  private static final String[] VENUE_SUFFIXES = {"宾馆", "大会堂", "会堂", "酒店", "饭店", "大厦", "广场", "中心", "总统府", "宫"};
  /** Verbs that govern a trigger as their object (迎接习主席访哈, 结束出席…): the trigger is a noun. */
  private static final String[] GOVERNORS = {"迎接", "纪念", "庆祝", "筹备", "结束", "围绕", "回顾", "忆及"};
  private static final String[] CONNECTIVES = {
    "并", "还", "也", "又", "随后", "同时", "专程", "就是", "再", "然后", "先后", "共同", "一同", "后", "应邀", "在", "对", "应", "于", "同", "与", "赴", "将", "即将", "前往"
  };
  /** Collective nouns that are a clause's own subject (两国代表团, 双方) though no entity names them. */
  private static final String[] OWN_SUBJECTS = {"代表团", "双方", "两国", "各方", "两党", "delegations", "both sides"};
  /** Verbs that make the next person their object (宣读习近平主席贺信, 迎接习主席). */
  private static final String[] GOVERNING_VERBS = {
    "宣读", "迎接", "祝贺", "感谢", "欢迎", "看望", "慰问", "陪同", "转达", "致电", "致信", "致函", "接受", "听取", "委托", "代表"
  };
  private static final Set<String> GENERIC_PLACES = Set.of("两国", "双方", "各国", "本国", "该国", "全国", "两地");

  private final EventTriggers triggers = new EventTriggers();

  /** A mention of an entity, flattened for lookup. */
  private record Ref(int start, int end, String id, EntityType type) {}

  /** An event being built, before merging. */
  private static final class Draft {
    final EventType type;
    String date;
    String place;
    final Set<String> participants;
    final boolean planned;
    final List<Span> evidence = new ArrayList<>();
    /** Told in a temporal clause ({@link Use#MENTION}): merged into an event, or standalone when dated. */
    boolean mention;
    /** The place came from the happening reported just before, not from the mention's own words. */
    boolean inheritedPlace;
    /** Organisations named after the trigger in its clause: what is attended (上海合作组织峰会). */
    final Set<String> objects = new LinkedHashSet<>();

    Draft(EventType type, String date, String place, Set<String> participants, boolean planned, Span evidence) {
      this.type = type;
      this.date = date;
      this.place = place;
      this.participants = participants;
      this.planned = planned;
      this.evidence.add(evidence);
    }
  }

  /** What one article offers the rules; built once per call. */
  private static final class Context {
    final String text;
    final List<Ref> refs;
    final List<Quote> quotes;
    final Map<String, String> countryOf = new HashMap<>();
    final Set<String> genericPlaces = new java.util.HashSet<>();
    final Set<String> venues = new java.util.HashSet<>();
    final List<Trigger> triggers;
    /** Country id -> the people whose role makes them its head of state (哈萨克斯坦总统托卡耶夫). */
    final Map<String, List<String>> headsOfState = new HashMap<>();
    /** Place names and aliases -> entity id, for places a trigger implies (抵京, 访华). */
    final Map<String, String> placeNamed = new HashMap<>();
    /** Places that are some entity's country (哈萨克斯坦 of 阿斯塔纳, of 托卡耶夫). */
    final Set<String> countries = new java.util.HashSet<>();

    Context(String text, List<Ref> refs, List<Quote> quotes, List<Trigger> triggers) {
      this.text = text;
      this.refs = refs;
      this.quotes = quotes;
      this.triggers = triggers;
    }
  }

  /** The events of one article, without quotes (every trigger is the reporter's). */
  public List<Event> extract(
      String text,
      List<Sentence> sentences,
      List<Entity> entities,
      List<TimeMention> times,
      Dateline dateline,
      String published) {
    return extract(text, sentences, entities, times, List.of(), dateline, published);
  }

  /**
   * The events of one article.
   *
   * @param text the clean text
   * @param sentences its sentences
   * @param entities its entities with mentions
   * @param times its time expressions, resolved
   * @param quotes its quotes (direct and reported), whose words are the speaker's
   * @param dateline the dateline, or null
   * @param published the publication date (ISO), or null
   */
  public List<Event> extract(
      String text,
      List<Sentence> sentences,
      List<Entity> entities,
      List<TimeMention> times,
      List<Quote> quotes,
      Dateline dateline,
      String published) {
    Objects.requireNonNull(text, "text");
    List<Ref> refs = new ArrayList<>();
    for (Entity e : entities) {
      for (Span m : e.mentions()) {
        refs.add(new Ref(m.start(), m.end(), e.id(), e.type()));
      }
    }
    refs.sort(Comparator.comparingInt(Ref::start));
    List<Local> datelines = datelines(text, sentences, dateline, entities, refs, times);
    // The outlet and place of a dateline report the story; they do not take part in it.
    refs.removeIf(r -> inDateline(datelines, r.start(), r.end()));
    List<Trigger> all = triggers.find(text);
    Context c = new Context(text, refs, quotes, all);
    for (Entity e : entities) {
      if (e.country() != null) {
        c.countryOf.put(e.id(), e.country());
      }
      if (e.type() == EntityType.PLACE && GENERIC_PLACES.contains(e.name())) {
        c.genericPlaces.add(e.id());
      }
      if (e.type() == EntityType.ORG && endsWithAny(e.name(), VENUE_SUFFIXES)) {
        c.venues.add(e.id()); // 钓鱼台国宾馆: an organisation by type, a place where things happen
      }
      if (e.type() == EntityType.PERSON && e.country() != null && e.roles().stream().anyMatch(EventExtractor::headOfState)) {
        c.headsOfState.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e.id());
      }
      if (e.country() != null) {
        c.countries.add(e.country());
      }
      if (e.type() == EntityType.PLACE) {
        c.placeNamed.putIfAbsent(e.name(), e.id());
        for (String a : e.aliases()) {
          c.placeNamed.putIfAbsent(a, e.id());
        }
      }
    }
    List<TimeMention> dates = new ArrayList<>();
    for (TimeMention t : times) {
      boolean nameYear = t.value() != null && t.value().length() == 4 && t.end() < text.length()
          && (text.startsWith("年会", t.end()) || text.startsWith("年度", t.end())
              || text.startsWith("会", t.end()) && text.charAt(t.end() - 1) == '年');
      if (nameYear) {
        continue; // 世界经济论坛2024年年会: the year names the meeting, it does not date the happening
      }
      if (!inDateline(datelines, t.start(), t.end()) && t.value() != null && !t.value().isEmpty()
          && t.kind() != TimeKind.DURATION) { // 下午 with no day known has an empty value: no date
        dates.add(t);
      }
    }
    dates.sort(Comparator.comparingInt(TimeMention::start));

    List<Draft> drafts = new ArrayList<>();
    Draft previous = null;
    Set<String> lastGroup = null;
    int lastGroupParagraph = -10;
    String lastGroupDate = null;
    String lastVisited = null;
    String previousDate = null;
    int previousParagraph = -1;
    int next = 0;
    int nextDate = 0;
    int lastSentenceStart = -1;
    for (Sentence s : sentences) {
      while (next < all.size() && all.get(next).start() < s.start()) {
        next++;
      }
      if (s.start() < lastSentenceStart) {
        nextDate = 0; // sentences out of order: look at every date again
      }
      lastSentenceStart = s.start();
      // The dates are sorted by start: those before this sentence belong to no later one either.
      while (nextDate < dates.size() && dates.get(nextDate).start() < s.start()) {
        nextDate++;
      }
      List<TimeMention> sentenceDates = new ArrayList<>();
      for (int i = nextDate; i < dates.size() && dates.get(i).start() < s.end(); i++) {
        if (dates.get(i).end() <= s.end()) {
          sentenceDates.add(dates.get(i));
        }
      }
      String narrativeDate = previousParagraph == s.paragraph() ? previousDate : null;
      if (next < all.size() && all.get(next).start() < s.end()) {
        List<int[]> clauses = clauses(text, s);
        boolean backReference = startsWithAny(text, s.start(), BACK_REFERENCE);
        Set<EventType> seenInClause = new LinkedHashSet<>();
        int seenClause = -1;
        for (int k = next; k < all.size() && all.get(k).end() <= s.end(); k++) {
          Trigger t = all.get(k);
          int ci = clauseIndex(clauses, t.start());
          Quote quote = quoteAt(quotes, t.start());
          Actors actors = actors(c, t, clauses, ci, quote);
          boolean tally = !t.english() && counted(text.substring(clauses.get(ci)[0], t.start()));
          if (actors.participants.size() >= 2 && !tally) {
            // 习近平在与托卡耶夫会面时说: even a mention says who "the two heads of state" are next, and
            // when they met: its own date, the narrative's, or that of the happening just reported
            // (the paragraph before) that one of them took part in (托卡耶夫抵京参会).
            lastGroup = actors.participants;
            lastGroupParagraph = s.paragraph();
            lastGroupDate = date(sentenceDates, t, clauses.get(ci));
            if (lastGroupDate == null) {
              lastGroupDate = narrativeDate;
            }
            if (lastGroupDate == null && previous != null && previous.date != null && !previous.planned
                && s.paragraph() - joinedParagraph(previous, sentences) <= 1
                && previous.participants.stream().anyMatch(actors.participants::contains)) {
              lastGroupDate = previous.date;
            }
          }
          if (t.type() == EventType.VISIT && !text.startsWith("期间", t.end()) && !text.startsWith("the ", Math.max(0, t.start() - 4))) {
            // 此访是习近平主席第五次访问哈萨克斯坦: even a mention says where "the visit" is; one whose
            // place is not known (再次对塔进行国事访问, 塔 not recognised) leaves it unknown, unless the
            // words are the visitor's own in English about the visit just reported (he is delighted
            // to visit the beautiful country of Kazakhstan), which name no new target
            String visitedHere = placeIn(c, t, clauses.get(ci)[0], clauses.get(ci)[1]);
            if (visitedHere != null || quote == null || !t.english()) {
              lastVisited = visitedHere;
            }
          }
          Trigger following = k + 1 < all.size() ? all.get(k + 1) : null;
          if (t.type() == EventType.ATTEND && following != null && !t.english()
              && following.start() - t.end() <= 1 && following.type() != EventType.ATTEND) {
            // 王毅参加会见: a further participant of the meeting just reported, not a new event
            Draft joined = lastOfType(drafts, following.type());
            if (joined != null && quote == null) {
              joined.participants.addAll(actors.participants);
            }
            k++;
            continue;
          }
          if (!t.english() && quote == null && joinsPrevious(c, t, clauses.get(ci))) {
            // 王毅、何立峰等参加。 / 蔡奇、王毅等陪同人员同机抵达: more people in the event just reported
            Draft joined = t.type() == EventType.ATTEND ? lastOfType(drafts, null) : lastOfType(drafts, t.type());
            if (joined != null && s.paragraph() - joinedParagraph(joined, sentences) <= 1) {
              joined.participants.addAll(actors.participants);
            }
            continue;
          }
          Use use = t.english() ? (englishPredicate(text, t) ? Use.EVENT : Use.NONE) : chineseUse(c, t, clauses.get(ci));
          if (use == Use.NONE) {
            continue;
          }
          boolean mention = use == Use.MENTION;
          boolean marked = plannedMarker(text, actors.scopeStart, t);
          if (mention && marked) {
            continue; // 在和歌山县准备进行演讲时: what was about to happen when something else did
          }
          if ((quote != null || addressesSomeone(text, clauses.get(ci))) && !marked) {
            continue; // the speaker's words about a happening are not a report of it
          }
          if (ci != seenClause) {
            seenInClause.clear();
            seenClause = ci;
          }
          if (!seenInClause.add(t.type())) {
            continue; // 会见 ... 会谈 in one clause is one meeting
          }
          Set<String> participants = new LinkedHashSet<>(actors.participants);
          boolean fromGroup = false;
          if (collective(text, s.start(), t.start()) && lastGroup != null && s.paragraph() - lastGroupParagraph <= 2) {
            participants.addAll(lastGroup);
            fromGroup = true;
          }
          String place = place(c, t, clauses, ci);
          String date = date(sentenceDates, t, clauses.get(ci));
          if (place == null && lastVisited != null && t.type() != EventType.VISIT && duringTheVisit(text, s.start(), t.start())) {
            // 访问期间，习近平主席将同托卡耶夫总统举行会谈: in the country of the visit, within its dates
            place = lastVisited;
            Draft visit = lastVisitTo(drafts, lastVisited, c);
            if (date == null && visit != null && visit.date.contains("/")) {
              date = visit.date; // its range; a visit dated by its arrival day says nothing of the talks' day
            }
          }
          if (date == null) {
            date = narrativeDate;
          }
          boolean inheritedPlace = false;
          Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
          // a mention of the same sentence (访哈期间在演讲中), else the happening reported last
          Draft context = last != null && last.evidence.get(0).start() == s.start() ? last : previous;
          if (mention && (date == null || place == null) && context != null && !context.planned
              && s.paragraph() - joinedParagraph(context, sentences) <= 1
              && context.participants.stream().anyMatch(actors.participants::contains)) {
            // 托卡耶夫在西安出席中国—中亚峰会，并对中国进行国事访问。习近平在与托卡耶夫会谈时说: the
            // talks of the happening just reported, at its date and its most specific place
            date = date == null ? context.date : date;
            if (place == null) {
              place = mostSpecificPlace(drafts, context, c);
              inheritedPlace = place != null;
            }
          }
          if (date == null && fromGroup) {
            date = lastGroupDate; // 两国元首共同见证签署…: on the occasion of the meeting just reported
          }
          if (!fromGroup && participants.isEmpty() && headsOfStateWord(text, s.start(), t.start()) && previous != null
              && previous.type == EventType.VISIT && !previous.planned && previous.place != null
              && s.paragraph() - joinedParagraph(previous, sentences) <= 2) {
            // 对哈萨克斯坦进行国事访问 … 在哈萨克斯坦，两国元首举行正式会谈: the visitor and the one head
            // of state of the country visited
            List<String> hosts = c.headsOfState.getOrDefault(
                c.countryOf.getOrDefault(previous.place, previous.place), List.of());
            if (hosts.size() == 1 && !previous.participants.contains(hosts.get(0))) {
              participants.addAll(previous.participants);
              participants.add(hosts.get(0));
              date = date == null ? previous.date : date;
              place = place == null ? previous.place : place;
            }
          }
          // 会谈后，两国元首共同见证签署: after the meeting, not after whatever was reported last
          Draft referenced = startsWithAny(text, s.start(), MEETING_BACK_REFERENCE) && lastOfType(drafts, EventType.MEET) != null
              ? lastOfType(drafts, EventType.MEET) : previous;
          if (backReference && referenced != null && (participants.isEmpty()
              || fromGroup && referenced.participants.size() >= 2 && !referenced.participants.equals(participants))) {
            participants.clear();
            participants.addAll(referenced.participants);
            place = place == null ? referenced.place : place;
            date = date == null ? referenced.date : date;
          }
          if (participants.isEmpty()) {
            continue; // an event needs an actor named in its own text or linked context
          }
          Local local = covering(datelines, s.paragraph());
          if (date == null && local != null && !marked && local.date() != null) {
            date = local.date(); // 新华社阿斯塔纳7月2日电, ASTANA, July 2 (Xinhua) -- date what they cover
          }
          boolean planned = marked || date != null && published != null && isAfter(date, published);
          if (place == null && local != null && !planned) {
            place = local.place();
          }
          Draft d = new Draft(t.type(), date, place, participants, planned, new Span(s.start(), s.end()));
          d.mention = mention;
          d.inheritedPlace = inheritedPlace;
          int[] clause = clauses.get(ci);
          for (int j = from(c, t.end()); j < refs.size() && refs.get(j).start() < clause[1]; j++) {
            Ref r = refs.get(j);
            if (r.end() <= clause[1] && r.type() == EntityType.ORG) {
              d.objects.add(r.id());
            }
          }
          drafts.add(d);
          if (!mention) {
            previous = d;
          }
          if (t.type() == EventType.VISIT) {
            List<String> countries = visitedTogether(c, t, clauses.get(ci), s);
            if (countries.size() >= 2) {
              // 对哈萨克斯坦、塔吉克斯坦进行国事访问, 应X国总统A、Y国总统B邀请对两国进行国事访问: one
              // visit to each country (hosted by each), not one visit to the first
              d.place = countries.get(0);
              for (int i = 1; i < countries.size(); i++) {
                Draft more = new Draft(t.type(), date, countries.get(i), new LinkedHashSet<>(participants), planned,
                    new Span(s.start(), s.end()));
                more.mention = mention;
                drafts.add(more);
              }
            }
          }
          if (t.type() == EventType.ATTEND && !t.english() && text.substring(clause[0], t.start()).endsWith("分别")) {
            // 并分别出席中国—中亚峰会和第三届…高峰论坛: one attendance of each thing attended
            List<int[]> parts = listedParts(text, t.end(), clause[1]);
            if (parts.size() >= 2) {
              d.objects.clear();
              d.objects.addAll(orgsIn(c, parts.get(0)));
              for (int i = 1; i < parts.size(); i++) {
                Draft more = new Draft(t.type(), date, place, new LinkedHashSet<>(participants), planned,
                    new Span(s.start(), s.end()));
                more.mention = mention;
                more.objects.addAll(orgsIn(c, parts.get(i)));
                if (more.objects.isEmpty()) {
                  more.objects.add("#" + i); // an unrecognised name still is something else attended
                }
                drafts.add(more);
              }
            }
          }
          if (participants.size() >= 2) {
            lastGroup = participants;
            lastGroupParagraph = s.paragraph();
            lastGroupDate = date;
          }
        }
      }
      if (!sentenceDates.isEmpty()) {
        previousDate = dayGrain(sentenceDates.get(sentenceDates.size() - 1).value());
        previousParagraph = s.paragraph();
      } else if (previousParagraph != s.paragraph()) {
        previousDate = null;
      }
    }
    return merge(drafts, c);
  }

  /** {@code [from, to)} split at 和 and 、 outside quotation marks: the items of a list. */
  private static List<int[]> listedParts(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    int depth = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '“' || ch == '《') {
        depth++;
      } else if ((ch == '”' || ch == '》') && depth > 0) {
        depth--;
      } else if (depth == 0 && (ch == '和' || ch == '、')) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  private static Set<String> orgsIn(Context c, int[] part) {
    Set<String> out = new LinkedHashSet<>();
    for (int k = from(c, part[0]); k < c.refs.size() && c.refs.get(k).start() < part[1]; k++) {
      Ref r = c.refs.get(k);
      if (r.end() <= part[1] && r.type() == EntityType.ORG) {
        out.add(r.id());
      }
    }
    return out;
  }

  /** The last dated visit drafted to {@code place} (or to a place inside it), or null. */
  private static Draft lastVisitTo(List<Draft> drafts, String place, Context c) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.type == EventType.VISIT && d.date != null && d.place != null
          && (d.place.equals(place) || place.equals(c.countryOf.get(d.place)))) {
        return d;
      }
    }
    return null;
  }

  /**
   * The most specific place of the events drafted from the sentence of {@code previous}: a place
   * inside a country (西安 of 在西安出席…) over the country (对中国进行国事访问).
   */
  private static String mostSpecificPlace(List<Draft> drafts, Draft previous, Context c) {
    Span sentence = previous.evidence.get(0);
    String best = previous.place;
    for (Draft d : drafts) {
      if (d.place != null && d.evidence.get(0).equals(sentence) && (best == null || !d.place.equals(best)
          && best.equals(c.countryOf.get(d.place)))) {
        best = d.place;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- clauses

  /** Clause spans of a sentence, split at commas, semicolons and colons (not inside numbers). */
  private static List<int[]> clauses(String text, Sentence s) {
    List<int[]> out = new ArrayList<>();
    int start = s.start();
    for (int i = s.start(); i < s.end(); i++) {
      char ch = text.charAt(i);
      boolean hanSpace = (ch == ' ' || ch == '\u3000') && i > s.start() && i + 1 < s.end()
          && isHan(text.charAt(i - 1)) && isHan(text.charAt(i + 1));
      boolean boundary =
          hanSpace || ch == '，' || ch == '；' || ch == '：' || ch == ';'
              || (ch == ',' || ch == ':') && !(i > 0 && i + 1 < text.length()
                  && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
      if (boundary) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, s.end()});
    return out;
  }

  private static boolean isHan(char ch) {
    return ch >= '\u4e00' && ch <= '\u9fff';
  }

  private static int clauseIndex(List<int[]> clauses, int at) {
    for (int i = 0; i < clauses.size(); i++) {
      if (at < clauses.get(i)[1] || i == clauses.size() - 1) {
        return i;
      }
    }
    return clauses.size() - 1;
  }

  // ---------------------------------------------------------------- predicate or mention

  /** How a trigger is used in its clause. */
  private enum Use {
    /** The predicate of its clause: a happening reported. */
    EVENT,
    /**
     * The predicate of a temporal clause that frames the sentence (在与托卡耶夫会谈时说, 访哈期间在演讲中,
     * 会见…托卡耶夫总统时表示): a happening too, told at the same time as what the sentence reports, but
     * mostly one already reported, so it merges into that event or stands alone only when dated.
     */
    MENTION,
    /** A noun, a tally, a wish, a relative clause, a happening before or after the one told. */
    NONE
  }

  /** Temporal heads after a trigger (or its object) that make it a {@link Use#MENTION}. */
  private static final String[] SIMULTANEOUS_AFTER = {"期间", "之际", "时"};

  /**
   * How a Chinese trigger is used: the predicate of its clause, the predicate of a temporal clause
   * that frames the sentence, or neither (a noun, a subordinate mention of something before or after).
   */
  private static Use chineseUse(Context c, Trigger t, int[] clause) {
    if (chinesePredicate(c, t, clause)) {
      return Use.EVENT;
    }
    String text = c.text;
    int afterEnd = clause[1];
    while (afterEnd > t.end() && "。！？!?.…”」\"） ".indexOf(text.charAt(afterEnd - 1)) >= 0) {
      afterEnd--;
    }
    String after = text.substring(t.end(), afterEnd).strip();
    Ref follows = refStartingAt(c, t.end());
    String rest = follows != null ? text.substring(Math.min(follows.end(), clause[1]), clause[1]) : after;
    int from = clause[0];
    for (int i = t.start() - 1; i > clause[0]; i--) {
      if ("。！？!?".indexOf(text.charAt(i)) >= 0) {
        from = i + 1; // a quoted sentence inside the sentence (“此访是…。访问期间…”) is a clause of its own here
        break;
      }
    }
    String before = text.substring(from, t.start());
    boolean simultaneous = startsWithAny(rest, 0, SIMULTANEOUS_AFTER)
        || follows == null && after.startsWith("中") && before.contains("在");
    if (!simultaneous) {
      int when = after.indexOf('时');
      String tail = after.strip();
      simultaneous = when >= 0 && when + 1 < after.length() && SPEECH_CUES.indexOf(after.charAt(when + 1)) >= 0
          || before.contains("在") && (tail.endsWith("时") || tail.endsWith("期间") || tail.endsWith("中") || tail.endsWith("之际"));
    }
    if (!simultaneous || t.type() == EventType.SIGN || !personIn(c, from, t.start())) {
      return Use.NONE; // 访问期间 with no one named before it: a back-reference to the visit just told
    }
    // The same exclusions as for a predicate, without the temporal heads themselves.
    return nominalOrSubordinate(c, t, clause, before, after, follows) ? Use.NONE : Use.MENTION;
  }

  /**
   * The exclusions that hold for any use of a trigger: a determiner or possessive before it (此访,
   * 与…的会晤), a tally, a wish or a governing verb, a relative clause on a person; the temporal heads
   * are not among them.
   */
  private static boolean nominalOrSubordinate(Context c, Trigger t, int[] clause, String before, String after, Ref follows) {
    String text = c.text;
    for (String b : NOMINAL_BEFORE) {
      if (before.endsWith(b)) {
        return true;
      }
    }
    if (before.endsWith("的") || counted(before) || before.contains("分别")) {
      return true;
    }
    if (containsAny(before, WISH) || containsAny(before, GOVERNORS)) {
      return true;
    }
    if (after.contains("的") && (before.contains("会见") || before.contains("接见") || before.contains("会晤")
        || before.endsWith("来") || before.endsWith("前来") || before.endsWith("赴") || before.endsWith("同")
        || before.endsWith("与"))) {
      return true; // 会见来华出席…的托卡耶夫总统时: the relative clause of the object
    }
    int of = after.indexOf('的');
    if (of >= 0 && personThenTrigger(c, t.end() + of, clause[1])) {
      return true;
    }
    String word = t.of(text);
    if (word.equals("来到")) {
      return true; // 来到河南考察时: the framing happening is the tour, which is no visit
    }
    return word.equals("讲话") && !before.contains("发表") || word.equals("晚宴") || word.equals("与会") || word.equals("参会");
  }

  /** True when a Chinese trigger is the predicate of its clause, not a noun or subordinate mention. */
  private static boolean chinesePredicate(Context c, Trigger t, int[] clause) {
    String text = c.text;
    String before = text.substring(clause[0], t.start());
    int afterEnd = clause[1];
    while (afterEnd > t.end() && "。！？!?.…”」\"） ".indexOf(text.charAt(afterEnd - 1)) >= 0) {
      afterEnd--;
    }
    String after = text.substring(t.end(), afterEnd).strip();
    String word = t.of(text);
    if (word.endsWith("会") && t.type() == EventType.SPEECH) {
      // 外交部发言人毛宁在例行记者会上介绍: a briefing given (CAMEO 010), its speaker the subject;
      // 举行/召开记者会 too (not 就X召开, whose X is a topic; not a bare 发布会, mostly a product
      // launch). A press conference only mentioned (记者会结束后) is none.
      return before.contains("在") && after.startsWith("上") && SPEECH_CUES_AFTER.matcher(after).lookingAt()
          || !word.equals("发布会") && !before.contains("就") && (before.endsWith("举行") || before.endsWith("召开"));
    }
    Ref follows = refStartingAt(c, t.end());
    if (follows != null) {
      String rest = text.substring(Math.min(follows.end(), clause[1]), clause[1]);
      for (String a : NOMINAL_AFTER) {
        if (rest.startsWith(a)) {
          return false; // 访问哈萨克斯坦期间, 抵达阿斯塔纳后的第一项日程
        }
      }
    } else {
      for (String a : NOMINAL_AFTER) {
        if (after.startsWith(a)) {
          return false;
        }
      }
      if (after.startsWith("中") || after.startsWith("上")) {
        return false; // 在演讲中, 在会谈上
      }
    }
    for (String b : NOMINAL_BEFORE) {
      if (before.endsWith(b)) {
        return false;
      }
    }
    if (before.endsWith("的") && !before.contains("举行") && !before.contains("进行") && !before.contains("发表")) {
      return false; // 与习近平主席的会晤; but 举行了富有成果的会谈 is one
    }
    if (counted(before) || before.contains("分别") && !(t.type() == EventType.ATTEND && before.endsWith("分别"))) {
      return false; // 第4次访问, 两次访华, 多次会晤: a tally, not a happening (分别出席A和B: one attendance each)
    }
    if (containsAny(before, WISH) || containsAny(before, GOVERNORS) || after.contains("充满期待") || after.contains("表示期待")) {
      return false; // 期待习近平主席到访
    }
    for (String e : SUBORDINATE_END) {
      if (after.endsWith(e) && !after.isEmpty()) {
        return false; // 在与托卡耶夫会谈时, 结束出席…后, 在16日的会谈中
      }
    }
    int when = after.indexOf('时');
    if (when >= 0 && when + 1 < after.length() && SPEECH_CUES.indexOf(after.charAt(when + 1)) >= 0) {
      return false; // 会见…托卡耶夫总统时表示
    }
    if (after.contains("的") && (before.contains("会见") || before.contains("接见") || before.contains("会晤")
        || before.endsWith("来") || before.endsWith("前来") || before.endsWith("赴"))) {
      return false; // 会见了来新疆访问并出席…的茹曼加林: the relative clause of the object
    }
    if (after.contains("的") && (before.endsWith("同") || before.endsWith("与") || before.endsWith("会见")
        || before.endsWith("会见了") || before.endsWith("接见") || before.endsWith("宴请"))) {
      return false; // 同来华进行国事访问的厄立特里亚总统伊萨亚斯举行会谈
    }
    int of = after.indexOf('的');
    if (of >= 0 && personThenTrigger(c, t.end() + of, clause[1])) {
      return false; // a relative clause on the person who is the object of a later trigger
    }
    if (t.type() == EventType.SIGN && (after.startsWith("国务院令") || after.startsWith("主席令") || after.startsWith("命令")
        || after.startsWith("法令") || after.startsWith("特赦令"))) {
      return false; // signing a decree is not a formal agreement (CAMEO 057)
    }
    if (word.equals("晚宴") && (before.contains("出席") || before.contains("参加"))) {
      return false; // 出席…晚宴 is the attendance already counted
    }
    if (word.equals("来到") && (follows == null || !c.countries.contains(follows.id()))) {
      // 来到哈萨克斯坦 is a visit to a country; 来到西北大学留学, 来到长江国家文化公园 (a tour at home,
      // whose sites the recogniser cuts badly: 北京房山大石河 gives 大石) are not reported as visits
      return false;
    }
    if ((word.equals("与会") || word.equals("参会")) && !after.isEmpty()) {
      return false; // 与会各国领导人
    }
    if (word.equals("讲话") && !before.contains("发表") && !before.endsWith("并") && !before.endsWith("作")) {
      return false; // 出席会议并讲话, 发表题为…的重要讲话; not 学习…讲话
    }
    if (word.equals("晚宴") && !before.contains("举行") && !before.contains("举办") && !before.contains("设")) {
      return false;
    }
    return true;
  }

  /** True when a person is named in {@code [from, to)}. */
  private static boolean personIn(Context c, int from, int to) {
    for (int k = from(c, from); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.start() >= to) {
        return false;
      }
      if (r.end() <= to && r.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** A person named in {@code [from, to)} and a trigger after that person, in the same clause. */
  private static boolean personThenTrigger(Context c, int from, int to) {
    int person = -1;
    for (int k = from(c, from); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.end() <= to && r.type() == EntityType.PERSON) {
        person = r.end();
        break;
      }
      if (r.start() >= to) {
        break;
      }
    }
    return person >= 0 && triggerIn(c, person, to);
  }

  /** 第4次, 两次, 两度, 多次, 3次 in the last characters before a trigger. */
  private static boolean counted(String before) {
    int from = Math.max(0, before.length() - 8);
    for (int i = before.length() - 1; i >= from; i--) {
      char ch = before.charAt(i);
      if (ch != '次' && ch != '度') {
        continue;
      }
      if (i > 0 && "0123456789二三四五六七八九十两几多数屡".indexOf(before.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when an English trigger word is used as the event's verb (or a noun that reports one). */
  private static boolean englishPredicate(String text, Trigger t) {
    String w = t.of(text).toLowerCase(java.util.Locale.ROOT);
    String p = wordBefore(text, t.start(), 1);
    String pp = wordBefore(text, t.start(), 2);
    String nx = wordAfter(text, t.end());
    boolean capitalisedBefore = !p.isEmpty() && Character.isUpperCase(wordBeforeRaw(text, t.start()));
    switch (w) {
      case "visit":
        return Set.of("to", "will", "also", "a", "an").contains(p)
            || Set.of("state", "official", "working").contains(p) && Set.of("a", "an").contains(pp);
      case "visits":
        return capitalisedBefore || p.equals("also");
      case "visited":
      case "arrived":
      case "met":
      case "phoned":
      case "attended":
      case "attends":
      case "signs":
      case "addressed":
        return !p.equals("the");
      case "signed":
        return !p.equals("the") && !p.equals("a");
      case "visiting":
        return Set.of("is", "was", "are", "were", "while", "when", "been", "after", "during").contains(p);
      case "meet":
      case "attend":
      case "sign":
        return Set.of("to", "will", "would", "also", "not", "'ll").contains(p);
      case "meets":
        return capitalisedBefore;
      case "talks":
        return Set.of("held", "hold", "holds", "have", "had", "having", "holding").contains(p)
            || Set.of("held", "hold", "holds", "have", "had", "having", "holding").contains(pp);
      case "dinner":
      case "banquet":
        return Set.of("over", "had", "hosted", "a", "at").contains(p) || Set.of("hosted", "had", "held").contains(pp);
      case "call":
      case "conversation":
        return Set.of("phone", "telephone", "video").contains(p);
      case "attending":
        return Set.of("to", "while", "is", "was", "be", "for", "after").contains(p);
      case "signing":
        return nx.equals("of") && !p.equals("a");
      case "speech":
        return Set.of("a", "keynote", "important").contains(p) && !pp.equals("the");
      case "statement":
        return p.equals("written") || p.equals("a") && Set.of("issued", "made", "released").contains(pp);
      default:
        return false;
    }
  }

  /** The {@code n}th word (1 = nearest) before {@code at}, lower case, or "" at a clause boundary. */
  private static String wordBefore(String text, int at, int n) {
    int i = at;
    String word = "";
    for (int k = 0; k < n; k++) {
      while (i > 0 && text.charAt(i - 1) == ' ') {
        i--;
      }
      int end = i;
      while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'') && text.charAt(i - 1) < 128) {
        i--;
      }
      if (i == end) {
        return "";
      }
      word = text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    }
    return word;
  }

  private static char wordBeforeRaw(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 1) < 128) {
      i--;
    }
    return i < end ? text.charAt(i) : ' ';
  }

  private static String wordAfter(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i) < 128) {
      i++;
    }
    return text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
  }

  // ---------------------------------------------------------------- participants

  /** The participants of a trigger and where the clause that gave its subject starts. */
  private record Actors(Set<String> participants, int scopeStart) {}

  private enum Role {
    SUBJECT,
    COMITATIVE,
    EXCLUDED
  }

  private static Actors actors(Context c, Trigger t, List<int[]> clauses, int ci, Quote quote) {
    String text = c.text;
    int[] clause = clauses.get(ci);
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    roles(c, clause[0], t.start(), subjects, others);
    int scope = clause[0];
    if (subjects.isEmpty()) {
      String pronounSubject = pronoun(c, clause[0], t.start(), quote);
      if (pronounSubject != null) {
        subjects.add(pronounSubject);
      }
    }
    boolean carry = subjects.isEmpty() && subjectless(text.substring(clause[0], t.start()), t.english());
    for (int j = ci - 1; j >= 0 && subjects.isEmpty() && carry; j--) {
      if (adverbial(text.substring(clauses.get(j)[0], clauses.get(j)[1]))) {
        continue;
      }
      // Only the people before the clause's own trigger are its subject (在巴库会见X: X is an object).
      int subjectEnd = clauses.get(j)[1];
      for (Trigger other : c.triggers) {
        if (other.start() >= clauses.get(j)[0] && other.start() < subjectEnd) {
          subjectEnd = other.start();
          break;
        }
        if (other.start() >= subjectEnd) {
          break;
        }
      }
      Set<String> s = new LinkedHashSet<>();
      roles(c, clauses.get(j)[0], subjectEnd, s, new LinkedHashSet<>());
      if (s.isEmpty()) {
        String pronounSubject = pronoun(c, clauses.get(j)[0], subjectEnd, quote);
        if (pronounSubject != null) {
          s.add(pronounSubject);
        }
      }
      if (!s.isEmpty()) {
        subjects.addAll(s);
        scope = clauses.get(j)[0];
      }
    }
    if (subjects.isEmpty()) {
      Ref first = firstRef(c, clause[0], t.start());
      String rest = first == null ? "" : text.substring(first.end(), t.start()).strip();
      if (first != null && first.type() == EntityType.ORG && text.substring(clause[0], first.start()).isBlank()
          && (rest.isEmpty() || rest.startsWith("与") || rest.startsWith("同") || rest.startsWith("和") || rest.startsWith("共"))) {
        subjects.add(first.id()); // an organisation heading its clause: 新疆代表团与哈方签订…
      }
    }
    if (t.type() == EventType.MEET || t.type() == EventType.CALL) {
      roles(c, t.end(), clause[1], others, others);
    }
    Set<String> participants = new LinkedHashSet<>(subjects);
    participants.addAll(others);
    return new Actors(participants, scope);
  }

  /** A clause whose text before the trigger names no subject of its own: 并对X进行, 专程到访. */
  private static boolean subjectless(String before, boolean english) {
    String b = before.strip();
    if (b.isEmpty()) {
      return true;
    }
    String rest = b;
    for (String w : CONNECTIVES) {
      if (rest.startsWith(w)) {
        rest = rest.substring(w.length());
        break;
      }
    }
    for (String own : OWN_SUBJECTS) {
      if (rest.startsWith(own) || rest.length() > 2 && rest.substring(2).startsWith(own)) {
        return false; // 然后两国代表团将进行会谈: a subject of its own, though no entity names it
      }
    }
    if (english) {
      return b.startsWith("and ") || b.startsWith("then ") || b.startsWith("before ") || b.startsWith("after ");
    }
    for (String w : CONNECTIVES) {
      if (b.startsWith(w)) {
        return true;
      }
    }
    return startsWithAny(b, 0, GOVERNING_VERBS); // 宣读…贺信并致辞: the same subject reads and speaks
  }

  /** 在托卡耶夫总统访华框架内: a clause that only sets the scene; its people do not act. */
  private static boolean adverbial(String clause) {
    String s = clause.strip();
    return s.startsWith("在") && endsWithAny(s, new String[] {"内", "中", "期间", "时", "后", "上", "之际", "下"});
  }

  /**
   * Sorts the people named in {@code [from, to)} into subjects and comitatives (同X, 与X, and X,
   * with X); inviters (应X邀请), addressees (向X, 对X, to X), possessors (X的) are left out.
   */
  private static void roles(Context c, int from, int to, Set<String> subjects, Set<String> comitatives) {
    String text = c.text;
    int gapStart = from;
    Role previous = null;
    String lastPerson = null;
    for (int k = from(c, from); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.end() > to) {
        break;
      }
      if (r.type() != EntityType.PERSON) {
        continue; // a place or organisation in a title (哈萨克斯坦总统托卡耶夫) stays part of the gap
      }
      if (r.start() < gapStart) {
        continue; // a shorter mention inside the previous one (Xi in Xi Jinping)
      }
      String gap = text.substring(gapStart, r.start());
      if (previous != null && lastPerson != null && titleOnly(gap)) {
        // 习近平夫人彭丽媛: the first name modifies the second
        subjects.remove(lastPerson);
        comitatives.remove(lastPerson);
      }
      Role role;
      if (previous != null && listJoin(gap)) {
        role = previous;
      } else if (inviter(gap) || endsWithAny(gap.strip(), GOVERNING_VERBS) || gap.endsWith("向") || gap.endsWith("对") || gap.endsWith("为") || gap.endsWith("给")
          || gap.endsWith("to ") || gap.contains("invitation of")) {
        role = Role.EXCLUDED;
      } else if (gap.contains("同") || gap.contains("与") || gap.contains("跟") || gap.contains("和")
          || gap.contains("with ") || gap.contains(" and ")) {
        role = Role.COMITATIVE;
      } else {
        role = Role.SUBJECT;
      }
      if (possessive(text, r.end(), to)) {
        role = Role.EXCLUDED;
      }
      if (role == Role.SUBJECT) {
        subjects.add(r.id());
      } else if (role == Role.COMITATIVE) {
        comitatives.add(r.id());
      }
      previous = role;
      lastPerson = r.id();
      gapStart = r.end();
    }
  }

  /** A kinship word or title between two names (夫人, 总统夫人): 1-4 Han characters, no conjunction. */
  private static boolean titleOnly(String gap) {
    if (gap.isEmpty() || gap.length() > 4) {
      return false;
    }
    for (int i = 0; i < gap.length(); i++) {
      char ch = gap.charAt(i);
      if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN || "、和与同及跟在对向会见".indexOf(ch) >= 0) {
        return false;
      }
    }
    return gap.endsWith("夫人") || gap.endsWith("丈夫") || gap.endsWith("之子") || gap.endsWith("之女");
  }

  /** A gap that only lists names (、, 和, 及, and) keeps the previous name's role. */
  private static boolean listJoin(String gap) {
    String g = gap.strip();
    if (g.startsWith("、") || g.startsWith("及") || g.startsWith("以及")) {
      return !g.contains("同") && !g.contains("与");
    }
    return false;
  }

  private static boolean inviter(String gap) {
    int i = gap.lastIndexOf('应');
    return i >= 0 && (i + 1 >= gap.length() || gap.charAt(i + 1) != '邀');
  }

  /** X的 or X总统的: the person modifies a noun and does not act. */
  private static boolean possessive(String text, int end, int limit) {
    for (int i = end; i < Math.min(limit, end + 4); i++) {
      char ch = text.charAt(i);
      if (ch == '的') {
        return true;
      }
      if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return false;
  }

  /** 他/她/我 (or he/she/I) before a trigger: the quote's speaker, else the last person named. */
  private static String pronoun(Context c, int from, int to, Quote quote) {
    String text = c.text;
    int at = -1;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '他' || ch == '她' || ch == '我' && quote != null) {
        if (i + 1 < to && (text.charAt(i + 1) == '们' || text.charAt(i + 1) == '国')) {
          continue;
        }
        at = i;
        break;
      }
      if ((ch == 'h' || ch == 'H' || ch == 's' || ch == 'S' || ch == 'I') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        String w = wordAfter(text, i);
        if (w.equals("he") || w.equals("she") || w.equals("i") && quote != null) {
          at = i;
          break;
        }
      }
    }
    if (at < 0) {
      return null;
    }
    if (quote != null && quote.speaker() != null && quote.start() <= at && at < quote.end()) {
      return quote.speaker();
    }
    String last = null;
    for (Ref r : c.refs) {
      if (r.end() > at) {
        break;
      }
      if (r.type() == EntityType.PERSON && at - r.end() < 300) {
        last = r.id();
      }
    }
    return last;
  }

  /** 你, 您 in the clause: someone's words to someone (a speech or letter), even without quotation marks. */
  private static boolean addressesSomeone(String text, int[] clause) {
    for (int i = clause[0]; i < clause[1]; i++) {
      char ch = text.charAt(i);
      if (ch == '你' || ch == '您') {
        return true;
      }
    }
    return false;
  }

  /** 访问期间, 此访期间, during the visit before the trigger in its sentence: a back-reference to the visit. */
  private static boolean duringTheVisit(String text, int from, int to) {
    String before = text.substring(from, to);
    return before.contains("访问期间") || before.contains("访期间") || before.contains("uring the visit")
        || before.contains("uring his visit") || before.contains("uring the state visit");
  }

  /** 两国元首, 两位元首, the two presidents: the heads of state of two countries. */
  private static boolean headsOfStateWord(String text, int from, int to) {
    String before = text.substring(from, to);
    return before.contains("元首") || before.contains("two presidents") || before.contains("two heads of state");
  }

  /** A title that makes its holder the head of a state (总统, 国家主席, 国王, President). */
  private static boolean headOfState(String role) {
    return (role.endsWith("总统") || role.endsWith("国家主席") || role.endsWith("国王") || role.endsWith("President"))
        && !role.contains("副") && !role.contains("Vice");
  }

  private static boolean collective(String text, int from, int to) {
    String before = text.substring(from, to);
    for (String s : COLLECTIVE) {
      if (before.contains(s)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- place, date, planned

  private static String place(Context c, Trigger t, List<int[]> clauses, int ci) {
    int[] clause = clauses.get(ci);
    String own = placeIn(c, t, clause[0], clause[1]);
    if (own != null) {
      return own;
    }
    if (t.english() && ci > 0 && c.text.substring(clause[0], t.start()).strip().startsWith("where ")) {
      // a state visit to Kazakhstan, where he will also attend …: the place the relative refers to
      String referred = null;
      for (int k = 0; k < c.refs.size(); k++) {
        Ref r = c.refs.get(k);
        if (r.start() >= clauses.get(ci - 1)[0] && r.end() <= clauses.get(ci - 1)[1] && isPlace(c, r)) {
          referred = r.id();
        }
      }
      if (referred != null) {
        return referred;
      }
    }
    for (int j = ci - 1; j >= 0; j--) {
      int[] prior = clauses.get(j);
      if (refsIn(c, prior[0], prior[1]) || triggerIn(c, prior[0], prior[1])) {
        break; // a clause with its own actor or happening keeps its place
      }
      String p = placeIn(c, null, prior[0], prior[1]);
      if (p != null) {
        return p; // an adverbial clause: 在哈萨克斯坦，两国元首举行正式会谈
      }
    }
    return null;
  }

  private static boolean triggerIn(Context c, int from, int to) {
    for (Trigger t : c.triggers) {
      if (t.start() >= from && t.end() <= to) {
        return true;
      }
      if (t.start() >= to) {
        break;
      }
    }
    return false;
  }

  private static boolean refsIn(Context c, int from, int to) {
    for (int k = from(c, from); k < c.refs.size() && c.refs.get(k).start() < to; k++) {
      Ref r = c.refs.get(k);
      if (r.end() <= to && r.type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place in {@code [from, to)}: named after 在/in/at (the last of a run such as 哈萨克斯坦首都阿斯塔纳),
   * or, for a visit trigger, the place visited. With a null trigger only the 在 form counts.
   */
  private static String placeIn(Context c, Trigger t, int from, int to) {
    String text = c.text;
    String visited = null;
    String located = null;
    for (int k = from(c, from); k < c.refs.size() && c.refs.get(k).start() < to; k++) {
      Ref r = c.refs.get(k);
      if (r.end() > to || !isPlace(c, r)) {
        continue;
      }
      String before = text.substring(Math.max(from, r.start() - 3), r.start());
      String run = lastOfRun(c, k, to);
      if (before.endsWith("在") || before.endsWith("in ") || before.endsWith("at ") || before.endsWith("于")) {
        if (t == null || r.start() < t.start() || r.start() - t.end() < 6 || t.english()) {
          located = located == null ? run : located;
        }
      }
      if (t != null && t.type() == EventType.VISIT && visited == null) {
        int gapAfter = r.start() - t.end();
        boolean after = gapAfter >= 0 && gapAfter <= 2 || gapAfter >= 0 && text.startsWith("the ", t.end() + 1) && gapAfter <= 5;
        boolean targeted = before.endsWith("对") && r.end() <= t.start() && t.start() - r.end() <= 12;
        boolean to_ = (before.endsWith("to ") || before.endsWith("in ")) && r.start() >= t.end() && gapAfter <= 12;
        if (after || targeted || to_) {
          visited = run;
        }
      }
    }
    if (t != null && t.type() == EventType.VISIT && visited != null) {
      return visited;
    }
    if (located != null) {
      return located;
    }
    if (t != null && t.type() == EventType.VISIT && implied(c, t) != null) {
      return implied(c, t);
    }
    if (t != null && t.type() == EventType.ATTEND) {
      // 抵京参会: the place the same clause's visit word implies
      for (Trigger v : c.triggers) {
        if (v.start() >= from && v.end() <= t.start() && v.type() == EventType.VISIT && implied(c, v) != null) {
          return implied(c, v);
        }
        if (v.start() >= t.start()) {
          break;
        }
      }
      // 抵达阿斯塔纳出席…: the place the same clause's visit reached
      for (int k = from(c, from); k < c.refs.size() && c.refs.get(k).start() < t.start(); k++) {
        Ref r = c.refs.get(k);
        if (r.end() <= t.start() && isPlace(c, r)
            && text.substring(Math.max(from, r.start() - 2), r.start()).contains("抵达")) {
          return lastOfRun(c, k, t.start());
        }
      }
    }
    return null;
  }

  /**
   * The countries one visit trigger names together: a list after 对 (对哈萨克斯坦、塔吉克斯坦进行…访问),
   * or 对两国 with the countries of the sentence's inviters (应X国总统A、Y国总统B邀请); else empty.
   */
  private static List<String> visitedTogether(Context c, Trigger t, int[] clause, Sentence s) {
    String text = c.text;
    if (!t.english()) {
      List<String> objects = placeList(c, t.end(), clause[1]);
      if (!objects.isEmpty()) {
        return objects; // 访问哈萨克斯坦、印度尼西亚
      }
    }
    int to = t.start();
    int from = Math.max(clause[0], to - 40);
    int dui = text.lastIndexOf('对', to);
    if (dui < from) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (text.startsWith("两国", dui + 1)) {
      int ying = text.lastIndexOf('应', dui);
      int invitation = text.indexOf("邀请", Math.max(ying, 0));
      if (ying < s.start() || invitation < 0 || invitation > dui) {
        return List.of();
      }
      for (Ref r : c.refs) {
        if (r.start() > ying && r.end() <= invitation && r.type() == EntityType.PERSON) {
          String country = c.countryOf.get(r.id());
          if (country != null && !out.contains(country)) {
            out.add(country);
          }
        }
      }
      return out.size() == 2 ? out : List.of();
    }
    int at = dui + 1;
    for (int k = from(c, at); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.start() > at || !isPlace(c, r)) {
        break;
      }
      out.add(r.id());
      at = r.end();
      if (at < to && "、和及".indexOf(text.charAt(at)) >= 0) {
        at++;
      } else {
        break;
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** Places listed from {@code at} on, joined by 、和及 (two or more), else empty. */
  private static List<String> placeList(Context c, int at, int to) {
    List<String> out = new ArrayList<>();
    for (int k = from(c, at); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.start() > at || r.end() > to || !isPlace(c, r)) {
        break;
      }
      out.add(r.id());
      at = r.end();
      if (at < to && "、和及".indexOf(c.text.charAt(at)) >= 0) {
        at++;
      } else {
        break;
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * The place a visit word names by its abbreviation (抵京: Beijing, 访华 and 来华: China, 访哈: the
   * place whose alias is 哈), when the article has that place; else null. 京 and 华 are spelled out
   * here because they are the capital and country every Chinese report abbreviates so, while the
   * recogniser lists only country abbreviations such as 哈 as aliases.
   */
  private static String implied(Context c, Trigger t) {
    String word = t.of(c.text);
    if (t.type() == EventType.VISIT && (word.equals("访问") || word.equals("国事访问"))) {
      // 对塔进行国事访问: a one-character abbreviation the recogniser lists as an alias, not as a mention
      for (int at = t.start() - 2; at >= Math.max(2, t.start() - 4); at--) {
        if (c.text.startsWith("进行", at) && c.text.charAt(at - 2) == '对') {
          return c.placeNamed.get(String.valueOf(c.text.charAt(at - 1)));
        }
      }
      return null;
    }
    if (word.length() != 2 || !(word.startsWith("访") || word.startsWith("抵") || word.startsWith("来"))) {
      return null;
    }
    String abbreviation = word.substring(1);
    String name = switch (abbreviation) {
      case "京" -> "北京";
      case "华" -> "中国";
      case "问", "访", "达", "到" -> null;
      default -> abbreviation;
    };
    return name == null ? null : c.placeNamed.get(name);
  }

  private static boolean isPlace(Context c, Ref r) {
    return r.type() == EntityType.PLACE && !c.genericPlaces.contains(r.id()) || c.venues.contains(r.id());
  }

  /** The last place of a run of places joined by at most a short word (哈萨克斯坦首都阿斯塔纳). */
  private static String lastOfRun(Context c, int k, int to) {
    Ref r = c.refs.get(k);
    String id = r.id();
    int end = r.end();
    for (int j = k + 1; j < c.refs.size(); j++) {
      Ref n = c.refs.get(j);
      if (n.start() < end) {
        continue; // overlapping mentions (新疆维吾尔自治区 / 新疆)
      }
      if (n.end() > to || n.start() - end > 2 || !isPlace(c, n)) {
        break;
      }
      String gap = c.text.substring(end, n.start());
      if (!gap.isEmpty() && !gap.equals("首都") && !gap.equals("省") && !gap.equals("州") && !gap.equals("市")) {
        break;
      }
      id = n.id();
      end = n.end();
    }
    return id;
  }

  /** The last date before the trigger in its sentence, else the first after it. */
  /**
   * The date before the trigger in its sentence, the most specific one where there are several
   * (2022年11月15日 over the 2022年 of a forum's name; 2023年10月 over a relative 十年后), the last
   * where they tie; else the first after the trigger in its own clause.
   */
  private static String date(List<TimeMention> sentenceDates, Trigger t, int[] clause) {
    String best = null;
    for (TimeMention m : sentenceDates) {
      if (m.end() <= t.start()) {
        String v = dayGrain(m.value());
        if (best == null || v.length() >= best.length()) {
          best = v;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (TimeMention m : sentenceDates) {
      if (m.start() >= t.end() && m.end() <= clause[1]) {
        return dayGrain(m.value());
      }
    }
    return null;
  }

  private static boolean plannedMarker(String text, int from, Trigger t) {
    String before = text.substring(from, t.start());
    if (t.english()) {
      String b = " " + before;
      for (String m : PLANNED_EN) {
        if (b.contains(m)) {
          return true;
        }
      }
      return false;
    }
    for (String m : PLANNED_ZH) {
      if (before.contains(m)) {
        return true;
      }
    }
    return false;
  }

  static String dayGrain(String value) {
    StringBuilder out = new StringBuilder();
    for (String part : value.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      int t = part.indexOf('T');
      out.append(t >= 0 ? part.substring(0, t) : part);
    }
    return out.toString();
  }

  private static boolean isAfter(String date, String published) {
    String d = date.contains("/") ? date.substring(0, date.indexOf('/')) : date;
    if (d.length() < 4 || !Character.isDigit(d.charAt(0))) {
      return false;
    }
    String p = published.length() >= d.length() ? published.substring(0, d.length()) : published;
    return d.compareTo(p) > 0;
  }

  // ---------------------------------------------------------------- lookups

  /** Attending with nothing attended (王毅等参加。), or accompanying (陪同): joining the last event. */
  private static boolean joinsPrevious(Context c, Trigger t, int[] clause) {
    String text = c.text;
    String before = text.substring(clause[0], t.start());
    if (before.contains("陪同")) {
      return true;
    }
    if (t.type() != EventType.ATTEND) {
      return false;
    }
    int end = clause[1];
    while (end > t.end() && "。！？!?.… ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end != t.end()) {
      return false;
    }
    String b = before.strip();
    return b.endsWith("等") || b.endsWith("也") || b.endsWith("亦") || b.endsWith("等人") || b.endsWith("还")
        || endsWithPerson(c, clause[0], t.start()); // 姜信治和陈希出席。
  }

  private static boolean endsWithPerson(Context c, int from, int at) {
    for (int k = from(c, from); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.end() == at && r.type() == EntityType.PERSON) {
        return true;
      }
      if (r.start() >= at) {
        break;
      }
    }
    return false;
  }

  private static int joinedParagraph(Draft d, List<Sentence> sentences) {
    Span last = d.evidence.get(d.evidence.size() - 1);
    for (Sentence s : sentences) {
      if (s.start() == last.start()) {
        return s.paragraph();
      }
    }
    return -10;
  }

  /**
   * The last event drafted of {@code type} (any type for null), leaving out mentions: people who
   * join (王毅等参加) and back-references (会谈后) point to a happening reported, not to one framing a
   * sentence.
   */
  private static Draft lastOfType(List<Draft> drafts, EventType type) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (!drafts.get(i).mention && (type == null || drafts.get(i).type == type)) {
        return drafts.get(i);
      }
    }
    return null;
  }

  private static Quote quoteAt(List<Quote> quotes, int at) {
    for (Quote q : quotes) {
      if (q.start() <= at && at < q.end()) {
        return q;
      }
    }
    return null;
  }

  private static Ref refStartingAt(Context c, int at) {
    int k = from(c, at);
    return k < c.refs.size() && c.refs.get(k).start() == at ? c.refs.get(k) : null;
  }

  private static Ref firstRef(Context c, int from, int to) {
    for (int k = from(c, from); k < c.refs.size(); k++) {
      Ref r = c.refs.get(k);
      if (r.end() <= to) {
        return r;
      }
      if (r.start() >= to) {
        break;
      }
    }
    return null;
  }

  /**
   * The index of the first mention starting at or after {@code at} (the mentions are sorted by
   * start): a binary search, because the rules ask for the mentions of a clause many times per
   * trigger and a scan from the article's start made the stage quadratic in its mentions.
   */
  private static int from(Context c, int at) {
    int lo = 0;
    int hi = c.refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (c.refs.get(mid).start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean startsWithAny(String text, int at, String[] prefixes) {
    for (String p : prefixes) {
      if (text.startsWith(p, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String s, String[] words) {
    for (String w : words) {
      if (s.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- datelines

  /**
   * A dateline of the text and the paragraphs it covers ({@code [first, last]}): the article's own
   * (from the clean module) covers its paragraph; one opening an English part inside the text
   * (ASTANA, July 2 (Xinhua) -- , as in a bilingual release) covers that part, i.e. the following
   * paragraphs in Latin script up to the next dateline, because English wire copy dates only its
   * lead and reports the rest of the story from there.
   */
  private record Local(int start, int end, int first, int last, String date, String place) {}

  /**
   * English opening datelines (place in capitals, month, day, optional outlet, dash). Written here
   * rather than taken from the clean module, whose stage reads only the article's first dateline;
   * the same shape as its pattern, applied only to paragraphs opening with two capitals.
   */
  private static final java.util.regex.Pattern ENGLISH_DATELINE =
      java.util.regex.Pattern.compile(
          "[A-Z][A-Z.'\\- ]{1,40}?(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30}?)?,\\s+"
              + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
              + "(?:,\\s*\\d{4})?\\s*(?:\\([^)]{2,40}\\))?\\s*(?:--|\u2014|\u2013|-)");

  /**
   * A Chinese dateline opening a paragraph (新华社阿斯塔纳7月3日电, 中新网北京6月1日电): the outlet, an
   * optional place, the day, 电. The same shape as the clean module's, which reads only the article's
   * first one.
   */
  private static final java.util.regex.Pattern CHINESE_DATELINE =
      java.util.regex.Pattern.compile(
          "(?:新华社|新华网|中新社|中新网|人民网|央视网|国际在线|光明网|中国新闻网)[\\p{IsHan}·]{0,10}?"
              + "[0-9０-９]{1,2}月[0-9０-９]{1,2}日电");

  private static List<Local> datelines(
      String text, List<Sentence> sentences, Dateline dateline, List<Entity> entities, List<Ref> refs, List<TimeMention> times) {
    List<Local> out = new ArrayList<>();
    int paragraphs = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
    int[] firstStart = new int[paragraphs];
    java.util.Arrays.fill(firstStart, -1);
    for (Sentence s : sentences) {
      if (firstStart[s.paragraph()] < 0) {
        firstStart[s.paragraph()] = s.start();
      }
    }
    if (dateline != null && dateline.start() >= 0) {
      String date = dateline.date() != null && !dateline.date().isEmpty() && Character.isDigit(dateline.date().charAt(0))
          ? dayGrain(dateline.date()) : null;
      int paragraph = -1;
      for (Sentence s : sentences) {
        if (s.start() <= dateline.start() && dateline.start() < s.end()) {
          paragraph = s.paragraph();
        }
      }
      out.add(new Local(dateline.start(), dateline.end(), paragraph, paragraph, date,
          datelinePlace(dateline.place(), dateline.start(), dateline.end(), entities, refs)));
    }
    for (int p = 0; p < paragraphs; p++) {
      int at = firstStart[p];
      if (at < 0 || at + 1 >= text.length() || !isUpperAscii(text.charAt(at)) || !isUpperAscii(text.charAt(at + 1))) {
        continue; // the cheap gate: English datelines open with a place in capitals
      }
      java.util.regex.Matcher m = ENGLISH_DATELINE.matcher(text).region(at, Math.min(text.length(), at + 120));
      if (!m.lookingAt()) {
        continue;
      }
      int last = p;
      while (last + 1 < paragraphs && firstStart[last + 1] >= 0 && firstStart[last + 1] < text.length()
          && text.charAt(firstStart[last + 1]) < 128 && Character.isLetterOrDigit(text.charAt(firstStart[last + 1]))
          && !startsEnglishDateline(text, firstStart[last + 1])) {
        last++;
      }
      String date = null;
      for (TimeMention t : times) {
        if (t.start() >= m.start() && t.end() <= m.end() && t.value() != null && t.kind() == TimeKind.DATE) {
          date = dayGrain(t.value());
        }
      }
      int comma = text.indexOf(',', m.start());
      String place = datelinePlace(text.substring(m.start(), comma).strip(), m.start(), m.end(), entities, refs);
      Local own = out.isEmpty() ? null : out.get(0);
      if (own != null && own.first() == p) {
        // the article's own dateline is this one: it covers the English part too
        out.set(0, new Local(own.start(), Math.max(own.end(), m.end()), p, last,
            own.date() != null ? own.date() : date, own.place() != null ? own.place() : place));
      } else {
        out.add(new Local(m.start(), m.end(), p, last, date, place));
      }
    }
    int own = dateline != null && dateline.start() >= 0 ? dateline.start() : -1;
    int ownParagraph = own >= 0 ? out.get(0).first() : -1;
    for (int p = 0; p < paragraphs; p++) {
      java.util.regex.Matcher m = chineseDateline(text, firstStart[p]);
      if (m == null || m.start() == own) {
        continue;
      }
      // A second report inside the text (新华社阿斯塔纳7月3日电 heading its second part): it covers
      // its paragraph and the ones after it up to the next dateline, as a dateline heading an English
      // part does.
      int last = p;
      while (last + 1 < paragraphs && last + 1 != ownParagraph && chineseDateline(text, firstStart[last + 1]) == null
          && !startsEnglishDateline(text, firstStart[last + 1])) {
        last++;
      }
      String date = null;
      for (TimeMention t : times) {
        if (t.start() >= m.start() && t.end() <= m.end() && t.value() != null && t.kind() == TimeKind.DATE) {
          date = dayGrain(t.value());
        }
      }
      out.add(new Local(m.start(), m.end(), p, last, date, datelinePlace(m.group(), m.start(), m.end(), entities, refs)));
    }
    return out;
  }

  /** The Chinese dateline opening the paragraph at {@code at}, or null (a cheap gate on the outlet's first character first). */
  private static java.util.regex.Matcher chineseDateline(String text, int at) {
    if (at < 0 || at >= text.length() || "新中人央国光".indexOf(text.charAt(at)) < 0) {
      return null;
    }
    java.util.regex.Matcher m = CHINESE_DATELINE.matcher(text).region(at, Math.min(text.length(), at + 30));
    return m.lookingAt() ? m : null;
  }

  private static boolean startsEnglishDateline(String text, int at) {
    return at + 1 < text.length() && isUpperAscii(text.charAt(at)) && isUpperAscii(text.charAt(at + 1))
        && ENGLISH_DATELINE.matcher(text).region(at, Math.min(text.length(), at + 120)).lookingAt();
  }

  private static boolean isUpperAscii(char ch) {
    return ch >= 'A' && ch <= 'Z';
  }

  private static boolean inDateline(List<Local> datelines, int start, int end) {
    for (Local d : datelines) {
      if (start >= d.start() && end <= d.end()) {
        return true;
      }
    }
    return false;
  }

  /** The dateline covering paragraph {@code p}, or null. */
  private static Local covering(List<Local> datelines, int p) {
    for (Local d : datelines) {
      if (d.first() <= p && p <= d.last()) {
        return d;
      }
    }
    return null;
  }

  private static String datelinePlace(String place, int start, int end, List<Entity> entities, List<Ref> refs) {
    if (place == null) {
      return null;
    }
    for (Ref r : refs) {
      if (r.type() == EntityType.PLACE && r.start() >= start && r.end() <= end) {
        return r.id();
      }
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.PLACE
          && (e.name().equalsIgnoreCase(place) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(place)))) {
        return e.id();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- merging

  private static List<Event> merge(List<Draft> drafts, Context c) {
    List<Draft> merged = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.mention) {
        continue; // after the events themselves, so that a mention finds the event it tells of
      }
      Draft same = null;
      for (Draft m : merged) {
        if (sameHappening(m, d, c)) {
          same = m;
          break;
        }
      }
      if (same == null) {
        merged.add(d);
        continue;
      }
      if (same.date == null) {
        same.date = d.date;
      }
      if (same.place == null || d.place != null && same.place.equals(c.countryOf.get(d.place))) {
        same.place = d.place == null ? same.place : d.place; // keep the more specific place
      }
      same.participants.addAll(d.participants);
      if (!same.evidence.contains(d.evidence.get(0))) {
        same.evidence.add(d.evidence.get(0));
      }
    }
    for (Draft d : drafts) {
      if (!d.mention) {
        continue;
      }
      Draft same = null;
      for (Draft m : merged) {
        if (mentionOf(d, m, c)) {
          same = m;
          break;
        }
      }
      if (same == null) {
        if (d.date != null) {
          merged.add(d); // a happening told only in a temporal clause, and dated: an event of its own
        }
        continue;
      }
      if (same.date == null) {
        same.date = d.date;
      }
      if (same.place == null && !d.inheritedPlace) {
        same.place = d.place;
      }
      same.participants.addAll(d.participants);
      if (!same.evidence.contains(d.evidence.get(0))) {
        same.evidence.add(d.evidence.get(0));
      }
    }
    List<Event> out = new ArrayList<>();
    for (Draft d : merged) {
      out.add(new Event(d.type, d.date, d.place, List.copyOf(d.participants), d.planned, d.evidence));
    }
    return out;
  }

  /**
   * True when mention {@code d} tells of event {@code m}: the same type, the people of one among
   * those of the other, dates equal, unknown or one within the other (2023-10 and 2023-10-17), and
   * places compatible (a place taken from the context is not the mention's own and does not count).
   * Planned or not does not matter: 访问期间 tells of the visit announced, whatever its tense.
   */
  private static boolean mentionOf(Draft d, Draft m, Context c) {
    if (d.type != m.type || !(m.participants.containsAll(d.participants) || d.participants.containsAll(m.participants))) {
      return false;
    }
    if (d.date != null && m.date != null && !d.date.startsWith(m.date) && !m.date.startsWith(d.date)) {
      return false;
    }
    return d.place == null || m.place == null || d.inheritedPlace || d.place.equals(m.place)
        || d.place.equals(c.countryOf.get(m.place)) || m.place.equals(c.countryOf.get(d.place));
  }

  private static boolean sameHappening(Draft a, Draft b, Context c) {
    if (a.type != b.type || a.planned != b.planned) {
      return false;
    }
    if (a.type == EventType.ATTEND
        && (a.objects.isEmpty() != b.objects.isEmpty() || !a.objects.isEmpty() && a.objects.stream().noneMatch(b.objects::contains))) {
      return false; // attending the summit is not attending the welcoming ceremony
    }
    boolean datesKnownEqual = a.date != null && a.date.equals(b.date);
    if (!datesKnownEqual && a.date != null && b.date != null) {
      return false;
    }
    boolean participants =
        a.participants.equals(b.participants)
            || datesKnownEqual && (a.participants.containsAll(b.participants) || b.participants.containsAll(a.participants));
    if (!participants) {
      return false;
    }
    return a.place == null || b.place == null || a.place.equals(b.place)
        || a.place.equals(c.countryOf.get(b.place)) || b.place.equals(c.countryOf.get(a.place));
  }
}

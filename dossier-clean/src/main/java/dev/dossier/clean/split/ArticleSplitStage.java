package dev.dossier.clean.split;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.reflow.ReflowStage;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.Stage;
import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a page holding several articles into one document per article, and finds each
 * article's title. Runs after reflow, so every line is a paragraph.
 *
 * <p>Article boundaries: a paragraph ending with a closing dateline ({@code （新华社阿斯塔纳7月1日电）})
 * followed by more body; a headline-like line (short, no sentence punctuation) between two
 * bodies that the page marks as a headline: printed indented on a page where indentation is rare,
 * followed by an opening dateline ({@code 新华社北京7月1日电}), or preceded by a closing one. Section
 * headings inside an article carry none of these marks and stay in the body as heading
 * paragraphs.
 *
 * <p>Titles: a title already known (HTML metadata) is kept; else a leading headline line (with a
 * {@code ——} subtitle line under it); else, in print layout, the headline printed after the body
 * (warning {@code TITLE_AT_END}). A separator headline titles the article before it when the page
 * prints headlines after bodies (its last article ends with a headline), else the article after
 * it. No title found: warning {@code NO_TITLE}; none is invented.
 */
public final class ArticleSplitStage implements Stage {
  private static final Pattern OPENING_DATELINE =
      Pattern.compile("^[\\p{IsHan}]{1,8}社[\\p{IsHan}·]{0,12}?\\d{1,2}月\\d{1,2}日专?电|^本报[\\p{IsHan}]{0,8}?讯");
  private static final Pattern CLOSING_DATELINE =
      Pattern.compile("[（(][\\p{IsHan}]{1,8}社[\\p{IsHan}·]{0,12}?\\d{1,2}月\\d{1,2}日专?电[)）]$");
  /** Longest headline, in Chinese characters (a Latin letter counts half). */
  private static final int MAX_HEADLINE = 40;
  /** Body paragraphs an article needs on each side of a boundary. */
  private static final int MIN_BODY = 2;

  private final CleaningConfig config;

  public ArticleSplitStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.PART, Keys.PART_COUNT, Keys.TITLE, Keys.SUBTITLE);
  }

  /** A paragraph: its span in the text and what it looks like. */
  private record Para(int start, int end, boolean headline, boolean dash, boolean indented,
                      boolean opens, boolean closes) {}

  /** An article of the page: body paragraphs [from, to), and title/subtitle paragraph indexes. */
  private static final class Part {
    int from;
    int to;
    int title = -1;
    int subtitle = -1;
    boolean titleAtEnd;

    Part(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  @Override
  public List<Document> apply(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    List<Para> paras = paragraphs(text, document.getOrDefault(Keys.SOURCE_TEXT, null));
    if (paras.isEmpty()) {
      return List.of(document.with(Keys.PART, 0).with(Keys.PART_COUNT, 1)
          .withWarning(WarningCode.NO_TITLE, "No title found"));
    }
    List<Part> parts = split(paras);
    boolean titleAtEnd = trailingHeadline(paras, parts.get(parts.size() - 1)) >= 0;
    for (Part p : parts) {
      assignTitle(paras, p);
    }
    attachSeparators(paras, parts, titleAtEnd);
    List<Document> out = new ArrayList<>();
    String known = document.getOrDefault(Keys.TITLE, null);
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      Document d = document.with(Keys.PART, k).with(Keys.PART_COUNT, parts.size());
      if (known != null && k == 0) {
        // A title from the page's metadata wins; a first line repeating it leaves the body.
        if (p.title >= 0 && p.title == p.from - 1) {
          String line = spanText(text, paras.get(p.title));
          if (!known.contains(line) && !line.contains(known)) {
            p.from = p.title;
          }
        }
      } else if (p.title >= 0) {
        d = d.with(Keys.TITLE, spanText(text, paras.get(p.title)));
        if (p.titleAtEnd) {
          d = d.withWarning(WarningCode.TITLE_AT_END, "The headline was printed after the article's body");
        }
      } else if (known != null) {
        d = d.with(Keys.TITLE, null);
      }
      if (p.subtitle >= 0) {
        d = d.with(Keys.SUBTITLE, spanText(text, paras.get(p.subtitle)).replaceFirst("^[—－-]+\\s*", ""));
      }
      if (!d.has(Keys.TITLE)) {
        d = d.withWarning(WarningCode.NO_TITLE, "No title found");
      }
      if (parts.size() > 1) {
        d = d.withWarning(WarningCode.ARTICLE_SPLIT,
            "The file holds " + parts.size() + " articles; this is article " + (k + 1));
      }
      int start = p.from < p.to ? paras.get(p.from).start() : 0;
      int end = p.from < p.to ? paras.get(p.to - 1).end() : 0;
      out.add(d.with(Keys.TEXT, text.subText(start, end)));
    }
    return out;
  }

  private static String spanText(TrackedText text, Para p) {
    return text.text().substring(p.start(), p.end());
  }

  private static List<Para> paragraphs(TrackedText text, String source) {
    String s = text.text();
    List<Para> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? s.length() : nl;
      if (end > i) {
        boolean ends = ReflowStage.endsSentence(s, i, end);
        char last = s.charAt(end - 1);
        boolean headline = !ends && "，、,：:；;“‘「《（(".indexOf(last) < 0 && ReflowStage.displayWidth(s, i, end) <= MAX_HEADLINE;
        // A paragraph holds no '\n', so "——" at its start is within it.
        boolean dash = s.startsWith("——", i) || s.startsWith("－－", i);
        boolean opens = mayOpen(s, i, end) && OPENING_DATELINE.matcher(s.substring(i, end)).lookingAt();
        // A closing dateline ends the paragraph with 电) or 电）: the pattern's find tried every
        // position of every paragraph ending with a parenthesis.
        boolean closes = (last == ')' || last == '）') && end - i >= 2 && s.charAt(end - 2) == '电'
            && CLOSING_DATELINE.matcher(s.substring(i, end)).find();
        out.add(new Para(i, end, headline, dash, indented(text, i, source), opens, closes));
      }
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    return out;
  }

  /**
   * Whether {@code s[start, end)} can start with {@link #OPENING_DATELINE}: 本报, or 社 after one to
   * eight characters. A cheap test first, because the pattern's Han class is a binary search per
   * character.
   */
  private static boolean mayOpen(String s, int start, int end) {
    if (s.startsWith("本报", start)) {
      return true;
    }
    int k = s.indexOf('社', start + 1);
    return k >= 0 && k < end && k - start <= 8;
  }

  /** Whether the paragraph's first character was indented in the source line. */
  private static boolean indented(TrackedText text, int at, String source) {
    if (source == null) {
      return false;
    }
    int k = text.sourceStart(at);
    int spaces = 0;
    while (k > 0 && k <= source.length() && (source.charAt(k - 1) == ' ' || source.charAt(k - 1) == '\t'
        || source.charAt(k - 1) == '\u3000')) {
      k--;
      spaces++;
    }
    return spaces > 0 && (k == 0 || source.charAt(k - 1) == '\n');
  }

  private static List<Part> split(List<Para> paras) {
    long indentedCount = paras.stream().filter(Para::indented).count();
    boolean indentMarks = indentedCount > 0 && indentedCount * 5 <= paras.size();
    List<Part> parts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < paras.size() - 1; i++) {
      Para p = paras.get(i);
      boolean bodyBefore = bodyCount(paras, from, i) >= MIN_BODY;
      if (!bodyBefore) {
        continue;
      }
      if (p.headline() && !p.dash()
          && (indentMarks && p.indented() || paras.get(i + 1).opens() || paras.get(i - 1).closes())
          && bodyCount(paras, i + 1, paras.size()) >= MIN_BODY) {
        // A separator headline: its own one-paragraph part for now, attached to a neighbour later.
        parts.add(new Part(from, i));
        Part sep = new Part(i, i);
        sep.title = i;
        parts.add(sep);
        from = i + 1;
      } else if (p.closes() && bodyCount(paras, i + 1, paras.size()) >= MIN_BODY
          && !paras.get(i + 1).dash()) {
        parts.add(new Part(from, i + 1));
        from = i + 1;
      }
    }
    parts.add(new Part(from, paras.size()));
    return parts;
  }

  private static int bodyCount(List<Para> paras, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += paras.get(i).headline() ? 0 : 1;
    }
    return n;
  }

  /** Index of the headline printed after the part's body, or -1. */
  private static int trailingHeadline(List<Para> paras, Part p) {
    int last = p.to - 1;
    if (last - 1 >= p.from && paras.get(last).dash() && paras.get(last - 1).headline()) {
      last--;
    }
    if (last <= p.from || !paras.get(last).headline() || paras.get(last).dash()) {
      return -1;
    }
    Para before = paras.get(last - 1);
    return before.headline() ? -1 : last;
  }

  private static void assignTitle(List<Para> paras, Part p) {
    if (p.from == p.to) {
      return; // a separator
    }
    Para first = paras.get(p.from);
    if (first.headline() && !first.dash() && p.to - p.from >= 2 && !first.opens()) {
      p.title = p.from;
      p.from++;
      if (p.from < p.to - 1 && paras.get(p.from).dash()) {
        p.subtitle = p.from;
        p.from++;
      }
      return;
    }
    int end = trailingHeadline(paras, p);
    if (end >= 0) {
      p.title = end;
      p.titleAtEnd = true;
      if (end + 1 < p.to && paras.get(end + 1).dash()) {
        p.subtitle = end + 1;
      }
      p.to = end;
    }
  }

  /** Gives each separator headline to its article and drops the separator parts. */
  private static void attachSeparators(List<Para> paras, List<Part> parts, boolean titleAtEnd) {
    for (int k = 0; k < parts.size(); k++) {
      Part sep = parts.get(k);
      if (sep.from != sep.to || sep.title < 0) {
        continue;
      }
      Part target = titleAtEnd ? (k > 0 ? parts.get(k - 1) : null) : (k + 1 < parts.size() ? parts.get(k + 1) : null);
      if (target != null && target.title < 0) {
        target.title = sep.title;
        target.titleAtEnd = titleAtEnd;
      }
      parts.remove(k);
      k--;
    }
  }
}

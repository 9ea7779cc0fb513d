package dev.dossier.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element holding a page's article, readability-style, and remembers per element which
 * subtrees are junk and how much (link) text each holds.
 *
 * <p>Hand-written: the Java ports of readability and boilerpipe are unmaintained, copy DOM trees
 * recursively (stack overflow on deep pages) and do not keep source positions, which Dossier needs
 * for every character. The scoring follows Mozilla's Readability: each paragraph of 25+ characters
 * scores 1 + its commas + one point per 100 characters (at most 3); half of that goes to its
 * grandparent; the candidate's score is scaled by (1 - link density).
 *
 * <p>Every walk is iterative (jsoup's {@link NodeTraversor}), so a page nested 100,000 levels deep
 * costs time linear in its size and no stack. Not thread-safe; one instance per page.
 */
final class MainContent {
  /** Per-element counts over non-junk descendants. */
  static final class Stats {
    int textChars;
    int linkChars;
    double score;
  }

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li");
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final Map<Element, Boolean> protectedElements = new IdentityHashMap<>();
  private final Map<Element, Boolean> junk = new IdentityHashMap<>();
  private final Element root;
  private final String how;
  private final Element main;

  MainContent(org.jsoup.nodes.Document page) {
    Element body = page.body();
    this.root = body;
    // Ancestors of declared article containers are never junk, whatever their class says.
    for (Element a : page.select("article, main, [itemprop=articleBody]")) {
      for (Element e = a; e != null && protectedElements.put(e, Boolean.TRUE) == null; ) {
        e = e.parent();
      }
    }
    count(body);
    Element chosen = null;
    String reason = null;
    Element declared = largest(page.select("[itemprop=articleBody]"));
    if (declared != null) {
      chosen = declared;
      reason = "[itemprop=articleBody]";
    } else {
      Element article = largest(page.select("article"));
      if (article != null) {
        chosen = article;
        reason = "<article>";
      }
    }
    if (chosen == null) {
      Element best = null;
      double bestScore = 0;
      for (Map.Entry<Element, Stats> e : stats.entrySet()) {
        Stats s = e.getValue();
        if (s.score <= 0 || s.textChars == 0) {
          continue;
        }
        double scaled = s.score * (1 - (double) s.linkChars / s.textChars);
        if (scaled > bestScore) {
          bestScore = scaled;
          best = e.getKey();
        }
      }
      if (best != null) {
        chosen = best;
        reason = "text density (<" + best.normalName() + ">)";
      }
    }
    if (chosen == null) {
      chosen = body;
      reason = "<body>";
    }
    this.main = chosen;
    this.how = reason;
  }

  Element main() {
    return main;
  }

  /** How the main content was chosen, for the warning. */
  String how() {
    return how;
  }

  boolean isJunk(Element e) {
    Boolean j = junk.get(e);
    if (j == null) {
      j = JunkRules.isJunk(e, protectedElements.containsKey(e));
      junk.put(e, j);
    }
    return j;
  }

  Stats stats(Element e) {
    Stats s = stats.get(e);
    return s == null ? new Stats() : s;
  }

  /** A list or box of mostly links (related articles, tag lists) inside the main content. */
  boolean isLinkList(Element e) {
    Stats s = stats(e);
    return s.textChars > 0 && s.linkChars * 2 > s.textChars && !e.normalName().equals("a");
  }

  private Element largest(Iterable<Element> candidates) {
    Element best = null;
    int bestChars = MIN_PARAGRAPH_CHARS - 1;
    for (Element e : candidates) {
      int chars = stats(e).textChars;
      if (chars > bestChars) {
        bestChars = chars;
        best = e;
      }
    }
    return best;
  }

  /** One post-order walk: text and link characters per element, and paragraph scores. */
  private void count(Element top) {
    int[] linkDepth = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (node != top && isJunk(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (e.normalName().equals("a")) {
                linkDepth[0]++;
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              int chars = visibleChars(t.getWholeText());
              Element parent = t.parent() instanceof Element p ? p : null;
              if (parent != null && chars > 0) {
                Stats s = stats.computeIfAbsent(parent, k -> new Stats());
                s.textChars += chars;
                if (linkDepth[0] > 0) {
                  s.linkChars += chars;
                }
              }
            } else if (node instanceof Element e) {
              if (e.normalName().equals("a")) {
                linkDepth[0]--;
              }
              Stats s = stats.get(e);
              if (s == null || node == top) {
                return FilterResult.CONTINUE;
              }
              Element parent = e.parent();
              if (parent != null) {
                Stats p = stats.computeIfAbsent(parent, k -> new Stats());
                p.textChars += s.textChars;
                p.linkChars += s.linkChars;
                if (PARAGRAPH_TAGS.contains(e.normalName()) && s.textChars >= MIN_PARAGRAPH_CHARS) {
                  double score =
                      1 + commas(e) + Math.min(3, s.textChars / 100);
                  p.score += score;
                  Element grand = parent.parent();
                  if (grand != null) {
                    stats.computeIfAbsent(grand, k -> new Stats()).score += score / 2;
                  }
                }
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        top);
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  /** Commas (Latin and Chinese) in the element's own text nodes. */
  private static int commas(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      String s = t.getWholeText();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ',' || c == '，' || c == '、') {
          n++;
        }
      }
    }
    return n;
  }
}

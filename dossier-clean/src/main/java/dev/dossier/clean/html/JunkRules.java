package dev.dossier.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which elements of a page are not article text: by tag (scripts, navigation, forms ...), by ARIA
 * role, by hidden-ness, and by the words in their {@code class} and {@code id} (share bars,
 * comments, related lists, ads ...), in the manner of readability's "unlikely candidates".
 * Stateless and thread-safe.
 */
final class JunkRules {
  private JunkRules() {}

  static final Set<String> JUNK_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
          "iframe", "frame", "frameset", "button", "select", "input", "textarea", "svg", "canvas",
          "object", "embed", "menu", "dialog", "link", "meta", "head", "title", "audio", "video",
          "map");

  /** Class/id words (whole words after splitting on punctuation and camelCase). */
  static final Set<String> JUNK_WORDS =
      Set.of(
          "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
          "header", "masthead", "footer", "sidebar", "aside", "share", "sharing", "social", "comment",
          "comments", "reply", "replies", "discuss", "related", "recommend", "recommended",
          "recommendation", "recommendations", "ad", "ads", "advert", "adverts", "advertisement",
          "adv", "banner", "promo", "sponsor", "sponsored", "popup", "modal", "cookie", "cookies",
          "subscribe", "newsletter", "toolbar", "copyright", "login", "signup", "pagination",
          "pager", "tags", "hot", "rank", "ranking", "download", "qrcode", "widget", "outbrain",
          "taboola");

  static final Set<String> JUNK_ROLES =
      Set.of("navigation", "banner", "complementary", "contentinfo", "search", "menu", "dialog");

  /** Elements never discarded by class words: they hold the document or are its article. */
  static final Set<String> STRUCTURAL_TAGS = Set.of("html", "body", "main", "article");

  private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** True when {@code e} and everything inside it is not article text. */
  static boolean isJunk(Element e, boolean protectedByContent) {
    String tag = e.normalName();
    if (JUNK_TAGS.contains(tag)) {
      return true;
    }
    if (e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return true;
    }
    if (JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (protectedByContent || STRUCTURAL_TAGS.contains(tag)) {
      return false;
    }
    return hasJunkWord(e.attr("class")) || hasJunkWord(e.id());
  }

  static boolean hasJunkWord(String attribute) {
    if (attribute.isEmpty()) {
      return false;
    }
    for (String w : WORD_SPLIT.split(attribute)) {
      if (!w.isEmpty() && JUNK_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}

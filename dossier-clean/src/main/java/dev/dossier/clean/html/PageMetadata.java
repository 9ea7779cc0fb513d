package dev.dossier.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a news page declares about itself: Open Graph and article:* meta tags, {@code
 * <title>}, {@code <h1>}, {@code <time>}, and schema.org JSON-LD (NewsArticle, Article ...).
 * Absent values are null; {@code published} is ISO 8601 (a date or a date-time).
 *
 * @param jsonLdProblem why a JSON-LD block could not be read, or null
 */
record PageMetadata(
    String title,
    String author,
    String published,
    String outlet,
    List<String> tags,
    String jsonLdProblem) {
  PageMetadata {
    tags = List.copyOf(tags);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("^(.{4,}?)\\s*(?:\\s[-|–—·]\\s|_|\\|)\\s*[^-|_–—·]{1,40}$");
  private static final Pattern TAG_SPLIT = Pattern.compile("\\s*[,，;；、|]\\s*");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
          "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "webpage");

  /** Reads the metadata of {@code page}; {@code main} is the chosen content, for {@code <time>}. */
  static PageMetadata read(Document page, Element main) {
    JsonLd ld = JsonLd.read(page);
    String outlet = first(meta(page, "og:site_name"), ld.publisher);
    String title =
        first(
            meta(page, "og:title"),
            ld.headline,
            stripSiteSuffix(page.title(), outlet),
            text(page.selectFirst("h1")));
    String author = first(meta(page, "author"), notUrl(meta(page, "article:author")), ld.author);
    String published =
        firstDate(
            meta(page, "article:published_time"),
            meta(page, "datePublished"),
            ld.datePublished,
            attr(main.selectFirst("time[datetime]"), "datetime"),
            attr(page.selectFirst("time[datetime]"), "datetime"),
            meta(page, "pubdate"),
            meta(page, "publishdate"));
    Set<String> tags = new LinkedHashSet<>();
    String keywords = meta(page, "keywords");
    if (keywords != null) {
      for (String t : TAG_SPLIT.split(keywords)) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
    }
    for (Element m : page.select("meta[property=article:tag], meta[name=article:tag]")) {
      String t = m.attr("content").strip();
      if (!t.isEmpty()) {
        tags.add(t);
      }
    }
    return new PageMetadata(title, author, published, outlet, new ArrayList<>(tags), ld.problem);
  }

  private static String meta(Document page, String name) {
    for (Element m : page.select("meta[content]")) {
      if (name.equalsIgnoreCase(m.attr("property"))
          || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String firstDate(String... values) {
    for (String v : values) {
      if (v != null) {
        Optional<String> d = isoDate(v);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    return null;
  }

  /**
   * {@code "Title - Site"}, {@code "Title_Site"} or {@code "Title | Site"} to {@code "Title"}; the
   * known outlet name is removed exactly when the title ends with it.
   */
  static String stripSiteSuffix(String title, String outlet) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    if (outlet != null && t.endsWith(outlet) && t.length() > outlet.length()) {
      String rest = t.substring(0, t.length() - outlet.length()).replaceAll("[\\s\\-|_–—·]+$", "");
      if (!rest.isEmpty()) {
        return rest;
      }
    }
    // At most two suffixes: "Title - Channel | Site".
    for (int i = 0; i < 2; i++) {
      Matcher m = TITLE_SUFFIX.matcher(t);
      if (!m.matches()) {
        break;
      }
      t = m.group(1).strip();
    }
    return t;
  }

  /** An ISO 8601 date or date-time for the date forms pages use, if {@code s} is one. */
  static Optional<String> isoDate(String s) {
    String v = s.strip().replace('/', '-');
    if (v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10) + 'T' + v.substring(11).strip();
    }
    v = COMPACT_OFFSET.matcher(v).replaceFirst("$1:$2");
    try {
      return Optional.of(OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not with an offset; try the local forms
    }
    try {
      return Optional.of(LocalDateTime.parse(v).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The fields of the page's schema.org article, read from its JSON-LD blocks. */
  private static final class JsonLd {
    String headline;
    String author;
    String datePublished;
    String publisher;
    String problem;

    static JsonLd read(Document page) {
      JsonLd out = new JsonLd();
      for (Element script : page.select("script[type=application/ld+json]")) {
        JsonNode root;
        try {
          root = JSON.readTree(script.data());
        } catch (JsonProcessingException e) {
          out.problem = "unreadable JSON-LD: " + e.getOriginalMessage();
          continue;
        }
        // Iterative walk over arrays and @graph (no recursion on untrusted nesting).
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int budget = 10_000;
        while (!todo.isEmpty() && budget-- > 0) {
          JsonNode n = todo.pop();
          if (n == null) {
            continue;
          }
          if (n.isArray()) {
            n.forEach(todo::add);
          } else if (n.isObject()) {
            if (n.has("@graph")) {
              todo.add(n.get("@graph"));
            }
            if (isArticle(n.get("@type"))) {
              out.take(n);
            }
          }
        }
      }
      return out;
    }

    private static boolean isArticle(JsonNode type) {
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      }
      return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private void take(JsonNode n) {
      headline = headline != null ? headline : textOf(n.get("headline"));
      datePublished = datePublished != null ? datePublished : textOf(n.get("datePublished"));
      author = author != null ? author : nameOf(n.get("author"));
      publisher = publisher != null ? publisher : nameOf(n.get("publisher"));
    }

    private static String textOf(JsonNode n) {
      return n != null && n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    /** A name: a string, an object with "name", or the names of an array joined with "、". */
    private static String nameOf(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isValueNode()) {
        return textOf(n);
      }
      if (n.isObject()) {
        return textOf(n.get("name"));
      }
      if (n.isArray()) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : n) {
          String name = a.isObject() ? textOf(a.get("name")) : textOf(a);
          if (name != null) {
            names.add(name);
          }
        }
        return names.isEmpty() ? null : String.join("、", names);
      }
      return null;
    }
  }
}

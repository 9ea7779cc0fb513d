package dev.dossier.clean.html;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Caption;
import dev.dossier.model.Span;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the article from HTML pages; passes plain text through.
 *
 * <p>Input: {@link Keys#TEXT} and {@link Keys#SOURCE_TEXT}, and {@link Keys#SOURCE_PATH} when
 * present. A document is HTML when its path ends in {@code .html}/{@code .htm}, or when its text
 * starts with markup and names {@code <!doctype html>}, {@code <html}, {@code <head} or {@code
 * <body} within the first 1,024 characters. Sets {@link Keys#FORMAT} ({@code html} or {@code
 * text}).
 *
 * <p>For HTML, TEXT becomes the main content (see {@link MainContent}) with scripts, navigation,
 * share bars, comments, related lists and ads left out; block elements become paragraphs
 * separated by a blank line, {@code <br>} a line break. Every character maps to its place in
 * SOURCE_TEXT (an entity maps to the whole entity). {@code <figcaption>} text goes to {@link
 * Keys#CAPTIONS} instead of the body. The page's metadata fills {@link Keys#TITLE}, {@link
 * Keys#AUTHOR}, {@link Keys#PUBLISHED}, {@link Keys#OUTLET} and {@link Keys#SOURCE_TAGS} where an
 * earlier stage has not set them. Adds an {@code HTML_EXTRACTED} warning.
 *
 * <p>Parsing and every walk over the tree are iterative, so deeply nested or malformed pages cost
 * linear time and no stack. Immutable and thread-safe (a parser is made per call).
 */
public final class HtmlStage implements MapStage {
  private static final Pattern HTML_PATH = Pattern.compile("(?i).*\\.x?html?$");
  private static final Pattern HTML_SNIFF =
      Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]");
  private static final int SNIFF_CHARS = 1024;
  private static final Set<String> EXTRA_BLOCKS =
      Set.of("li", "td", "th", "tr", "dt", "dd", "figure", "figcaption", "caption", "summary");

  private final CleaningConfig config;

  public HtmlStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.SOURCE_TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(
        Keys.TEXT, Keys.FORMAT, Keys.TITLE, Keys.AUTHOR, Keys.PUBLISHED, Keys.OUTLET,
        Keys.SOURCE_TAGS, Keys.CAPTIONS);
  }

  /** Whether a document with this path and text is HTML. */
  public static boolean isHtml(String path, CharSequence text) {
    if (path != null && HTML_PATH.matcher(path).matches()) {
      return true;
    }
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return false;
    }
    CharSequence head = text.subSequence(i, Math.min(text.length(), i + SNIFF_CHARS));
    return HTML_SNIFF.matcher(head).find();
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    if (!isHtml(document.find(Keys.SOURCE_PATH).orElse(null), text)) {
      return document.with(Keys.FORMAT, "text");
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    org.jsoup.nodes.Document page = Jsoup.parse(text.text(), "", parser);
    MainContent content = new MainContent(page);
    Element main = content.main();

    List<Caption> captions = new ArrayList<>(document.getOrDefault(Keys.CAPTIONS, List.of()));
    for (Element figcaption : main.select("figcaption")) {
      if (content.isJunk(figcaption)) {
        continue;
      }
      TextEmitter emitter = new TextEmitter(text);
      walk(figcaption, emitter, content, false);
      TrackedText caption = emitter.build();
      if (!caption.text().isBlank()) {
        Span src = caption.toSource(0, caption.length());
        captions.add(new Caption(caption.text(), src.start(), src.end()));
      }
    }
    TextEmitter emitter = new TextEmitter(text);
    walk(main, emitter, content, true);
    TrackedText body = emitter.build();

    PageMetadata meta = PageMetadata.read(page, main);
    Document out = document.with(Keys.TEXT, body).with(Keys.FORMAT, "html");
    out = keep(out, Keys.TITLE, meta.title());
    out = keep(out, Keys.AUTHOR, meta.author());
    out = keep(out, Keys.PUBLISHED, meta.published());
    out = keep(out, Keys.OUTLET, meta.outlet());
    if (!meta.tags().isEmpty()) {
      List<String> tags = new ArrayList<>(document.getOrDefault(Keys.SOURCE_TAGS, List.of()));
      tags.addAll(meta.tags());
      out = out.with(Keys.SOURCE_TAGS, List.copyOf(tags));
    }
    if (captions.size() > document.getOrDefault(Keys.CAPTIONS, List.of()).size()) {
      out = out.with(Keys.CAPTIONS, List.copyOf(captions));
    }
    String message =
        "main content from "
            + content.how()
            + ": "
            + body.length()
            + " of "
            + text.length()
            + " characters kept"
            + (meta.jsonLdProblem() == null ? "" : "; " + meta.jsonLdProblem());
    return out.withWarning(new Warning(WarningCode.HTML_EXTRACTED, message));
  }

  private static <T> Document keep(Document d, Key<T> key, T value) {
    return value == null || d.has(key) ? d : d.with(key, value);
  }

  /**
   * Emits the text under {@code top}, skipping junk, and (in the body) figure captions and link
   * lists. Iterative, via jsoup's {@link NodeTraversor}.
   */
  private static void walk(Element top, TextEmitter emitter, MainContent content, boolean body) {
    int[] preDepth = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              emitter.text(t, preDepth[0] > 0);
            } else if (node instanceof Element e) {
              if (node != top
                  && (content.isJunk(e)
                      || (body && e.normalName().equals("figcaption"))
                      || (body && isBlock(e) && content.isLinkList(e)))) {
                return FilterResult.SKIP_ENTIRELY;
              }
              String tag = e.normalName();
              if (tag.equals("br")) {
                emitter.lineBreak();
              } else if (isBlock(e)) {
                emitter.paragraphBreak();
              }
              if (tag.equals("pre") || tag.equals("textarea")) {
                preDepth[0]++;
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (isBlock(e)) {
                emitter.paragraphBreak();
              }
              String tag = e.normalName();
              if (tag.equals("pre") || tag.equals("textarea")) {
                preDepth[0]--;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        top);
  }

  private static boolean isBlock(Element e) {
    return e.isBlock() || EXTRA_BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT));
  }
}

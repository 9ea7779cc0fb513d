package dev.dossier.clean.html;

import dev.dossier.text.TrackedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Builds the text of a part of a page as a {@link TrackedText} over the parsed string: white space
 * is collapsed as a browser would, block boundaries become line breaks, and every character maps
 * to the characters of the HTML source it was read from (an entity maps to the whole entity).
 * One instance per extraction; not thread-safe.
 */
final class TextEmitter {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?");

  private final TrackedText source;
  private final TrackedText.Builder out = TrackedText.builder();
  private boolean pendingSpace;
  private int pendingSpaceAt;
  /** Line breaks wanted before the next character: 0, 1 (a line) or 2 (a paragraph). */
  private int pendingBreaks;

  TextEmitter(TrackedText source) {
    this.source = source;
  }

  /** Ends the current paragraph: the next text starts after a blank line. */
  void paragraphBreak() {
    pendingBreaks = 2;
    pendingSpace = false;
  }

  /** A {@code <br>}: a new line, or a blank line after another {@code <br>}. */
  void lineBreak() {
    pendingBreaks = Math.min(2, pendingBreaks + 1);
    pendingSpace = false;
  }

  TrackedText build() {
    return out.build();
  }

  /** Appends a text node, collapsing white space unless {@code preformatted}. */
  void text(TextNode node, boolean preformatted) {
    String text = node.getWholeText();
    if (text.isEmpty()) {
      return;
    }
    Range range = node.sourceRange();
    int from;
    int to;
    if (range.isTracked()) {
      from = clamp(range.startPos());
      to = clamp(range.endPos());
    } else {
      int at = clamp(anchor(node));
      from = at;
      to = at;
    }
    if (to < from) {
      to = from;
    }
    String raw = source.text().substring(from, to);
    Matcher entity = ENTITY.matcher(raw);
    int i = 0;
    int j = 0;
    while (i < text.length()) {
      if (j < raw.length() && raw.charAt(j) == '&' && entity.region(j, raw.length()).lookingAt()) {
        String decoded = Parser.unescapeEntities(entity.group(), false);
        if (!decoded.equals(entity.group()) && text.startsWith(decoded, i)) {
          for (int k = 0; k < decoded.length(); k++) {
            emit(decoded.charAt(k), from + j, from + entity.end(), preformatted);
          }
          i += decoded.length();
          j = entity.end();
          continue;
        }
      }
      if (j < raw.length()) {
        // Equal characters map one to one; a character the parser changed (a NUL) maps to the
        // character it replaced.
        emit(text.charAt(i), from + j, from + j + 1, preformatted);
        i++;
        j++;
      } else {
        // The parser produced more than the source shows: map the rest to the whole node.
        emit(text.charAt(i), from, to, preformatted);
        i++;
      }
    }
  }

  private int clamp(int pos) {
    return Math.max(0, Math.min(pos, source.length()));
  }

  /** The SOURCE_TEXT offset of position {@code i} of the parsed string. */
  private int sourceOffset(int i) {
    if (source.isEmpty()) {
      return 0;
    }
    return i < source.length() ? source.sourceStart(i) : source.sourceEnd(source.length() - 1);
  }

  private static int anchor(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      Range r = n.sourceRange();
      if (r.isTracked()) {
        return r.startPos();
      }
    }
    return 0;
  }

  private void emit(char c, int srcFrom, int srcTo, boolean preformatted) {
    if (preformatted && c == '\n') {
      if (out.length() > 0) {
        pendingBreaks = Math.min(2, pendingBreaks + 1);
      }
      pendingSpace = false;
      return;
    }
    if (!preformatted && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
      if (!pendingSpace) {
        pendingSpace = true;
        pendingSpaceAt = srcFrom;
      }
      return;
    }
    if (out.length() > 0 && pendingBreaks > 0) {
      out.insert(pendingBreaks == 2 ? "\n\n" : "\n", sourceOffset(srcFrom));
      pendingSpace = false;
    } else if (pendingSpace && out.length() > 0 && out.lastChar() != '\n') {
      out.appendReplacement(" ", source, pendingSpaceAt, pendingSpaceAt + 1);
    }
    pendingBreaks = 0;
    pendingSpace = false;
    if (srcTo - srcFrom == 1 && source.charAt(srcFrom) == c) {
      out.append(source, srcFrom, srcTo);
    } else if (srcTo > srcFrom) {
      out.appendReplacement(String.valueOf(c), source, srcFrom, srcTo);
    } else {
      out.appendReplacement(String.valueOf(c), source, srcFrom, srcFrom);
    }
  }
}

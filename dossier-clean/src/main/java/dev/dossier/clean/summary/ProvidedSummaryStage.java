package dev.dossier.clean.summary;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.boilerplate.SourceLines;
import dev.dossier.clean.boilerplate.SourceLines.Line;
import dev.dossier.model.Span;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a machine-written summary placed before the body apart from it.
 *
 * <p>Input: {@link Keys#TEXT} with the source's line structure (after boilerplate removal, before
 * OCR reflow). A summary is found in the first part of the text (the first 40% of its non-blank
 * lines, 30 at most) by one of two signals:
 *
 * <ul>
 *   <li>an explicit label ({@code 摘要：}, {@code 导读：}, {@code AI摘要}, {@code 内容摘要}, {@code
 *       【摘要】}, {@code Summary:}, {@code Key points} ...): the label's own text, else the next
 *       paragraph, plus a bullet run that follows directly;
 *   <li>a run of two or more consecutive paragraphs starting with an emoji (news apps' "AI
 *       summary" layout), plus the paragraph right before the run when it is summary-like (a
 *       full sentence paragraph of 40+ characters that is not the first line, i.e. the title).
 * </ul>
 *
 * Output: TEXT without those lines; {@link Keys#PROVIDED_SUMMARY} = the paragraphs joined by
 * {@code '\n'}, with labels and leading emoji/bullets stripped; {@link
 * Keys#PROVIDED_SUMMARY_SOURCE} = the source span of the block; a {@link
 * WarningCode#SUMMARY_FOUND} warning. Documents without such a block pass unchanged. Stateless;
 * thread-safe.
 */
public final class ProvidedSummaryStage implements MapStage {
  private static final int MAX_LEAD_LINES = 30;
  private static final String LABELS =
      "AI\\s*摘要|AI\\s*总结|内容摘要|内容提要|文章摘要|摘要|导读|核心提示|summary|key points|key takeaways|tl;\\s*dr|in brief";
  /** A label in brackets, or followed by a colon or by nothing: {@code 【摘要】}, {@code 导读：}. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:[【\\[](?:" + LABELS + ")[】\\]]\\s*[:：]?|(?:" + LABELS + ")\\s*(?:[:：]|$))\\s*(?<rest>.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?.…”\"]$");

  private final CleaningConfig config;

  public ProvidedSummaryStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.PROVIDED_SUMMARY, Keys.PROVIDED_SUMMARY_SOURCE);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = document.get(Keys.TEXT);
    SourceLines lines = SourceLines.of(text);
    List<Integer> nonBlank = new ArrayList<>();
    for (Line l : lines.lines()) {
      if (!l.isBlank()) {
        nonBlank.add(l.index());
      }
    }
    int lead = Math.min(MAX_LEAD_LINES, Math.max(1, (nonBlank.size() * 2) / 5));
    List<Integer> block = labelled(lines, nonBlank, lead);
    if (block.isEmpty()) {
      block = emojiRun(lines, nonBlank, lead);
    }
    if (block.isEmpty()) {
      return document;
    }

    List<String> paragraphs = new ArrayList<>();
    for (int i : block) {
      String p = stripMarkers(stripLabel(lines.get(i).trimmed()));
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    if (paragraphs.isEmpty()) {
      return document;
    }
    Line first = lines.get(block.get(0));
    Line last = lines.get(block.get(block.size() - 1));
    Span source = text.toSource(first.start(), last.end());
    BitSet removed = new BitSet();
    removed.set(first.index(), last.index() + 1);
    return document
        .with(Keys.TEXT, lines.without(removed))
        .with(Keys.PROVIDED_SUMMARY, String.join("\n", paragraphs))
        .with(Keys.PROVIDED_SUMMARY_SOURCE, source)
        .withWarning(
            WarningCode.SUMMARY_FOUND,
            "Kept a provided summary of "
                + paragraphs.size()
                + " paragraph(s) apart from the body (source "
                + source.start()
                + "-"
                + source.end()
                + ")");
  }

  /** Lines of a summary introduced by an explicit label, or empty. */
  private static List<Integer> labelled(SourceLines lines, List<Integer> nonBlank, int lead) {
    for (int k = 0; k < Math.min(lead + 1, nonBlank.size()); k++) {
      Line line = lines.get(nonBlank.get(k));
      Matcher m = LABEL.matcher(line.trimmed());
      if (!m.matches()) {
        continue;
      }
      List<Integer> block = new ArrayList<>();
      block.add(line.index());
      int next = k + 1;
      if (m.group("rest").isBlank() && next < nonBlank.size()) {
        block.add(nonBlank.get(next));
        next++;
      }
      while (next < nonBlank.size() && startsWithMarker(lines.get(nonBlank.get(next)).trimmed(), true)) {
        block.add(nonBlank.get(next));
        next++;
      }
      return block;
    }
    return List.of();
  }

  /** Two or more consecutive emoji paragraphs, with a summary-like paragraph before them. */
  private static List<Integer> emojiRun(SourceLines lines, List<Integer> nonBlank, int lead) {
    for (int k = 0; k < Math.min(lead, nonBlank.size()); k++) {
      if (!startsWithMarker(lines.get(nonBlank.get(k)).trimmed(), false)) {
        continue;
      }
      int end = k;
      while (end < nonBlank.size() && startsWithMarker(lines.get(nonBlank.get(end)).trimmed(), false)) {
        end++;
      }
      if (end - k < 2) {
        continue;
      }
      List<Integer> block = new ArrayList<>();
      if (k >= 2) {
        String before = lines.get(nonBlank.get(k - 1)).trimmed();
        if (before.length() >= 40 && SENTENCE_END.matcher(before).find()) {
          block.add(nonBlank.get(k - 1));
        }
      }
      block.addAll(nonBlank.subList(k, end));
      return block;
    }
    return List.of();
  }

  /**
   * Whether {@code s} starts with an emoji (pictographs, dingbats, flags); with {@code bullets}
   * also with a typographic bullet (•, ●, ◆, ▶, -, * ...), accepted only after a label because
   * body text uses them for ordinary lists.
   */
  static boolean startsWithMarker(String s, boolean bullets) {
    if (s.isEmpty()) {
      return false;
    }
    int c = s.codePointAt(0);
    if (isEmoji(c)) {
      return true;
    }
    return bullets && "•●◆◇▶►➤➢★☆■□▪◦·-*".indexOf(c) >= 0;
  }

  private static boolean isEmoji(int c) {
    return c >= 0x1F000 && c <= 0x1FAFF // pictographs, emoticons, regional-indicator flags
        || c >= 0x2600 && c <= 0x27BF // miscellaneous symbols and dingbats (✅ ☀ ✈)
        || c >= 0x2B00 && c <= 0x2BFF; // arrows and stars (⭐)
  }

  private static String stripLabel(String s) {
    Matcher m = LABEL.matcher(s);
    return m.matches() ? m.group("rest") : s;
  }

  /** Removes leading emoji, bullets, variation selectors, joiners and white space. */
  static String stripMarkers(String s) {
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      boolean marker =
          isEmoji(c)
              || Character.isWhitespace(c)
              || c == 0x200D // zero-width joiner inside emoji sequences
              || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
              || (c >= 0xE0020 && c <= 0xE007F) // tag characters of flag sequences
              || "•●◆◇▶►➤➢★☆■□▪◦·-*\u00A0".indexOf(c) >= 0;
      if (!marker) {
        break;
      }
      i += Character.charCount(c);
    }
    return s.substring(i).strip();
  }
}

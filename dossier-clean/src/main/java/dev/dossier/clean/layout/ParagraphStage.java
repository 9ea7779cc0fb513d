package dev.dossier.clean.layout;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.reflow.ReflowStage;
import dev.dossier.model.Language;
import dev.dossier.model.Paragraph;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.TrackedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The last cleaning stage: the final text (one paragraph per line, trimmed, at most {@code
 * maxArticleChars}, cut at a paragraph end when one is near), its paragraphs with their language
 * and whether each is a heading (a short line that does not end a sentence), and the article's
 * language (the language of most characters).
 */
public final class ParagraphStage implements MapStage {
  /** Longest heading, in characters. */
  private static final int MAX_HEADING = 40;

  private final CleaningConfig config;
  private final LanguageDetector detector = new LanguageDetector();

  public ParagraphStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT, Keys.PARAGRAPHS, Keys.LANGUAGE);
  }

  @Override
  public Document map(Document document) {
    TrackedText text = trimmedLines(document.get(Keys.TEXT));
    int max = config.maxArticleChars();
    if (text.length() > max) {
      int cut = text.text().lastIndexOf('\n', max);
      cut = cut > max * 9 / 10 ? cut : max;
      document =
          document.withWarning(
              WarningCode.TRUNCATED,
              "Article of " + text.length() + " characters cut to " + cut + " (maximum " + max + ")");
      text = text.subText(0, cut);
    }
    if (text.text().isBlank()) {
      document = document.withWarning(WarningCode.EMPTY_BODY, "Nothing that looks like article text was left");
    }
    String s = text.text();
    List<Paragraph> paragraphs = new ArrayList<>();
    Map<Language, Integer> chars = new EnumMap<>(Language.class);
    int i = 0;
    while (i < s.length()) {
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? s.length() : nl;
      if (end > i) {
        Language lang = detector.detect(s.subSequence(i, end));
        boolean heading = end - i <= MAX_HEADING && !ReflowStage.endsSentence(s, i, end)
            && "，、,：:；;".indexOf(s.charAt(end - 1)) < 0;
        paragraphs.add(new Paragraph(i, end, lang, heading));
        chars.merge(lang, end - i, Integer::sum);
      }
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    Language main =
        chars.entrySet().stream()
            .filter(e -> e.getKey() != Language.UNKNOWN)
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(Language.UNKNOWN);
    return document
        .with(Keys.TEXT, text)
        .with(Keys.PARAGRAPHS, List.copyOf(paragraphs))
        .with(Keys.LANGUAGE, main);
  }

  private static boolean alreadyTrimmed(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
      return false;
    }
    for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
      if (Character.isWhitespace(s.charAt(i - 1)) || Character.isWhitespace(s.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** One paragraph per line: lines trimmed, blank lines dropped, no newline at either end. */
  private static TrackedText trimmedLines(TrackedText text) {
    String s = text.text();
    if (alreadyTrimmed(s)) {
      return text; // what OCR reflow leaves: nothing to copy
    }
    TrackedText.Builder b = TrackedText.builder(s.length());
    int i = 0;
    while (i <= s.length()) {
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? s.length() : nl;
      int a = i;
      int z = end;
      while (a < z && Character.isWhitespace(s.charAt(a))) {
        a++;
      }
      while (z > a && Character.isWhitespace(s.charAt(z - 1))) {
        z--;
      }
      if (z > a) {
        if (b.length() > 0) {
          b.append(text, i - 1, i); // the newline before this line
        }
        b.append(text, a, z);
      }
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    return b.build();
  }
}

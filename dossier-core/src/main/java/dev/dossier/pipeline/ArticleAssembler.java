package dev.dossier.pipeline;

import dev.dossier.model.Article;
import dev.dossier.model.Language;
import dev.dossier.model.Script;
import dev.dossier.text.TrackedText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Turns a cleaned {@link Document} into the output {@link Article}. Stateless. */
public final class ArticleAssembler {
  private ArticleAssembler() {}

  public static Article assemble(Document d) {
    TrackedText text = d.get(Keys.TEXT);
    String title = d.getOrDefault(Keys.TITLE, null);
    return new Article(
        contentId(title, text.text()),
        d.getOrDefault(Keys.SOURCE_PATH, null),
        d.getOrDefault(Keys.PART, 0),
        title,
        d.getOrDefault(Keys.SUBTITLE, null),
        d.getOrDefault(Keys.OUTLET, null),
        d.getOrDefault(Keys.AUTHOR, null),
        d.getOrDefault(Keys.EDITOR, null),
        d.getOrDefault(Keys.PUBLISHED, null),
        d.getOrDefault(Keys.PUBLISHED_INFERRED, false),
        d.getOrDefault(Keys.DATELINE, null),
        d.getOrDefault(Keys.LANGUAGE, Language.UNKNOWN),
        d.getOrDefault(Keys.ORIGINAL_SCRIPT, Script.HANS),
        d.getOrDefault(Keys.ENCODING, null),
        d.getOrDefault(Keys.FORMAT, "text"),
        text.text(),
        d.getOrDefault(Keys.PARAGRAPHS, List.of()),
        d.getOrDefault(Keys.CAPTIONS, List.of()),
        d.getOrDefault(Keys.PROVIDED_SUMMARY, null),
        d.getOrDefault(Keys.SOURCE_TAGS, List.of()),
        d.getOrDefault(Keys.TAGS, d.getOrDefault(Keys.SOURCE_TAGS, List.of())),
        d.getOrDefault(Keys.ENTITIES, List.of()),
        d.getOrDefault(Keys.TIMES, List.of()),
        d.getOrDefault(Keys.FIGURES, List.of()),
        d.getOrDefault(Keys.QUOTES, List.of()),
        d.getOrDefault(Keys.EVENTS, List.of()),
        d.getOrDefault(Keys.SUMMARY, List.of()),
        d.getOrDefault(Keys.CHECKS, List.of()),
        d.warnings(),
        text.segments());
  }

  /**
   * A stable id derived from content only (title and clean text), so the same article read from
   * two files, or twice, gets the same id: the first 16 hex digits of SHA-256.
   */
  public static String contentId(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}

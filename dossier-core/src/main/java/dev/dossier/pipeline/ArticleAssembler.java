package dev.dossier.pipeline;

import dev.dossier.model.Article;
import dev.dossier.model.Language;
import dev.dossier.model.Script;
import dev.dossier.text.TrackedText;
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
    MessageDigest sha = sha256();
    byte[] chunk = new byte[CHUNK];
    updateUtf8(sha, title == null ? "" : title, chunk);
    sha.update((byte) 0);
    updateUtf8(sha, text, chunk);
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /**
   * A fresh SHA-256 digest, cloned from one that is never updated: {@code getInstance} looks the
   * algorithm up among the security providers on every call, a third of the id's cost. The
   * prototype is only ever read (cloned), so sharing it across threads is safe.
   */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA256_PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException missing) {
        throw new IllegalStateException("SHA-256 is required by every Java platform", missing);
      }
    }
  }

  private static final MessageDigest SHA256_PROTOTYPE = newSha256();

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Bytes encoded at a time: room for a few pages of Chinese text, far less than a whole article. */
  private static final int CHUNK = 8192;

  /**
   * Feeds {@code s} to {@code sha} as the bytes of {@code s.getBytes(UTF_8)}, encoded chunk by
   * chunk into {@code chunk}: the whole text as one array (allocated three times too large, then
   * copied) cost as much as the hashing. As {@code getBytes}, an unpaired surrogate becomes
   * {@code '?'}.
   */
  static void updateUtf8(MessageDigest sha, String s, byte[] chunk) {
    int n = 0;
    int limit = chunk.length - 4;
    for (int i = 0, len = s.length(); i < len; i++) {
      if (n > limit) {
        sha.update(chunk, 0, n);
        n = 0;
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        chunk[n++] = (byte) c;
      } else if (c < 0x800) {
        chunk[n++] = (byte) (0xC0 | c >> 6);
        chunk[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        char d = i + 1 < len ? s.charAt(i + 1) : 0;
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(d)) {
          int cp = Character.toCodePoint(c, d);
          chunk[n++] = (byte) (0xF0 | cp >> 18);
          chunk[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
          chunk[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
          chunk[n++] = (byte) (0x80 | cp & 0x3F);
          i++;
        } else {
          chunk[n++] = '?';
        }
      } else {
        chunk[n++] = (byte) (0xE0 | c >> 12);
        chunk[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        chunk[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    sha.update(chunk, 0, n);
  }
}

package dev.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The content id is the first 16 hex digits of SHA-256 over the UTF-8 bytes of title, a zero
 * byte and text. It is hashed chunk by chunk without {@code getBytes}; these tests pin that it
 * stays the id {@code getBytes} gives (ids are stored and compared across runs).
 */
class ArticleAssemblerTest {
  private static String reference(String title, String text) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  @Test
  void knownIdOfAShortArticle() {
    // SHA-256 of "标题\0正文" in UTF-8, computed independently (sha256sum).
    assertThat(ArticleAssembler.contentId("标题", "正文")).isEqualTo("40425081757fa3c4");
    assertThat(ArticleAssembler.contentId(null, "正文")).isEqualTo(ArticleAssembler.contentId("", "正文"));
    assertThat(ArticleAssembler.contentId("标题", "正文")).isNotEqualTo(ArticleAssembler.contentId("标题正", "文"));
  }

  @Test
  void sameIdAsGetBytesOnMixedScriptsSurrogatesAndLongTexts() throws Exception {
    Random random = new Random(20261201L);
    // Every UTF-8 length class, paired and lone surrogates, and lengths around the chunk size.
    char[] alphabet = {'a', 'Z', '0', '\n', ' ', 'é', 'ß', '\u07FF', '\u0800', '中', '。', '\uFFFD', '\uFFFF',
        '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};
    for (int round = 0; round < 300; round++) {
      int length = round < 100 ? random.nextInt(40) : 8180 + random.nextInt(30) + (round % 3) * 2731;
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String title = round % 5 == 0 ? null : text.substring(0, Math.min(7, text.length()));
      assertThat(ArticleAssembler.contentId(title, text.toString())).isEqualTo(reference(title, text.toString()));
    }
  }
}

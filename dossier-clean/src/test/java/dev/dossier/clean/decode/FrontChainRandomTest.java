package dev.dossier.clean.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.Samples;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs through decode, HTML and normalise (after Lucene's checkRandomData): no
 * exception but {@code RejectedInputException}, and every character maps inside SOURCE_TEXT. The
 * seed is fixed so a failure reproduces; the coverage-guided run is {@link FrontChainFuzzTest}.
 */
class FrontChainRandomTest {
  private static final long SEED = 20240703L;
  private static final List<Charset> CHARSETS =
      List.of(
          StandardCharsets.UTF_8,
          StandardCharsets.UTF_16LE,
          StandardCharsets.UTF_16BE,
          Charset.forName("GB18030"),
          Charset.forName("Big5"));
  private static final String[] HTML_PIECES = {
    "<html>", "</html>", "<head>", "<body>", "</body>", "<p>", "</p>", "<div class=\"share\">",
    "<div class='content'>", "</div>", "<article>", "</article>", "<br>", "<br/>", "<figure>",
    "<figcaption>", "</figcaption>", "<script>", "</script>", "<style>", "<!--", "-->", "<pre>",
    "</pre>", "&amp;", "&nbsp;", "&#x1F600;", "&#0;", "&ldquo;", "&bogus;", "&", "<", ">", "\"",
    "<a href=x>", "</a>", "<meta property=\"og:title\" content=\"标题\">", "<title>", "</title>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":",
    "<time datetime=\"2024-13-45\">", "<table><tr><td>", "</td>", "\r\n", "\r", "\n", "\t",
    "\u3000", "\u200B", "\uFEFF", "\u0000", "\uD800", "２０２４．７", "新华社北京7月1日电", "托卡耶夫",
    "Xi Jinping", " ", "  ", "，", "。", "<!DOCTYPE html>", "<svg><p>", "<template>", "<noscript>",
    "<select><option>", "<textarea>", "</textarea>", "<![CDATA[", "]]>", "<h1>", "</h1>"
  };

  @Test
  void randomBytesNeverCrashTheChain() {
    Random random = new Random(SEED);
    String sample = Samples.text("003") + Samples.text("000");
    int accepted = 0;
    for (int n = 0; n < 500; n++) {
      byte[] bytes;
      switch (n % 4) {
        case 0 -> {
          bytes = new byte[random.nextInt(300)];
          random.nextBytes(bytes);
        }
        case 1 -> {
          // A slice of real text in some charset, cut anywhere (possibly mid-character).
          int from = random.nextInt(sample.length() - 1);
          int to = Math.min(sample.length(), from + 1 + random.nextInt(400));
          Charset cs = CHARSETS.get(random.nextInt(CHARSETS.size()));
          byte[] all = sample.substring(from, to).getBytes(cs);
          int cut = random.nextInt(Math.max(1, Math.min(3, all.length)));
          bytes = java.util.Arrays.copyOfRange(all, cut, all.length);
        }
        case 2 -> {
          // Real text with random bytes flipped.
          bytes = sample.substring(0, 1 + random.nextInt(500)).getBytes(StandardCharsets.UTF_8);
          for (int k = random.nextInt(10); k > 0; k--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
          }
        }
        default -> {
          bytes = new byte[random.nextInt(64)];
          for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) " \n\r\t\0<>&aZ\u00ff".charAt(random.nextInt(11));
          }
        }
      }
      String path = random.nextBoolean() ? "r" + n + ".txt" : "r" + n + ".html";
      if (FrontChain.runAndCheck(path, bytes).isPresent()) {
        accepted++;
      }
    }
    // The generator makes real text half of the time: most of that must be accepted.
    assertThat(accepted).isGreaterThan(150);
  }

  @Test
  void randomHtmlNeverCrashesTheChain() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder(n % 2 == 0 ? "<!DOCTYPE html>" : "");
      int pieces = 1 + random.nextInt(120);
      for (int k = 0; k < pieces; k++) {
        sb.append(HTML_PIECES[random.nextInt(HTML_PIECES.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      FrontChain.runAndCheck("h" + n + ".html", bytes);
    }
  }
}

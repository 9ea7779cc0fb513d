package dev.dossier.clean.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses the charset of a file's bytes. Stateless and thread-safe.
 *
 * <p>The order of the checks goes from certain to statistical:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE) is taken at its word and skipped;
 *   <li>UTF-16 without a BOM is recognised by its zero bytes: the ASCII characters every article
 *       has (newlines, digits) put a NUL byte at one parity only, which no single- or double-byte
 *       Chinese encoding produces. This comes before the UTF-8 check because NUL bytes are valid
 *       UTF-8, so UTF-16 text that is mostly ASCII would pass it;
 *   <li>bytes that are strictly valid UTF-8 are UTF-8: a Chinese file in GB18030 or Big5 is almost
 *       never valid UTF-8 by accident, while ICU's statistics can misjudge short UTF-8 text;
 *   <li>otherwise ICU4J's {@link CharsetDetector} decides. GB2312 and GBK results become GB18030,
 *       their superset. When ICU prefers a single-byte Latin charset with weak confidence but also
 *       sees Chinese, the Chinese charset wins: Dossier reads Chinese news.
 * </ol>
 */
public final class EncodingDetector {
  /** Below this ICU confidence (0-100) the guess is reported as a fallback. */
  static final int CONFIDENT = 50;

  private static final Set<String> LATIN_SINGLE_BYTE_PREFIXES =
      Set.of("ISO-8859-", "windows-125", "KOI8", "IBM");

  /** The outcome: what to decode with, how many leading bytes (a BOM) to skip, how sure we are. */
  public record Detection(Charset charset, int skipBytes, boolean confident, String how) {
    public Detection {
      if (skipBytes < 0) {
        throw new IllegalArgumentException("skipBytes must be >= 0, was " + skipBytes);
      }
    }
  }

  /**
   * A detection, with the text when detecting decoded the bytes anyway (valid UTF-8 without a
   * BOM: the text is what {@code new String(bytes, UTF_8)} gives), else a null text.
   */
  record Decoding(Detection detection, String text) {}

  public Detection detect(ByteBuffer input) {
    return detectDecoding(input).detection();
  }

  /** {@link #detect}, keeping the text when the check for UTF-8 had to decode it. */
  Decoding detectDecoding(ByteBuffer input) {
    ByteBuffer bytes = input.duplicate();
    int n = bytes.remaining();
    int p = bytes.position();
    if (n >= 3 && u(bytes, p) == 0xEF && u(bytes, p + 1) == 0xBB && u(bytes, p + 2) == 0xBF) {
      return undecoded(new Detection(StandardCharsets.UTF_8, 3, true, "UTF-8 byte-order mark"));
    }
    if (n >= 2 && u(bytes, p) == 0xFF && u(bytes, p + 1) == 0xFE) {
      return undecoded(new Detection(StandardCharsets.UTF_16LE, 2, true, "UTF-16LE byte-order mark"));
    }
    if (n >= 2 && u(bytes, p) == 0xFE && u(bytes, p + 1) == 0xFF) {
      return undecoded(new Detection(StandardCharsets.UTF_16BE, 2, true, "UTF-16BE byte-order mark"));
    }
    Charset utf16 = utf16ByZeroBytes(bytes);
    if (utf16 != null) {
      return undecoded(new Detection(utf16, 0, true, "zero bytes at one parity"));
    }
    // The JDK's decoder replaces malformed input with U+FFFD: a text without one came from
    // well-formed bytes, and is the decoded text too, so the common case decodes once and needs
    // no byte check. Only a text with U+FFFD (printed, or a replacement) gets the strict check.
    String text = utf8(bytes);
    if (text.indexOf('\uFFFD') < 0 || isStrictUtf8(bytes)) {
      boolean ascii = isAscii(bytes);
      return new Decoding(new Detection(StandardCharsets.UTF_8, 0, true, ascii ? "ASCII" : "valid UTF-8"), text);
    }
    return undecoded(byIcu(bytes));
  }

  private static Decoding undecoded(Detection d) {
    return new Decoding(d, null);
  }

  /** The bytes as UTF-8, malformed sequences replaced with U+FFFD. */
  private static String utf8(ByteBuffer bytes) {
    if (bytes.hasArray()) {
      return new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), StandardCharsets.UTF_8);
    }
    byte[] copy = new byte[bytes.remaining()];
    bytes.duplicate().get(copy);
    return new String(copy, StandardCharsets.UTF_8);
  }

  private static int u(ByteBuffer b, int i) {
    return b.get(i) & 0xFF;
  }

  /**
   * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
   * above U+10FFFF). A byte loop rather than a strict CharsetDecoder: the decoder built the whole
   * text once more just to say yes.
   */
  static boolean isStrictUtf8(ByteBuffer buffer) {
    if (buffer.hasArray()) { // read in place
      int from = buffer.arrayOffset() + buffer.position();
      return isStrictUtf8(buffer.array(), from, from + buffer.remaining());
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return isStrictUtf8(bytes, 0, bytes.length);
  }

  /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
  static boolean isStrictUtf8(byte[] bytes, int from, int to) {
    int i = from;
    int n = to;
    while (i < n) {
      int c = bytes[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int more;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (i + more >= n) {
        return false; // cut in the middle of a character
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return false;
      }
      for (int k = 2; k <= more; k++) {
        int b = bytes[i + k] & 0xFF;
        if (b < 0x80 || b > 0xBF) {
          return false;
        }
      }
      i += more + 1;
    }
    return true;
  }

  private static boolean isAscii(ByteBuffer bytes) {
    for (int i = bytes.position(); i < bytes.limit(); i++) {
      if (bytes.get(i) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-16 without a BOM: at least one zero byte per 64 bytes, three in four of them at the same
   * parity (CJK characters U+xx00 such as 一 put some at the other), and the text decodes strictly
   * to mostly printable characters. Returns null when the bytes do not look like UTF-16.
   */
  private static Charset utf16ByZeroBytes(ByteBuffer bytes) {
    int n = bytes.remaining();
    if (n < 4 || n % 2 != 0) {
      return null;
    }
    int even = 0;
    int odd = 0;
    int p = bytes.position();
    for (int i = 0; i < n; i++) {
      if (bytes.get(p + i) == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    int zeros = even + odd;
    if (zeros == 0 || zeros * 64 < n) {
      return null;
    }
    Charset cs;
    if (odd * 4 >= zeros * 3) {
      cs = StandardCharsets.UTF_16LE; // ASCII 'A' = 41 00
    } else if (even * 4 >= zeros * 3) {
      cs = StandardCharsets.UTF_16BE; // ASCII 'A' = 00 41
    } else {
      return null;
    }
    try {
      CharBuffer chars =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes.duplicate());
      // Random binary data with NULs may decode too; demand mostly printable text.
      int printable = 0;
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && !Character.isISOControl(c))) {
          printable++;
        }
      }
      return printable * 10 >= chars.length() * 9 ? cs : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Detection byIcu(ByteBuffer bytes) {
    byte[] array = new byte[bytes.remaining()];
    bytes.duplicate().get(array);
    CharsetDetector detector = new CharsetDetector();
    detector.setText(array);
    CharsetMatch[] matches = detector.detectAll();
    CharsetMatch best = null;
    CharsetMatch bestChinese = null;
    for (CharsetMatch m : matches) {
      if (toJava(m.getName()) == null || m.getName().startsWith("UTF-")) {
        // Unicode without a BOM was ruled out above; ICU's weak UTF-16 guesses (it looks at the
        // first few code units only) would otherwise accept random bytes.
        continue;
      }
      if (best == null) {
        best = m;
      }
      if (bestChinese == null && isChinese(m.getName())) {
        bestChinese = m;
      }
    }
    if (best == null) {
      return new Detection(gb18030(), 0, false, "no ICU match; GB18030 assumed");
    }
    CharsetMatch chosen = best;
    if (bestChinese != null
        && best != bestChinese
        && isLatinSingleByte(best.getName())
        && best.getConfidence() < CONFIDENT) {
      chosen = bestChinese;
    }
    boolean confident = chosen.getConfidence() >= CONFIDENT;
    return new Detection(
        toJava(chosen.getName()),
        0,
        confident,
        "ICU " + chosen.getName() + " confidence " + chosen.getConfidence());
  }

  private static boolean isChinese(String icuName) {
    String n = icuName.toUpperCase(Locale.ROOT);
    return n.startsWith("GB") || n.startsWith("BIG5");
  }

  private static boolean isLatinSingleByte(String icuName) {
    return LATIN_SINGLE_BYTE_PREFIXES.stream().anyMatch(icuName::startsWith);
  }

  private static Charset gb18030() {
    return Charset.forName("GB18030");
  }

  /** The Java charset for an ICU name, widening GB2312/GBK to GB18030; null when unsupported. */
  static Charset toJava(String icuName) {
    String n = icuName.toUpperCase(Locale.ROOT);
    if (n.equals("GB2312") || n.equals("GBK") || n.equals("GB18030") || n.equals("EUC-CN")) {
      return gb18030();
    }
    try {
      return Charset.forName(icuName);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}

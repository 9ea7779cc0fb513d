package dev.dossier.clean.decode;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.pipeline.RejectedInputException;
import dev.dossier.text.TrackedText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the file's bytes: {@link Keys#RAW_BYTES} in; {@link Keys#SOURCE_TEXT} (the whole file as
 * characters, without a byte-order mark), {@link Keys#ENCODING} and {@link Keys#TEXT} (the identity
 * mapping over SOURCE_TEXT) out. Every source offset in Dossier refers to SOURCE_TEXT.
 *
 * <p>The charset is {@link CleaningConfig#encodingOverride()} when set, else the guess of {@link
 * EncodingDetector}. Decoding never fails: undecodable bytes become U+FFFD with an {@code
 * UNDECODABLE_BYTES} warning, and a weak guess adds {@code ENCODING_FALLBACK}.
 *
 * <p>Throws {@link RejectedInputException} for inputs that cannot be an article: an empty file,
 * whitespace only, a known binary format (by magic number), or bytes whose decoding is mostly
 * control or replacement characters. Immutable and thread-safe.
 */
public final class DecodeStage implements MapStage {
  /** More than this share of control or undecodable characters means the input is not text. */
  static final double MAX_BAD_SHARE = 0.10;

  private final CleaningConfig config;
  private final EncodingDetector detector = new EncodingDetector();

  public DecodeStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.RAW_BYTES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.SOURCE_TEXT, Keys.ENCODING, Keys.TEXT);
  }

  @Override
  public Document map(Document document) {
    // One copy of the read-only input, as a buffer with an accessible array: the detector's checks
    // and the decoder then read the array in place, where each made a copy of its own.
    ByteBuffer input = document.get(Keys.RAW_BYTES);
    byte[] array = new byte[input.remaining()];
    input.duplicate().get(array);
    ByteBuffer bytes = ByteBuffer.wrap(array);
    if (!bytes.hasRemaining()) {
      throw new RejectedInputException("empty file");
    }
    Optional<BinarySignature> binary = BinarySignature.detect(bytes);
    if (binary.isPresent()) {
      throw new RejectedInputException("binary file (" + binary.get().name() + ")");
    }
    EncodingDetector.Detection detection;
    String detectedText = null; // the text, when the detector decoded it (valid UTF-8)
    Optional<Charset> override = config.encodingOverride();
    if (override.isPresent()) {
      detection = new EncodingDetector.Detection(override.get(), 0, true, "configured");
    } else {
      EncodingDetector.Decoding d = detector.detectDecoding(bytes);
      detection = d.detection();
      detectedText = d.text();
    }
    bytes.position(bytes.position() + detection.skipBytes());
    Decoded decoded = detectedText != null ? new Decoded(detectedText, 0) : decode(bytes, detection.charset());
    String text = decoded.text();
    if (override.isPresent() && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1); // A configured UTF-8/UTF-16LE/BE decoder keeps the BOM.
    }
    rejectNonText(text);

    Document out =
        document
            .with(Keys.SOURCE_TEXT, text)
            .with(Keys.ENCODING, detection.charset().name())
            .with(Keys.TEXT, TrackedText.of(text));
    if (!detection.confident()) {
      out =
          out.withWarning(
              new Warning(
                  WarningCode.ENCODING_FALLBACK,
                  "encoding guessed with low confidence: "
                      + detection.charset().name()
                      + " ("
                      + detection.how()
                      + ")"));
    }
    if (decoded.badBytes() > 0) {
      out =
          out.withWarning(
              new Warning(
                  WarningCode.UNDECODABLE_BYTES,
                  decoded.badBytes()
                      + " bytes could not be decoded as "
                      + detection.charset().name()
                      + " and were replaced with U+FFFD"));
    }
    return out;
  }

  private record Decoded(String text, int badBytes) {}

  /**
   * Decodes with replacement, counting the bytes replaced. Written out (rather than {@code
   * Charset.decode}) because the standard replacing decoder does not say how many bytes it lost.
   */
  private static Decoded decode(ByteBuffer in, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (in.remaining() * 1.1) + 16));
    int bad = 0;
    while (true) {
      // decode(..., true) must precede flush even when nothing is left (a file that is only a
      // BOM), or the decoder throws IllegalStateException (found by FrontChainFuzzTest).
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        if (r.isUnderflow()) {
          break;
        }
      }
      if (r.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
      } else if (r.isError()) {
        if (out.remaining() < 1) {
          CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
          out.flip();
          bigger.put(out);
          out = bigger;
        }
        int len = Math.max(1, Math.min(r.length(), in.remaining()));
        in.position(in.position() + len);
        bad += len;
        out.put('\uFFFD');
      }
    }
    out.flip();
    return new Decoded(out.toString(), bad);
  }

  private static void rejectNonText(String text) {
    int n = text.length();
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // U+FFFD, or a control character (Character.isISOControl) other than \n \r \t \f: written
      // out so that the common case, a character from U+00A0 on, costs one comparison.
      if (c >= 0xA0 ? c == '\uFFFD' : (c < 0x20 || c >= 0x7F) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        bad++;
      }
    }
    if (bad > n * MAX_BAD_SHARE) {
      long percent = Math.round(100.0 * bad / n);
      throw new RejectedInputException(
          "binary or undecodable data (" + percent + "% control or undecodable characters)");
    }
    int first = 0;
    while (first < n && isBlank(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      throw new RejectedInputException("no text");
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\uFEFF'
        || (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060'
        || Character.isISOControl(c);
  }
}

package dev.dossier.clean.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.Samples;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.RejectedInputException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodeStageTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private final DecodeStage stage = new DecodeStage(CleaningConfig.defaults());

  private Document decode(byte[] bytes) {
    return stage.map(Document.empty().with(Keys.RAW_BYTES, ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
  }

  /** Encodes strictly, so a test never passes on text the charset silently lost. */
  private static byte[] encode(String text, Charset cs) throws Exception {
    CharsetEncoder enc =
        cs.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer b = enc.encode(java.nio.CharBuffer.wrap(text));
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest(name = "sample {0} as {1}")
  @CsvSource({
    "000, UTF-8, UTF-8",
    "001, UTF-8, UTF-8",
    "000, GB18030, GB18030",
    "001, GB18030, GB18030",
    "004, GB18030, GB18030",
    "000, GBK, GB18030",
    "002, GB18030, GB18030",
    "003, UTF-16LE, UTF-16LE",
    "003, UTF-16BE, UTF-16BE",
    "000, UTF-16LE, UTF-16LE",
  })
  void readsReEncodedSamplesExactly(String sample, String charset, String expected)
      throws Exception {
    String original = Samples.text(sample);
    Document d = decode(encode(original, Charset.forName(charset)));
    assertThat(d.get(Keys.ENCODING)).isEqualTo(expected);
    assertThat(d.get(Keys.SOURCE_TEXT)).isEqualTo(original);
    assertThat(d.get(Keys.TEXT).text()).isEqualTo(original);
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void readsBig5() throws Exception {
    // Big5 has no pinyin tone letters (ū, ǔ ...): keep the characters of sample 003 it can encode.
    CharsetEncoder big5 = BIG5.newEncoder();
    StringBuilder sb = new StringBuilder();
    Samples.text("003").chars().filter(c -> big5.canEncode((char) c)).forEach(c -> sb.append((char) c));
    String original = sb.toString();
    assertThat(original).contains("中國和哈薩克斯坦兩國關");
    Document d = decode(encode(original, BIG5));
    assertThat(d.get(Keys.ENCODING)).isEqualTo("Big5");
    assertThat(d.get(Keys.SOURCE_TEXT)).isEqualTo(original);
  }

  @ParameterizedTest(name = "BOM {0}")
  @CsvSource({"UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF"})
  void stripsTheByteOrderMarkSoOffsetsStartAtTheText(String charset, String bomHex)
      throws Exception {
    String original = Samples.text("003");
    byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
    Document d = decode(concat(bom, encode(original, Charset.forName(charset))));
    assertThat(d.get(Keys.SOURCE_TEXT)).isEqualTo(original);
    assertThat(d.get(Keys.SOURCE_TEXT).charAt(0)).isEqualTo('2');
    assertThat(d.get(Keys.TEXT).toSource(0, 5).start()).isZero();
  }

  @Test
  void shortGbTextIsReadAsChinese() throws Exception {
    String line = "新华社北京7月1日电 国家主席习近平将出席峰会。";
    Document d = decode(encode(line, GB18030));
    assertThat(d.get(Keys.SOURCE_TEXT)).isEqualTo(line);
    assertThat(d.get(Keys.ENCODING)).isEqualTo("GB18030");
  }

  @Test
  void configuredEncodingWins() throws Exception {
    String line = "哈萨克斯坦总统托卡耶夫";
    byte[] gb = encode(line, GB18030);
    DecodeStage forced = new DecodeStage(CleaningConfig.defaults().withEncoding(GB18030));
    Document d =
        forced.map(Document.empty().with(Keys.RAW_BYTES, ByteBuffer.wrap(gb).asReadOnlyBuffer()));
    assertThat(d.get(Keys.SOURCE_TEXT)).isEqualTo(line);
    assertThat(d.get(Keys.ENCODING)).isEqualTo("GB18030");
  }

  @Test
  void undecodableBytesBecomeReplacementCharsWithAWarning() throws Exception {
    String text = Samples.text("000");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    // Cut one 3-byte character in half in the middle of the file, twice.
    byte[] broken = new byte[utf8.length - 2];
    int cut = utf8.length / 2;
    while ((utf8[cut] & 0xF0) != 0xE0) {
      cut++;
    }
    System.arraycopy(utf8, 0, broken, 0, cut + 1);
    System.arraycopy(utf8, cut + 3, broken, cut + 1, utf8.length - cut - 3);
    DecodeStage utf8Stage =
        new DecodeStage(CleaningConfig.defaults().withEncoding(StandardCharsets.UTF_8));
    Document d =
        utf8Stage.map(
            Document.empty().with(Keys.RAW_BYTES, ByteBuffer.wrap(broken).asReadOnlyBuffer()));
    String out = d.get(Keys.SOURCE_TEXT);
    assertThat(out).contains("\uFFFD");
    assertThat(out.length()).isEqualTo(text.length());
    assertThat(d.warnings())
        .extracting(Warning::code)
        .containsExactly(WarningCode.UNDECODABLE_BYTES);
    assertThat(d.warnings().get(0).message()).startsWith("1 bytes");
  }

  @Test
  void rejectsEmptyAndBlankFiles() {
    assertThatThrownBy(() -> decode(new byte[0]))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("empty file");
    assertThatThrownBy(() -> decode(" \n\t\r\n　\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("no text");
  }

  /** Regression: a file holding only a BOM crashed the decoder (flush before decode). */
  @Test
  void rejectsAByteOrderMarkAlone() {
    assertThatThrownBy(() -> decode(new byte[] {(byte) 0xFE, (byte) 0xFF}))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("no text");
    assertThatThrownBy(() -> decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .hasMessage("no text");
  }

  @Test
  void rejectsKnownBinaryFormatsByMagicNumber() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("a.txt"));
      z.write(Samples.text("000").getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> decode(zip.toByteArray()))
        .isInstanceOf(RejectedInputException.class)
        .hasMessage("binary file (ZIP archive)");

    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(Samples.text("000").getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> decode(gz.toByteArray()))
        .hasMessage("binary file (GZIP archive)");
    byte[] png = java.util.HexFormat.of().parseHex("89504E470D0A1A0A0000000D49484452");
    assertThatThrownBy(() -> decode(png)).hasMessage("binary file (PNG image)");
    assertThatThrownBy(() -> decode("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
        .hasMessage("binary file (PDF document)");
  }

  @Test
  void rejectsRandomBytes() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    noise[0] = 'x'; // no magic number: must be caught by the content check
    assertThatThrownBy(() -> decode(noise))
        .isInstanceOf(RejectedInputException.class)
        .hasMessageStartingWith("binary or undecodable data (")
        .hasMessageEndingWith("% control or undecodable characters)");
  }

  @Test
  void rejectsTextFullOfNuls() {
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 'a' : 0);
    }
    assertThatThrownBy(() -> decode(b)).isInstanceOf(RejectedInputException.class);
  }
}

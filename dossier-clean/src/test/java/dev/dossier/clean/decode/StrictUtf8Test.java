package dev.dossier.clean.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written UTF-8 check agrees with the JDK's strict decoder. */
class StrictUtf8Test {
  private static boolean jdk(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void edgeCases() {
    byte[][] cases = {
      "新华社阿斯塔纳7月2日电 ASTANA".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC0, (byte) 0x80}, // overlong NUL
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // surrogate half
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // emoji
      {(byte) 0xE4, (byte) 0xB8}, // cut short
      {(byte) 0x80}, // lone continuation
    };
    for (byte[] c : cases) {
      assertThat(EncodingDetector.isStrictUtf8(ByteBuffer.wrap(c))).isEqualTo(jdk(c));
    }
  }

  @Test
  void randomBytesAndMutatedTextAgreeWithTheJdk() {
    Random random = new Random(7);
    byte[] text = "托卡耶夫说，中国有句古话：同心而共济。😀 Xi Jinping".getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n < 20_000; n++) {
      byte[] b;
      if (n % 2 == 0) {
        b = new byte[random.nextInt(12)];
        random.nextBytes(b);
      } else {
        b = text.clone();
        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      }
      assertThat(EncodingDetector.isStrictUtf8(ByteBuffer.wrap(b))).as("case %d", n).isEqualTo(jdk(b));
    }
  }
}

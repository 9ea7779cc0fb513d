package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {
  @Test
  void isHanAgreesWithUnicodeScriptOnEveryDefinedCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isDefined(cp) && Character.getType(cp) != Character.SURROGATE) {
        boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
        assertThat(Chars.isHan(cp)).as("U+%04X", cp).isEqualTo(expected);
      }
    }
    assertThat(Chars.isHan('中')).isTrue();
    assertThat(Chars.isHan('，')).isFalse();
    assertThat(Chars.isHan('々')).isTrue();
  }
}

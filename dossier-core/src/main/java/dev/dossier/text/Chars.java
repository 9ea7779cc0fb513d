package dev.dossier.text;

/** Character classes the stages test on every character, with fast paths for common ranges. */
public final class Chars {
  private Chars() {}

  /**
   * Whether {@code cp} is a Han character: the CJK Unified Ideographs block and Extension A by
   * range, anything else by {@link Character.UnicodeScript} (whose lookup is a binary search).
   */
  public static boolean isHan(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF) {
      return true;
    }
    if (cp >= 0xFF00 && cp <= 0xFFEF) {
      return false; // full-width forms
    }
    if (cp >= 0x3000 && cp <= 0x303F) { // CJK punctuation: only 々 〇 〡-〩 〸-〻 are Han
      return cp == 0x3005 || cp == 0x3007 || cp >= 0x3021 && cp <= 0x3029 || cp >= 0x3038 && cp <= 0x303B;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}

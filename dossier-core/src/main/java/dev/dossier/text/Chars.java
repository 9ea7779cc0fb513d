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
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}

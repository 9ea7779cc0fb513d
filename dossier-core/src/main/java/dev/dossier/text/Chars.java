package dev.dossier.text;

/** Character classes the stages test on every character, by code-point range (no table lookup). */
public final class Chars {
  private Chars() {}

  /**
   * Whether {@code cp} is a Han character: CJK radicals, the CJK Unified Ideographs and their
   * extensions (A in the BMP, B and later in planes 2 and 3), compatibility ideographs, and the
   * Han-script marks among CJK punctuation (々 〇 〡-〩 〸-〻). A surrogate half is not. Written by
   * range because {@link Character.UnicodeScript#of} is a binary search, called here on every
   * character of every article.
   */
  public static boolean isHan(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true; // the main block first: most characters of a Chinese text are in it
    }
    if (cp < 0x2E80) {
      return false;
    }
    if (cp <= 0x2FDF) {
      return true; // CJK and Kangxi radicals
    }
    if (cp <= 0x303F) {
      return cp == 0x3005 || cp == 0x3007 || cp >= 0x3021 && cp <= 0x3029 || cp >= 0x3038 && cp <= 0x303B;
    }
    if (cp < 0x3400) {
      return false; // kana, bopomofo, Hangul compatibility, enclosed and squared forms
    }
    if (cp <= 0x4DBF) {
      return true; // Extension A
    }
    if (cp < 0x4E00) {
      return false; // Yijing hexagrams
    }
    if (cp <= 0x9FFF) {
      return true;
    }
    if (cp >= 0xF900 && cp <= 0xFAFF) {
      return true; // compatibility ideographs
    }
    return cp >= 0x20000 && cp <= 0x3FFFF || cp == 0x16FF0 || cp == 0x16FF1;
  }

  /** Whether {@code s} has more Han characters than ASCII letters. */
  public static boolean moreHanThanLatin(CharSequence s) {
    int han = 0;
    int latin = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
      } else if (isHan(c)) {
        han++;
      }
    }
    return han > latin;
  }
}

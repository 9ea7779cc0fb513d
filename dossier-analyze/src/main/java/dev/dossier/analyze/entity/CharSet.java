package dev.dossier.analyze.entity;

/**
 * A set of characters of the Basic Multilingual Plane, tested in constant time. Immutable and
 * thread-safe.
 *
 * <p>Hand-written because the recogniser tests every token against character lists of up to 400
 * entries ({@link ChineseNames#TRANSLIT}, {@link ChineseNames#SURNAMES}) and {@code
 * String.indexOf} scans the whole list per test; ICU4J's frozen {@code UnicodeSet} would do a
 * binary search over the hundreds of ranges such scattered Han characters make. A 64-kbit table
 * (8 kB per set) answers with one load.
 */
final class CharSet {
  private final long[] bits = new long[1 << 10];

  private CharSet(CharSequence chars) {
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      bits[c >>> 6] |= 1L << c;
    }
  }

  /** The set of the characters of {@code chars}. */
  static CharSet of(CharSequence chars) {
    return new CharSet(chars);
  }

  boolean contains(char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }
}

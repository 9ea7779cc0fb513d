package dev.dossier.analyze.entity;

import java.util.BitSet;

/**
 * A set of characters of the Basic Multilingual Plane, tested in constant time: an immutable view
 * of a {@link BitSet} filled once (8 kB for the whole plane). Thread-safe, since nothing writes
 * to the bits after construction.
 *
 * <p>The recogniser tests every token against character lists of up to 400 entries ({@link
 * ChineseNames#TRANSLIT}, {@link ChineseNames#SURNAMES}); {@code String.indexOf} scans the whole
 * list per test, and ICU4J's frozen {@code UnicodeSet} would do a binary search over the hundreds
 * of ranges such scattered Han characters make.
 */
final class CharSet {
  private final BitSet bits = new BitSet(1 << 16);

  private CharSet(CharSequence chars) {
    for (int i = 0; i < chars.length(); i++) {
      bits.set(chars.charAt(i));
    }
  }

  /** The set of the characters of {@code chars}. */
  static CharSet of(CharSequence chars) {
    return new CharSet(chars);
  }

  boolean contains(char c) {
    return bits.get(c);
  }
}

package dev.dossier.clean.decode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Known binary file formats, recognised by their magic number at the start of the file.
 *
 * <p>Hand-written because the alternatives (Apache Tika's MIME detector) pull in a large
 * dependency for a dozen byte prefixes. Only signatures that cannot start a text file are
 * listed: each contains a byte below 0x20 (other than tab/newline) or an invalid UTF-8 byte.
 * Immutable and thread-safe.
 */
public record BinarySignature(String name, int offset, byte[] magic) {
  public BinarySignature {
    if (offset < 0 || magic.length == 0) {
      throw new IllegalArgumentException("invalid signature " + name);
    }
    magic = magic.clone();
  }

  private static BinarySignature of(String name, int offset, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return new BinarySignature(name, offset, b);
  }

  private static BinarySignature ascii(String name, int offset, String prefix, int... tail) {
    byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
    byte[] b = new byte[head.length + tail.length];
    System.arraycopy(head, 0, b, 0, head.length);
    for (int i = 0; i < tail.length; i++) {
      b[head.length + i] = (byte) tail[i];
    }
    return new BinarySignature(name, offset, b);
  }

  /** The formats recognised, most common first. */
  public static final List<BinarySignature> KNOWN =
      List.of(
          of("PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
          of("JPEG image", 0, 0xFF, 0xD8, 0xFF),
          ascii("GIF image", 0, "GIF87a"),
          ascii("GIF image", 0, "GIF89a"),
          ascii("PDF document", 0, "%PDF-"),
          ascii("ZIP archive", 0, "PK", 0x03, 0x04),
          ascii("ZIP archive", 0, "PK", 0x05, 0x06),
          ascii("ZIP archive", 0, "PK", 0x07, 0x08),
          of("GZIP archive", 0, 0x1F, 0x8B),
          ascii("BZIP2 archive", 0, "BZh9"),
          of("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
          ascii("RAR archive", 0, "Rar!", 0x1A, 0x07),
          of("XZ archive", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
          of("Zstandard archive", 0, 0x28, 0xB5, 0x2F, 0xFD),
          of("Microsoft Office (OLE) document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
          of("ELF executable", 0, 0x7F, 'E', 'L', 'F'),
          of("Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
          ascii("Windows executable", 0, "MZ", 0x90, 0x00),
          ascii("SQLite database", 0, "SQLite format 3", 0x00),
          ascii("TIFF image", 0, "II*", 0x00),
          ascii("TIFF image", 0, "MM", 0x00, '*'),
          ascii("WebAssembly module", 0, "", 0x00, 'a', 's', 'm'),
          ascii("MP4/QuickTime media", 4, "ftyp"),
          ascii("WebP image", 8, "WEBP"),
          ascii("WAVE audio", 8, "WAVE"),
          ascii("Ogg media", 0, "OggS", 0x00),
          of("Matroska/WebM media", 0, 0x1A, 0x45, 0xDF, 0xA3));

  public boolean matches(ByteBuffer bytes) {
    int start = bytes.position() + offset;
    if (bytes.limit() - start < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes.get(start + i) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first known format whose magic number starts {@code bytes}, if any. */
  public static Optional<BinarySignature> detect(ByteBuffer bytes) {
    for (BinarySignature s : KNOWN) {
      if (s.matches(bytes)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public byte[] magic() {
    return magic.clone();
  }
}

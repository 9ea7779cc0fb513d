package dev.dossier.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes on the command line: bytes, or a number with K, M or G (powers of 1024). */
final class Sizes implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
    long unit = 1;
    if (v.endsWith("K")) {
      unit = 1L << 10;
    } else if (v.endsWith("M")) {
      unit = 1L << 20;
    } else if (v.endsWith("G")) {
      unit = 1L << 30;
    }
    String number = unit == 1 ? v : v.substring(0, v.length() - 1);
    try {
      long n = Math.round(Double.parseDouble(number) * unit);
      if (n < 1) {
        throw new TypeConversionException("size must be positive: " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("not a size: '" + value + "' (use e.g. 32M, 500K, 1G)");
    }
  }

  /** 200.0 MB, 32.0 MB, 512 B. */
  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1L << 20) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    if (bytes < 1L << 30) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
  }
}

package dev.dossier.analyze.figure;

import java.math.BigDecimal;

/**
 * Parses the numbers Chinese news prints: Arabic digits (half or full width, with {@code ,}
 * thousands separators and a decimal point), Chinese numerals ({@code 三十二}, {@code 两千},
 * {@code 一万二千}, {@code 二〇二三}) and both mixed with the multipliers 十百千万亿
 * ({@code 64.1亿}, {@code 1万}).
 *
 * <p>Hand-written because ICU's RuleBasedNumberFormat spell-out parsing handles neither the mixed
 * {@code 64.1亿} form nor full-width digits, and is far slower than this single pass. Stateless.
 */
final class ChineseNumerals {
  private ChineseNumerals() {}

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  /** The value of {@code s}, or null when it is not a number. */
  static BigDecimal parse(CharSequence s) {
    if (s.length() == 0) {
      return null;
    }
    if (!hasMultiplier(s) && s.length() > 1 && isAllChineseDigits(s)) {
      // 二〇二三: digit by digit, as years and codes are printed.
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        b.append(chineseDigit(s.charAt(i)));
      }
      return new BigDecimal(b.toString());
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal number = null;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (arabicDigit(c) >= 0) {
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
          char d = s.charAt(i);
          if (arabicDigit(d) >= 0) {
            b.append((char) ('0' + arabicDigit(d)));
          } else if ((d == '.' || d == '．') && i + 1 < s.length() && arabicDigit(s.charAt(i + 1)) >= 0) {
            b.append('.');
          } else if (d != ',') {
            break;
          }
          i++;
        }
        number = new BigDecimal(b.toString());
        continue;
      }
      int digit = chineseDigit(c);
      if (digit >= 0) {
        number = BigDecimal.valueOf(digit);
      } else if (c == '十' || c == '百' || c == '千') {
        int m = c == '十' ? 10 : c == '百' ? 100 : 1000;
        section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(m)));
        number = null;
      } else if (c == '万') {
        section = section.add(number == null ? BigDecimal.ZERO : number);
        section = (section.signum() == 0 ? BigDecimal.ONE : section).multiply(TEN_THOUSAND);
        number = null;
      } else if (c == '亿') {
        BigDecimal base = total.add(section).add(number == null ? BigDecimal.ZERO : number);
        total = (base.signum() == 0 ? BigDecimal.ONE : base).multiply(HUNDRED_MILLION);
        section = BigDecimal.ZERO;
        number = null;
      } else {
        return null;
      }
      i++;
    }
    BigDecimal value = total.add(section).add(number == null ? BigDecimal.ZERO : number);
    value = value.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  static int arabicDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  static int chineseDigit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  static boolean hasArabicDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (arabicDigit(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMultiplier(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '十' || c == '百' || c == '千' || c == '万' || c == '亿') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllChineseDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (chineseDigit(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}

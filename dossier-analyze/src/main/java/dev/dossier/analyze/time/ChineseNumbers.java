package dev.dossier.analyze.time;

/**
 * Reads the small numbers that time expressions use, in Arabic or Chinese digits: 2023, 二〇二三,
 * 十八, 二十四, 廿三, 两. Hand-written because ICU's RuleBasedNumberFormat spell-out parser rejects the
 * digit-by-digit year style (二〇二三) and 廿/卅, which news copy uses; the grammar is tiny.
 */
final class ChineseNumbers {
    private ChineseNumbers() {
    }

    /** Digit value of one character, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case '零', '〇', '○', 'O' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰', '俩' -> 2;
            case '三', '叁', '仨' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /**
     * Parses {@code s}; returns -1 when it is not a number this reader understands.
     * Positional forms (十八, 二十四, 一百二十) and digit strings (二〇二三, 2023) are both accepted.
     */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        boolean positional = s.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '廿' || c == '卅');
        if (!positional) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0 || v > 100_000_000) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = current * 10 + d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '廿' -> 20;
                case '卅' -> 30;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 20 || unit == 30) {
                total += unit;
            } else {
                total += (current == 0 ? 1 : current) * unit;
            }
            current = 0;
        }
        return total + current;
    }

    /**
     * A two-digit year (98年, 零七年, 24年) read as the 1900s or 2000s reading not more than ten years
     * after {@code referenceYear} (2021: 24 to 2024, 33 to 1933); four digits are returned unchanged.
     */
    static int expandYear(int year, int digits, Integer referenceYear) {
        if (digits != 2) {
            return year;
        }
        // Two-digit years are read in the 1900s or 2000s (a 2-digit year never means 1890):
        // 20yy unless that lies more than ten years after max(reference, 2000).
        int ref = referenceYear == null ? 2000 : Math.max(referenceYear, 2000);
        int candidate = 2000 + year;
        return candidate > ref + 10 ? 1900 + year : candidate;
    }
}

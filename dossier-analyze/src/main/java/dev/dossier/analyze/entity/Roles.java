package dev.dossier.analyze.entity;

import dev.dossier.analyze.token.Token;
import java.util.List;
import java.util.Map;

/**
 * Titles printed with a person's name, read on the token stage's words so that a title starts
 * where a word starts: {@code 应/v 哈萨克斯坦共和国/ns 总统/nnt 托卡耶夫} gives {@code
 * 哈萨克斯坦共和国总统} (not {@code 国总统}, cut at the 和 inside 共和国, nor {@code 应哈萨克斯坦…},
 * the verb of 应…邀请), and {@code 托卡耶夫 总统/nnt} gives {@code 总统}. Also the modifier printed
 * before any name ({@code 哈萨克斯坦/nsf 小城/ns 扎尔肯特}), which gives its country. Stateless.
 */
final class Roles {
  private Roles() {}

  /** Longest title with the modifiers before it, in characters. */
  private static final int MAX_ROLE = 24;
  /** Single-character words that open or qualify a title: 前秘书长, 副, 代参议长, 原, 驻华大使. */
  private static final WordSet TITLE_PARTICLES = WordSet.of("前", "副", "代", "原", "驻", "常务", "执行", "首席", "第一");
  /** One-character words that end an organisation's name. */
  private static final CharSet ORGANISATION_ENDS = CharSet.of("部局厅署委院所社处司");
  /** Words printed after a name that are courtesies, not titles. */
  private static final WordSet COURTESIES = WordSet.of("同志", "先生", "女士", "夫人", "老", "大娘", "大爷");

  /**
   * The words printed right before {@code at} that modify the name there: nouns, places and
   * organisations (whole, as {@code names} gives them, where HanLP cut them: {@code 上/f 合/v
   * 组织/n}), titles and title particles, back to the first verb, function word, number,
   * punctuation or person's name; the empty string when there is none, and {@code null} when the
   * modifier is shared with another name ({@code 两国总统}, {@code 各国元首}: a number or pronoun
   * before a one-character word) or the name starts inside a word.
   *
   * @param names start of each place or organisation mention, by its end
   */
  static String modifierBefore(String text, List<Token> tokens, Map<Integer, Integer> names, int at) {
    if (tokenEndingAt(tokens, at) < 0 && !names.containsKey(at)) {
      return at == 0 || !ChineseNames.isHan(text.charAt(at - 1)) ? "" : null;
    }
    int from = at;
    boolean single = false;
    while (from > 0) {
      Integer named = names.get(from);
      if (named != null && at - named <= MAX_ROLE) {
        from = named;
        single = false;
        continue;
      }
      int j = tokenEndingAt(tokens, from);
      if (j < 0 || at - tokens.get(j).start() > MAX_ROLE || !modifies(tokens.get(j))) {
        break;
      }
      from = tokens.get(j).start();
      single = tokens.get(j).word().length() == 1;
    }
    if (from == at) {
      return "";
    }
    int j = tokenEndingAt(tokens, from);
    if (single && j >= 0 && sharing(tokens.get(j))) {
      return null;
    }
    return text.substring(from, at);
  }

  /**
   * The title printed right before the name at {@code at}: {@code chunk}, the name's {@link
   * #modifierBefore} (which the caller has computed already), when it ends with a title; else null.
   */
  static String before(String chunk, List<Token> tokens, int at) {
    if (chunk == null || chunk.isEmpty()) {
      return null;
    }
    int k = tokenEndingAt(tokens, at);
    return endsWithTitle(chunk) || k >= 0 && ChineseNames.isTitle(tokens.get(k)) ? chunk : null;
  }

  /**
   * The title printed right after the name ending at {@code end} ({@code 托卡耶夫总统}, {@code
   * 习近平主席}), a whole word, or null; courtesies ({@code 同志}, {@code 先生}) are not titles.
   */
  static String after(String text, List<Token> tokens, int end) {
    int k = tokenCovering(tokens, end);
    if (k < 0) {
      return null;
    }
    Token t = tokens.get(k);
    String word = text.substring(end, t.end());
    if (t.start() < end) {
      // The name and its title in one token (习主席/nr): the rest of the token is the title.
      return ChineseNames.TITLES.contains(word) && !COURTESIES.contains(word) ? word : null;
    }
    if (COURTESIES.contains(word) || !(t.pos().equals("nnt") || ChineseNames.TITLES.contains(word))) {
      return null;
    }
    return ChineseNames.allHan(word) ? word : null;
  }

  /** Whether {@code s} ends with a title word ({@link ChineseNames#ROLE_WORDS}). */
  static boolean endsWithTitle(String s) {
    return titleLength(s) > 0;
  }

  /** Length of the longest title word {@code s} ends with, or 0. */
  static int titleLength(String s) {
    if (s.isEmpty() || !ChineseNames.mayEndTitle(s.charAt(s.length() - 1))) {
      return 0;
    }
    for (int n = Math.min(5, s.length()); n >= 2; n--) {
      if (ChineseNames.TITLES.contains(s.substring(s.length() - n))) {
        return n;
      }
    }
    return 0;
  }

  /** A word that can be part of what is printed before a name to qualify it. */
  private static boolean modifies(Token t) {
    String w = t.word();
    String p = t.pos();
    if (p.startsWith("nr") || !ChineseNames.allHan(w)) {
      return false;
    }
    // 部/q, 局, 院: the last character of an organisation HanLP took for a measure word (一体化/vn 部/q 部长).
    if (TITLE_PARTICLES.contains(w) || p.equals("nnt") || w.length() == 1 && ORGANISATION_ENDS.contains(w.charAt(0))) {
      return true;
    }
    return p.startsWith("n") && !p.equals("nx") || p.equals("j") || p.equals("vn") || p.equals("b")
        || p.startsWith("a") && !p.equals("ad");
  }

  /** A number, measure word or pronoun: 两国, 各国, 该国 are the words of more than one name. */
  private static boolean sharing(Token t) {
    String p = t.pos();
    return p.startsWith("m") || p.startsWith("q") || p.startsWith("r") || p.equals("Rg");
  }

  /** Index of the token ending at {@code at}, or -1. Tokens are in text order. */
  static int tokenEndingAt(List<Token> tokens, int at) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int e = tokens.get(mid).end();
      if (e < at) {
        lo = mid + 1;
      } else if (e > at) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index of the token that contains the character at {@code at}, or -1. */
  static int tokenCovering(List<Token> tokens, int at) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= at) {
        lo = mid + 1;
      } else if (t.start() > at) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}

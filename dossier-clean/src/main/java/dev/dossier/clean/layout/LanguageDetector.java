package dev.dossier.clean.layout;

import dev.dossier.model.Language;
import dev.dossier.text.Chars;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Chinese, English and anything else apart, per paragraph. Only zh, en and "unknown" are
 * required, so script shares and English function words decide; a general language identifier
 * (and its model) would add weight without changing these three answers. Chinese: at least a
 * quarter of the letters are Han. English: Latin letters, no letters outside ASCII, and an English
 * function word (or a short line of ASCII words such as a headline). Everything else (Cyrillic,
 * other Latin-script languages) is unknown. Stateless.
 */
public final class LanguageDetector {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "of", "and", "to", "in", "a", "an", "is", "are", "was", "were", "that", "for",
          "with", "on", "at", "by", "from", "as", "has", "have", "he", "she", "it", "its", "his",
          "said", "will", "be", "this", "which", "their");

  public Language detect(CharSequence s) {
    int han = 0;
    int ascii = 0;
    int otherLetters = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          ascii++;
        }
      } else if (Chars.isHan(c)) {
        han++;
      } else if (Character.isLetter(c)) {
        otherLetters++;
      }
      // Chinese is decided once even letters in every remaining character could not bring the
      // Han share under a quarter (3 han >= other letters + remaining), so a Chinese paragraph
      // is read only in part. Looked at every 64 characters.
      if ((i & 63) == 63 && han > 0 && 3 * han >= ascii + otherLetters + (n - 1 - i)) {
        return Language.ZH;
      }
    }
    int letters = han + ascii + otherLetters;
    if (letters == 0) {
      return Language.UNKNOWN;
    }
    if (han * 4 >= letters) {
      return Language.ZH;
    }
    if (ascii == 0 || otherLetters * 10 > ascii) {
      return Language.UNKNOWN;
    }
    int words = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      words++;
      if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
        return Language.EN;
      }
    }
    return words <= 4 ? Language.EN : Language.UNKNOWN;
  }
}

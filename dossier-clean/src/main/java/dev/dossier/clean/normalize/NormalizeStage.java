package dev.dossier.clean.normalize;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.model.Warning;
import dev.dossier.model.WarningCode;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import dev.dossier.text.TrackedText;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises line ends, white space and character width in {@link Keys#TEXT}, keeping offsets.
 *
 * <ul>
 *   <li>{@code \r\n} and {@code \r} become {@code \n};
 *   <li>Unicode spaces (U+00A0, U+3000, U+2000..U+200A, U+202F, U+205F) and tab become {@code ' '};
 *   <li>zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and control characters other than
 *       {@code \n} are removed;
 *   <li>full-width digits and Latin letters (U+FF10..FF19, FF21..FF3A, FF41..FF5A) become ASCII,
 *       with a {@code WIDTH_FOLDED} warning counting them; full-width {@code ．：／－} between two
 *       digits and {@code ％} after a digit are folded too, because then they are part of a number
 *       or date ({@code ２０２３．１０} is 2023.10, {@code ３０％} is 30%) that later stages parse;
 *       anywhere else they are Chinese punctuation and stay, like {@code ，。“”：};
 *   <li>spaces at the end of a line are removed; leading spaces stay (indentation is a layout hint
 *       for reflow).
 * </ul>
 *
 * <p>Order matters (as in Lucene's CJK analysis chain, where width folding precedes bigramming):
 * line ends first, so no later rule sees {@code \r}; invisible characters are removed before width
 * folding so that {@code １\u200B２} counts as adjacent digits; letters and digits are folded before
 * the number punctuation, whose rule looks at ASCII digits on both sides; trailing spaces are
 * trimmed last, after U+3000 and NBSP have become spaces. Immutable and thread-safe.
 */
public final class NormalizeStage implements MapStage {
  private static final Pattern NUMBER_PUNCTUATION =
      Pattern.compile("(?<=[0-9])[\uFF0E\uFF1A\uFF0F\uFF0D](?=[0-9])|(?<=[0-9])\uFF05");
  private static final Pattern TRAILING_SPACES = Pattern.compile(" +(?=\n)| +$");

  private final CleaningConfig config;

  public NormalizeStage(CleaningConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Document map(Document document) {
    TrackedText in = document.get(Keys.TEXT);
    TrackedText.Builder b = TrackedText.builder();
    int folded = 0;
    int n = in.length();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (c == '\r') {
        if (i + 1 < n && in.charAt(i + 1) == '\n') {
          continue; // the '\n' that follows keeps its own offset
        }
        b.appendReplacement("\n", in, i, i + 1);
      } else if (c == '\n') {
        b.append(in, i, i + 1);
      } else if (isSpace(c)) {
        b.appendReplacement(" ", in, i, i + 1);
      } else if (isInvisible(c)) {
        continue;
      } else if (isFullWidthAlphanumeric(c)) {
        b.appendReplacement(String.valueOf((char) (c - 0xFEE0)), in, i, i + 1);
        folded++;
      } else {
        b.append(in, i, i + 1);
      }
    }
    TrackedText text = b.build();
    int[] punctuation = {0};
    text =
        text.replaceAll(
            NUMBER_PUNCTUATION,
            m -> {
              punctuation[0]++;
              return String.valueOf((char) (m.group().charAt(0) - 0xFEE0));
            });
    text = text.replaceAll(TRAILING_SPACES, m -> "");
    Document out = document.with(Keys.TEXT, text);
    int total = folded + punctuation[0];
    if (total > 0) {
      out =
          out.withWarning(
              new Warning(
                  WarningCode.WIDTH_FOLDED,
                  total + " full-width characters folded to ASCII (" + folded
                      + " letters and digits, " + punctuation[0] + " number punctuation)"));
    }
    return out;
  }

  static boolean isSpace(char c) {
    return c == '\t'
        || c == '\u00A0'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F';
  }

  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060'
        || c == '\uFEFF'
        || Character.getType(c) == Character.CONTROL;
  }

  static boolean isFullWidthAlphanumeric(char c) {
    return (c >= '\uFF10' && c <= '\uFF19')
        || (c >= '\uFF21' && c <= '\uFF3A')
        || (c >= '\uFF41' && c <= '\uFF5A');
  }
}

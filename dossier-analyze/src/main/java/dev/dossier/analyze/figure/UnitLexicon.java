package dev.dossier.analyze.figure;

import dev.dossier.analyze.figure.Figure.UnitKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The printed units a figure may end with, mapped to a canonical unit and its kind. Immutable
 * after construction; safe to share. The default list is the resource {@code units.tsv} beside
 * this class; it leaves out time units on purpose (dates, durations, ages are not figures).
 */
public final class UnitLexicon {
  /** A canonical unit: ISO currency code, "%", "pp" or a measure word. */
  public record Unit(String code, UnitKind kind) {
    public Unit {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(kind, "kind");
    }
  }

  private final Map<String, Unit> units;
  /** For each first character of a unit, the length of the longest unit starting with it. */
  private final Map<Character, Integer> longestByFirst;

  public UnitLexicon(Map<String, Unit> units) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("units must not be empty");
    }
    this.units = Map.copyOf(units);
    Map<Character, Integer> longest = new HashMap<>();
    for (String printed : units.keySet()) {
      if (!printed.isEmpty()) {
        longest.merge(printed.charAt(0), printed.length(), Math::max);
      }
    }
    this.longestByFirst = Map.copyOf(longest);
  }

  /** The bundled list ({@code units.tsv}). */
  public static UnitLexicon defaults() {
    try (InputStream in = UnitLexicon.class.getResourceAsStream("units.tsv")) {
      if (in == null) {
        throw new IllegalStateException("units.tsv missing from the classpath");
      }
      Map<String, Unit> map = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 3) {
          throw new IllegalStateException("units.tsv line " + lineNo + ": expected 3 columns: " + line);
        }
        map.put(cols[0], new Unit(cols[1], UnitKind.valueOf(cols[2])));
      }
      return new UnitLexicon(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Length of the longest unit printed at {@code text[at..limit)}, or 0 when none. (A limit, not a
   * text cut at the sentence end: cutting copied the text up to there for every number.)
   */
  int match(String text, int at, int limit) {
    if (at >= limit) {
      return 0;
    }
    // Most numbers have no unit after them: one look-up by the next character settles those.
    Integer longest = longestByFirst.get(text.charAt(at));
    if (longest == null) {
      return 0;
    }
    for (int len = Math.min(longest, limit - at); len > 0; len--) {
      if (units.containsKey(text.substring(at, at + len))) {
        return len;
      }
    }
    return 0;
  }

  Unit get(String printed) {
    return units.get(printed);
  }
}

package dev.dossier.clean.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Known news outlets, read from the bundled {@code outlets.txt} (its header says where the names
 * come from). Each name or alias maps to the outlet's canonical (Chinese) name. Immutable and
 * thread-safe; build once with {@link #bundled()} and share.
 */
public final class Outlets {
  private static final String RESOURCE = "outlets.txt";

  /** Lower-cased name or alias -> canonical name. */
  private final Map<String, String> canonicalByName;
  /** Names and aliases, longest first, so the first prefix hit is the longest. */
  private final List<String> namesLongestFirst;

  private Outlets(Map<String, String> canonicalByName) {
    this.canonicalByName = Map.copyOf(canonicalByName);
    List<String> names = new ArrayList<>(canonicalByName.keySet());
    names.sort((a, b) -> Integer.compare(b.length(), a.length()));
    this.namesLongestFirst = List.copyOf(names);
  }

  /** The outlets bundled with Dossier. */
  public static Outlets bundled() {
    try (InputStream in = Outlets.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + Outlets.class);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** Outlets from lines {@code canonical|alias|alias}; {@code #} starts a comment line. */
  public static Outlets parse(List<String> lines) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] names = l.split("\\|");
      String canonical = names[0].strip();
      for (String n : names) {
        if (!n.isBlank()) {
          map.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), canonical);
        }
      }
    }
    return new Outlets(map);
  }

  /** The canonical name of {@code name} when it is a known outlet or alias (case-insensitive). */
  public Optional<String> canonical(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(canonicalByName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The longest known name that {@code text} starts with, as printed in {@code text} (so
   * {@code 北京青年报政知圈} gives {@code 北京青年报}); empty when none.
   */
  public Optional<String> longestPrefix(String text) {
    Objects.requireNonNull(text, "text");
    String lower = text.toLowerCase(Locale.ROOT);
    for (String n : namesLongestFirst) {
      if (lower.startsWith(n)) {
        return Optional.of(text.substring(0, n.length()));
      }
    }
    return Optional.empty();
  }

  /** A regular-expression alternation of every known name, longest first, quoted. */
  public String alternation() {
    StringBuilder sb = new StringBuilder();
    for (String n : namesLongestFirst) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(java.util.regex.Pattern.quote(n));
    }
    return sb.toString();
  }
}

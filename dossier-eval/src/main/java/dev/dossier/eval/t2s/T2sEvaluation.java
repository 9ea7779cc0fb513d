package dev.dossier.eval.t2s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Traditional→Simplified conversion scored on OpenCC's own test cases ({@code
 * eval/t2s_opencc/testcases.strict.json}): the {@code t2s} cases (the floor), and for information
 * the {@code tw2s} and {@code hk2s} cases, whose expected outputs also are Simplified (they add
 * regional character variants; tw2sp/hk2sp also rewrite regional vocabulary, which a script
 * converter does not, so they are out of scope). Scores: the share of cases converted exactly, and
 * the share of characters right (a case's characters compared position by position when the
 * lengths agree, else the case counts all its characters wrong).
 */
public final class T2sEvaluation {
  /** The configurations scored, in print order. */
  public static final List<String> CONFIGS = List.of("t2s", "tw2s", "hk2s");

  /** The figures of one converter on one configuration. */
  public record Result(String system, String config, int cases, int exact, int chars, int charsRight) {
    public double exactAccuracy() {
      return cases == 0 ? 0 : (double) exact / cases;
    }

    public double charAccuracy() {
      return chars == 0 ? 0 : (double) charsRight / chars;
    }
  }

  private record Case(String id, String input, String expected, String config) {}

  private final Map<String, UnaryOperator<String>> systems;

  /**
   * @param systems converters by name, in print order (ours first, then the references)
   */
  public T2sEvaluation(Map<String, UnaryOperator<String>> systems) {
    this.systems = new LinkedHashMap<>(systems);
  }

  /** Scores every system and prints one line per system and configuration. */
  public List<Result> run(Path sharedDir, PrintStream out) {
    Path file = sharedDir.resolve("eval/t2s_opencc/testcases.strict.json");
    List<Case> cases = load(file);
    out.println("t2s: OpenCC test cases, " + file);
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, UnaryOperator<String>> system : systems.entrySet()) {
      for (String config : CONFIGS) {
        int n = 0;
        int exact = 0;
        int chars = 0;
        int right = 0;
        for (Case c : cases) {
          if (!c.config().equals(config)) {
            continue;
          }
          String got = system.getValue().apply(c.input());
          n++;
          exact += got.equals(c.expected()) ? 1 : 0;
          chars += c.expected().length();
          if (got.length() == c.expected().length()) {
            for (int i = 0; i < got.length(); i++) {
              right += got.charAt(i) == c.expected().charAt(i) ? 1 : 0;
            }
          }
        }
        Result r = new Result(system.getKey(), config, n, exact, chars, right);
        results.add(r);
        out.printf(
            Locale.ROOT,
            "  %-22s %-5s cases %3d  exact %.3f  chars %.4f%n",
            r.system(),
            r.config(),
            r.cases(),
            r.exactAccuracy(),
            r.charAccuracy());
      }
    }
    return List.copyOf(results);
  }

  private static List<Case> load(Path file) {
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      List<Case> out = new ArrayList<>();
      for (JsonNode c : root.get("cases")) {
        c.get("expected")
            .fields()
            .forEachRemaining(
                e ->
                    out.add(
                        new Case(c.get("id").asText(), c.get("input").asText(), e.getValue().asText(), e.getKey())));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}

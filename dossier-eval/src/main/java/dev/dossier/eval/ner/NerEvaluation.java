package dev.dossier.eval.ner;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.dossier.analyze.entity.EntityRecognizer;
import dev.dossier.hanlp.HanLpRuntime;
import dev.dossier.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Named-entity recognition scored on MSRA (test) and People's Daily 1998 (test), character BIO
 * files under {@code eval/ner/}: entity level, exact span and type, per type (PER, LOC, ORG) and
 * micro-averaged; Dossier's recogniser and raw HanLP (all its recognisers on; nr/ns/nt mapped to
 * PER/LOC/ORG) in the same run. Sentences are scored one by one, as the sets give them. Ends with
 * the cost of the token and entity stages against raw segmentation ({@link EntityCost}).
 */
public final class NerEvaluation {
  /** Precision, recall and F1 of one system on one set, per type and micro ("ALL"). */
  public record Scores(String set, String system, Map<String, double[]> byType) {
    public double f1(String type) {
      return byType.get(type)[2];
    }
  }

  private record Sentence(String text, Set<String> gold) {}

  private static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /** Scores both systems on both sets, then measures the cost of the token and entity stages. */
  public List<Scores> run(Path sharedDir, PrintStream out) {
    List<Scores> all = score(sharedDir, out);
    new EntityCost().run(sharedDir, 10, out);
    return all;
  }

  /** Scores both systems on both sets and prints one line per set and system. */
  public List<Scores> score(Path sharedDir, PrintStream out) {
    Map<String, Path> sets = new LinkedHashMap<>();
    sets.put("msra test", sharedDir.resolve("eval/ner/msra/msra_test_bio.txt"));
    sets.put("peoples_daily_1998 test", sharedDir.resolve("eval/ner/peoples_daily_1998/example.test"));
    EntityRecognizer ours = new EntityRecognizer();
    HanLpRuntime.ensureConfigured();
    Segment raw = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
        .enableOrganizationRecognize(true).enableTranslatedNameRecognize(true).enableOffset(true);
    Map<String, Function<String, Set<String>>> systems = new LinkedHashMap<>();
    systems.put("dossier", s -> {
      Set<String> p = new HashSet<>();
      for (EntityRecognizer.Mention m : ours.mentions(s)) {
        p.add(m.start() + ":" + m.end() + ":" + code(m.type()));
      }
      return p;
    });
    systems.put("raw HanLP", s -> {
      Set<String> p = new HashSet<>();
      for (Term t : raw.seg(s)) {
        String n = String.valueOf(t.nature);
        String type = n.startsWith("nr") ? "PER" : n.startsWith("ns") ? "LOC" : n.startsWith("nt") ? "ORG" : null;
        if (type != null) {
          p.add(t.offset + ":" + (t.offset + t.word.length()) + ":" + type);
        }
      }
      return p;
    });
    out.println("ner: entity-level exact-span P/R/F1");
    List<Scores> all = new ArrayList<>();
    for (Map.Entry<String, Path> set : sets.entrySet()) {
      List<Sentence> sentences = read(set.getValue());
      for (Map.Entry<String, Function<String, Set<String>>> sys : systems.entrySet()) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, predicted, gold
        for (String t : TYPES) {
          counts.put(t, new int[3]);
        }
        for (Sentence s : sentences) {
          Set<String> pred = sys.getValue().apply(s.text());
          for (String p : pred) {
            int[] c = counts.get(p.substring(p.lastIndexOf(':') + 1));
            c[1]++;
            if (s.gold().contains(p)) {
              c[0]++;
            }
          }
          for (String g : s.gold()) {
            counts.get(g.substring(g.lastIndexOf(':') + 1))[2]++;
          }
        }
        int[] micro = new int[3];
        Map<String, double[]> scores = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-24s %-10s", set.getKey(), sys.getKey()));
        for (String t : TYPES) {
          int[] c = counts.get(t);
          for (int k = 0; k < 3; k++) {
            micro[k] += c[k];
          }
          double[] prf = prf(c);
          scores.put(t, prf);
          line.append(String.format(Locale.ROOT, "  %s P %.3f R %.3f F1 %.3f", t, prf[0], prf[1], prf[2]));
        }
        double[] m = prf(micro);
        scores.put("ALL", m);
        line.append(String.format(Locale.ROOT, "  micro F1 %.3f", m[2]));
        out.println(line);
        all.add(new Scores(set.getKey(), sys.getKey(), scores));
      }
    }
    return all;
  }

  private static String code(EntityType t) {
    return switch (t) {
      case PERSON -> "PER";
      case PLACE -> "LOC";
      case ORG -> "ORG";
    };
  }

  private static double[] prf(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static List<Sentence> read(Path file) {
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      StringBuilder text = new StringBuilder();
      List<String> tags = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          flush(text, tags, out);
          continue;
        }
        String[] f = line.split("[\\t ]+");
        if (f.length < 2 || f[0].isEmpty()) {
          continue;
        }
        text.append(f[0].charAt(0));
        tags.add(f[f.length - 1]);
      }
      flush(text, tags, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  private static void flush(StringBuilder text, List<String> tags, List<Sentence> out) {
    if (text.length() == 0) {
      return;
    }
    Set<String> gold = new HashSet<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-") || tag.startsWith("M-") || tag.startsWith("E-");
      if (start >= 0 && !(inside && tag.substring(2).equals(type))) {
        gold.add(start + ":" + i + ":" + type);
        start = -1;
      }
      if (tag.startsWith("B-") || tag.startsWith("S-") || inside && start < 0) {
        start = i;
        type = tag.substring(2);
      }
    }
    out.add(new Sentence(text.toString(), gold));
    text.setLength(0);
    tags.clear();
  }
}

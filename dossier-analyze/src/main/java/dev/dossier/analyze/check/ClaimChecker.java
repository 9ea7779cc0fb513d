package dev.dossier.analyze.check;

import dev.dossier.analyze.sentence.Sentence;
import dev.dossier.model.Check;
import dev.dossier.model.Entity;
import dev.dossier.model.Figure;
import dev.dossier.model.Span;
import dev.dossier.model.TimeKind;
import dev.dossier.model.TimeMention;
import dev.dossier.model.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the claims of a provided summary (dates, numbers, names) against the article body, so a
 * fluent machine summary is not trusted blindly. For each claim it finds the body sentences that
 * tell the same thing (shared content, dates and digits aside) and compares:
 *
 * <ul>
 *   <li>a date is <em>supported</em> when the body has the same date (at the claim's granularity)
 *       in such a sentence, or anywhere when no similar sentence exists; <em>contradicted</em> when a
 *       similar sentence has the same month (or month and day) in another year, or another month of
 *       the same year; else <em>unsupported</em>;
 *   <li>a figure is supported when the body has the same value and unit, contradicted when a
 *       similar sentence has another value of the same unit, else unsupported;
 *   <li>a name is supported when the body names the same entity, else unsupported.
 * </ul>
 *
 * Evidence spans point into the body text. Immutable and thread-safe.
 */
public final class ClaimChecker {
  private static final double SIMILAR = 0.25;

  /** One side of the comparison: a text with its sentences and extracted facts. */
  public record Side(
      String text,
      List<Sentence> sentences,
      List<TimeMention> times,
      List<Figure> figures,
      List<Entity> entities) {
    public Side {
      Objects.requireNonNull(text, "text");
      sentences = List.copyOf(sentences);
      times = List.copyOf(times);
      figures = List.copyOf(figures);
      entities = List.copyOf(entities);
    }
  }

  /** Checks every claim of {@code summary} against {@code body}. */
  public List<Check> check(Side summary, Side body) {
    List<Check> out = new ArrayList<>();
    BodyUnits bodyUnits = new BodyUnits(body);
    for (TimeMention t : summary.times()) {
      if (t.value() == null || t.kind() == TimeKind.DURATION) {
        continue;
      }
      out.add(checkDate(t, summary, body, bodyUnits));
    }
    for (Figure f : summary.figures()) {
      out.add(checkFigure(f, summary, body, bodyUnits));
    }
    Set<String> bodyNames = new HashSet<>();
    for (Entity e : body.entities()) {
      bodyNames.add(e.name());
      bodyNames.addAll(e.aliases());
    }
    for (Entity e : summary.entities()) {
      Entity match =
          body.entities().stream()
              .filter(b -> b.type() == e.type() && (bodyNames.contains(e.name()) && (b.name().equals(e.name()) || b.aliases().contains(e.name()))))
              .findFirst()
              .orElse(null);
      Span first = e.mentions().get(0);
      String claim = first.of(summary.text());
      if (match != null) {
        out.add(new Check(claim, first.start(), first.end(), Verdict.SUPPORTED, "the body names " + match.name(), List.of(match.mentions().get(0))));
      } else {
        out.add(new Check(claim, first.start(), first.end(), Verdict.UNSUPPORTED, "the body never names " + claim, List.of()));
      }
    }
    out.sort(Comparator.comparingInt(Check::claimStart));
    return out;
  }

  private Check checkDate(TimeMention claim, Side summary, Side body, BodyUnits bodyUnits) {
    String value = day(claim.value());
    List<Sentence> similar = similarSentences(claim.start(), summary, body, bodyUnits);
    TimeMention contradiction = null;
    for (Sentence s : similar) {
      for (TimeMention t : timesIn(body, s)) {
        String v = day(t.value());
        if (sameAtGrain(value, v)) {
          return new Check(claim.text(), claim.start(), claim.end(), Verdict.SUPPORTED,
              "the body gives the same date: " + t.text(), List.of(t.span(), s.span()));
        }
        if (contradiction == null && conflicts(value, v)) {
          contradiction = t;
        }
      }
    }
    if (contradiction != null) {
      TimeMention c = contradiction;
      Sentence s = similar.stream().filter(x -> x.start() <= c.start() && c.end() <= x.end()).findFirst().orElseThrow();
      return new Check(claim.text(), claim.start(), claim.end(), Verdict.CONTRADICTED,
          "the summary says " + claim.text() + " (" + value + ") but the body says " + contradiction.text()
              + " (" + day(contradiction.value()) + ") for the same event",
          List.of(contradiction.span(), s.span()));
    }
    if (similar.isEmpty()) {
      for (TimeMention t : body.times()) {
        if (t.value() != null && t.kind() != TimeKind.DURATION && sameAtGrain(value, day(t.value()))) {
          return new Check(claim.text(), claim.start(), claim.end(), Verdict.SUPPORTED,
              "the body mentions the same date: " + t.text(), List.of(t.span()));
        }
      }
    }
    return new Check(claim.text(), claim.start(), claim.end(), Verdict.UNSUPPORTED,
        "the body does not give " + claim.text() + " (" + value + ")", List.of());
  }

  private Check checkFigure(Figure claim, Side summary, Side body, BodyUnits bodyUnits) {
    for (Figure f : body.figures()) {
      if (Objects.equals(f.unit(), claim.unit()) && Math.abs(f.value() - claim.value()) < 1e-6 * Math.max(1, Math.abs(claim.value()))) {
        return new Check(claim.text(), claim.start(), claim.end(), Verdict.SUPPORTED,
            "the body reports the same figure: " + f.text(), List.of(new Span(f.start(), f.end())));
      }
    }
    for (Sentence s : similarSentences(claim.start(), summary, body, bodyUnits)) {
      for (Figure f : body.figures()) {
        if (f.start() >= s.start() && f.end() <= s.end() && Objects.equals(f.unit(), claim.unit())) {
          return new Check(claim.text(), claim.start(), claim.end(), Verdict.CONTRADICTED,
              "the summary says " + claim.text() + " but the body says " + f.text(),
              List.of(new Span(f.start(), f.end()), s.span()));
        }
      }
    }
    return new Check(claim.text(), claim.start(), claim.end(), Verdict.UNSUPPORTED,
        "the body does not report " + claim.text(), List.of());
  }

  /**
   * The {@link #units} of each body sentence, computed on first use and then shared by the claims
   * of one {@link #check} call (each claim used to recompute them all). One per call, never shared
   * between threads.
   */
  private static final class BodyUnits {
    private final Side body;
    private int[][] units;

    BodyUnits(Side body) {
      this.body = body;
    }

    int[] of(int sentence) {
      if (units == null) {
        units = new int[body.sentences().size()][];
        for (int i = 0; i < units.length; i++) {
          units[i] = units(body.sentences().get(i).of(body.text()));
        }
      }
      return units[sentence];
    }
  }

  /** Body sentences that share content with the summary sentence holding {@code offset}. */
  private static List<Sentence> similarSentences(int offset, Side summary, Side body, BodyUnits bodyUnits) {
    Sentence own =
        summary.sentences().stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst().orElse(null);
    if (own == null) {
      return List.of();
    }
    int[] claimUnits = units(own.of(summary.text()));
    record Scored(Sentence s, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < body.sentences().size(); i++) {
      Sentence s = body.sentences().get(i);
      int[] u = bodyUnits.of(i);
      if (u.length == 0 || claimUnits.length == 0) {
        continue;
      }
      int common = common(claimUnits, u);
      double score = common / (double) Math.min(claimUnits.length, u.length);
      if (score >= SIMILAR) {
        scored.add(new Scored(s, score));
      }
    }
    scored.sort(Comparator.comparingDouble((Scored x) -> -x.score()));
    return scored.stream().limit(3).map(Scored::s).toList();
  }

  /**
   * Character bigrams of letters only: dates and numbers must not make sentences look alike. Each
   * bigram is coded as one int (first char in the high half), the set as a sorted array without
   * repeats, so that comparing two sentences is a merge instead of hashing substrings.
   */
  private static int[] units(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int[] out = new int[Math.max(0, lower.length() - 1)];
    int n = 0;
    for (int i = 0; i + 1 < lower.length(); i++) {
      char a = lower.charAt(i);
      char b = lower.charAt(i + 1);
      if (Character.isLetter(a) && Character.isLetter(b) && !isDateChar(a) && !isDateChar(b)) {
        out[n++] = a << 16 | b;
      }
    }
    Arrays.sort(out, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /** How many values two sorted arrays without repeats share. */
  private static int common(int[] a, int[] b) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  private static boolean isDateChar(char c) {
    return c == '年' || c == '月' || c == '日' || c == '号';
  }

  private static List<TimeMention> timesIn(Side side, Sentence s) {
    List<TimeMention> out = new ArrayList<>();
    for (TimeMention t : side.times()) {
      if (t.start() >= s.start() && t.end() <= s.end() && t.value() != null && t.kind() != TimeKind.DURATION) {
        out.add(t);
      }
    }
    return out;
  }

  private static String day(String value) {
    String v = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
    int t = v.indexOf('T');
    return t >= 0 ? v.substring(0, t) : v;
  }

  /** True when {@code other} equals {@code claim} at the claim's granularity. */
  private static boolean sameAtGrain(String claim, String other) {
    return other.length() >= claim.length() && other.startsWith(claim);
  }

  /**
   * True when the two dates disagree on a part both state: same month (and day) in another year,
   * or another month in the same year.
   */
  private static boolean conflicts(String claim, String other) {
    String[] a = claim.split("-");
    String[] b = other.split("-");
    if (a.length < 2 || b.length < 2 || a[0].isEmpty() || b[0].isEmpty()) {
      return false;
    }
    boolean sameMonth = a[1].equals(b[1]);
    boolean sameYear = a[0].equals(b[0]);
    return (sameMonth && !sameYear) || (sameYear && !sameMonth);
  }
}

package dev.dossier.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.Samples;
import dev.dossier.model.Article;
import dev.dossier.model.Entity;
import dev.dossier.model.Span;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled samples through the whole pipeline, analysed once per test run and shared by the
 * seed tests of every analysis package, with the look-ups they all make (an entity by name, the
 * span of a snippet). Thread-safe.
 */
public final class AnalysedSamples {
  private static final DossierPipeline PIPELINE =
      DossierPipeline.full(CleaningConfig.defaults(), AnalysisConfig.defaults());
  private static final Map<String, List<Article>> CACHE = new ConcurrentHashMap<>();

  private AnalysedSamples() {}

  /** The articles of the sample whose file name starts with {@code prefix} ("000" ... "004"). */
  public static List<Article> articles(String prefix) {
    return CACHE.computeIfAbsent(prefix, p -> PIPELINE.process(Samples.path(p).toString(), Samples.bytes(p)));
  }

  /** The entity one of whose names (canonical or alias) is {@code name}. */
  public static Entity entity(Article a, String name) {
    return a.entities().stream()
        .filter(e -> e.name().equals(name) || e.aliases().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + names(a)));
  }

  /** The canonical names of the article's entities, in order. */
  public static List<String> names(Article a) {
    return a.entities().stream().map(Entity::name).toList();
  }

  /** The id of {@link #entity}. */
  public static String entityId(Article a, String name) {
    return entity(a, name).id();
  }

  /** The span of the {@code nth} (0-based) occurrence of {@code s} in the article's text. */
  public static Span at(Article a, String s, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = a.text().indexOf(s, i + 1);
      assertThat(i).as("occurrence %d of %s", k, s).isGreaterThanOrEqualTo(0);
    }
    return new Span(i, i + s.length());
  }

  /** The span of the first occurrence of {@code s}. */
  public static Span at(Article a, String s) {
    return at(a, s, 0);
  }
}

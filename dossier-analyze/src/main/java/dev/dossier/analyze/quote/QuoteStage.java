package dev.dossier.analyze.quote;

import dev.dossier.model.Entity;
import dev.dossier.model.EntityType;
import dev.dossier.model.Span;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Key;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.MapStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Direct and reported speech, with the speaker linked to an entity: the entity one of whose
 * mentions is the speaker's span (for a pronoun, its antecedent's), else the entity whose name or
 * alias is the speaker as printed. The role is the title printed at the cue, else the fullest role the
 * entity carries elsewhere in the article (马兴瑞说 ─▶ 新疆维吾尔自治区党委书记).
 */
public final class QuoteStage implements MapStage {
  private final QuoteExtractor extractor = new QuoteExtractor();

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT, Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.QUOTES);
  }

  @Override
  public Document map(Document d) {
    String text = d.get(Keys.TEXT).text();
    List<Entity> entities = d.get(Keys.ENTITIES);
    List<Span> persons = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        persons.addAll(e.mentions());
      }
    }
    List<dev.dossier.model.Quote> out = new ArrayList<>();
    for (Quote q : extractor.extract(text, persons)) {
      // An outlet's reporter (新华社记者) is no entity: the outlet's mention inside the print is not them.
      boolean reporter = q.speakerText() != null && q.speakerText().endsWith("记者");
      Entity speaker = q.speaker() == null || reporter ? null : speaker(entities, q.speaker(), q.speakerText());
      out.add(
          new dev.dossier.model.Quote(
              speaker == null ? null : speaker.id(),
              speaker == null ? q.speakerText() : speaker.name(),
              q.role() != null || speaker == null ? q.role() : longestRole(speaker, latin(q.text())),
              q.text(),
              q.start(),
              q.end(),
              q.kind() == Quote.Kind.DIRECT));
    }
    return d.with(Keys.QUOTES, List.copyOf(out));
  }

  /**
   * The fullest title the entity carries (哈萨克斯坦总统 rather than 总统) in the quote's script (an
   * English quote takes no Chinese title), or null.
   */
  private static String longestRole(Entity e, boolean latin) {
    String best = null;
    for (String r : e.roles()) {
      if (r.isEmpty() || latin(r) != latin) {
        continue;
      }
      if (best == null || r.length() > best.length()) {
        best = r;
      }
    }
    return best;
  }

  /** True when the first letter of {@code s} is a Latin one. */
  private static boolean latin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return c < 0x250;
      }
    }
    return false;
  }

  private static Entity speaker(List<Entity> entities, Span at, String printed) {
    for (Entity e : entities) {
      for (Span m : e.mentions()) {
        if (m.overlaps(at)) {
          return e;
        }
      }
    }
    for (Entity e : entities) {
      if (e.name().equals(printed) || e.aliases().contains(printed)) {
        return e;
      }
    }
    return null;
  }
}

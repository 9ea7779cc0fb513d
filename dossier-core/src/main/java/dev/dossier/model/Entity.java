package dev.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity of an article, whatever its spellings: {@code name} is the canonical
 * name, {@code aliases} the other spellings seen or known (托卡耶夫总统, Tokayev ...), {@code roles}
 * titles kept apart from the name (哈萨克斯坦总统), {@code country} the country it belongs to where
 * the text says it (an entity id or a name; null when unknown), {@code mentions} every span in
 * the text where it is named.
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> roles,
    String country,
    List<Span> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}

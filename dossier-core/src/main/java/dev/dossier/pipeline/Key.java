package dev.dossier.pipeline;

import java.util.Objects;

/**
 * A typed name for one value a stage needs or adds to a {@link Document}. Keys compare by
 * identity: declare each once as a constant (see {@link Keys}).
 *
 * @param <T> type of the value stored under this key
 */
public final class Key<T> {
  private final String name;

  private Key(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public static <T> Key<T> of(String name) {
    return new Key<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}

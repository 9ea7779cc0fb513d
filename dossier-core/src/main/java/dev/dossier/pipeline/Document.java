package dev.dossier.pipeline;

import dev.dossier.model.Warning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable value that flows through a {@link Pipeline}: a typed map from {@link Key} to
 * value, plus the warnings collected so far. Stages never modify a document; {@link #with} and
 * {@link #withWarning} return a new one. Values stored must themselves be immutable.
 *
 * <p>The values are held in an {@link IdentityHashMap} (keys compare by identity) that is filled
 * before the document is made and never changed after: {@link #with} clones it, a copy of one
 * flat array, where a linked map copied entry by entry on every call of every stage.
 */
public final class Document {
  private final IdentityHashMap<Key<?>, Object> values;
  private final List<Warning> warnings;

  private Document(IdentityHashMap<Key<?>, Object> values, List<Warning> warnings) {
    this.values = values;
    this.warnings = warnings;
  }

  public static Document empty() {
    return new Document(new IdentityHashMap<>(), List.of());
  }

  /** The value under {@code key}; fails naming the key when it is absent. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object v = values.get(key);
    if (v == null) {
      throw new NoSuchElementException("Document has no value for " + key.name());
    }
    return (T) v;
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Key<T> key) {
    return Optional.ofNullable((T) values.get(key));
  }

  @SuppressWarnings("unchecked")
  public <T> T getOrDefault(Key<T> key, T fallback) {
    Object v = values.get(key);
    return v == null ? fallback : (T) v;
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }

  /** A copy with {@code key} set to {@code value}; a null value removes the key. */
  public <T> Document with(Key<T> key, T value) {
    Objects.requireNonNull(key, "key");
    if (value == null && !values.containsKey(key)) {
      return new Document(values, warnings);
    }
    @SuppressWarnings("unchecked")
    IdentityHashMap<Key<?>, Object> copy = (IdentityHashMap<Key<?>, Object>) values.clone();
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return new Document(copy, warnings);
  }

  public Document withWarning(Warning warning) {
    Objects.requireNonNull(warning, "warning");
    List<Warning> copy = new ArrayList<>(warnings.size() + 1);
    copy.addAll(warnings);
    copy.add(warning);
    return new Document(values, Collections.unmodifiableList(copy));
  }

  public Document withWarning(String code, String message) {
    return withWarning(new Warning(code, message));
  }

  public List<Warning> warnings() {
    return warnings;
  }
}

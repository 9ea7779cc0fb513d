package dev.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered chain of {@link Stage}s, checked when built: every key a stage requires must be in
 * the initial keys or provided by an earlier stage, else {@link #builder()}'s {@code build}
 * throws naming the stage and the missing keys. Immutable and thread-safe when its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage in order; a splitting stage fans out and later stages see each part. */
  public List<Document> run(Document input) {
    List<Document> current = List.of(input);
    for (Stage stage : stages) {
      List<Document> next = new ArrayList<>(current.size());
      for (Document d : current) {
        List<Document> out = stage.apply(d);
        Objects.requireNonNull(out, () -> stage.name() + " returned null");
        next.addAll(out);
      }
      current = next;
    }
    return current;
  }

  /** Collects stages and checks the chain. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    public Builder addAll(List<? extends Stage> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Checks that each stage's requirements are met and returns the pipeline.
     *
     * @param initial keys present on the documents the pipeline will be run on
     * @throws IllegalStateException naming the first stage whose requirements are not met
     */
    public Pipeline build(Set<Key<?>> initial) {
      Set<Key<?>> available = new HashSet<>(initial);
      for (Stage stage : stages) {
        Set<Key<?>> missing = new HashSet<>(stage.requires());
        missing.removeAll(available);
        if (!missing.isEmpty()) {
          throw new IllegalStateException(
              "Stage "
                  + stage.name()
                  + " requires "
                  + missing.stream().map(Key::name).sorted().collect(Collectors.joining(", "))
                  + ", which no earlier stage provides");
        }
        available.addAll(stage.provides());
      }
      return new Pipeline(stages);
    }
  }
}

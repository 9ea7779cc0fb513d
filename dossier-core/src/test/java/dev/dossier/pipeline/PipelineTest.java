package dev.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Key<String> A = Key.of("a");
  private static final Key<String> B = Key.of("b");

  private static final MapStage A_TO_B =
      new MapStage() {
        public Set<Key<?>> requires() {
          return Set.of(A);
        }

        public Set<Key<?>> provides() {
          return Set.of(B);
        }

        public Document map(Document d) {
          return d.with(B, d.get(A).toUpperCase());
        }
      };

  private static final Stage SPLIT_B =
      new Stage() {
        public Set<Key<?>> requires() {
          return Set.of(B);
        }

        public Set<Key<?>> provides() {
          return Set.of(B);
        }

        public List<Document> apply(Document d) {
          return List.of(d.get(B).split(",")).stream().map(p -> d.with(B, p)).toList();
        }
      };

  @Test
  void buildFailsNamingTheStageAndTheMissingKey() {
    assertThatThrownBy(() -> Pipeline.builder().add(SPLIT_B).add(A_TO_B).build(Set.of(A)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requires b");
  }

  @Test
  void runsStagesInOrderAndFansOutSplits() {
    Pipeline p = Pipeline.builder().add(A_TO_B).add(SPLIT_B).build(Set.of(A));
    List<Document> out = p.run(Document.empty().with(A, "x,y").withWarning("W", "kept"));
    assertThat(out).extracting(d -> d.get(B)).containsExactly("X", "Y");
    assertThat(out.get(1).warnings()).extracting("code").containsExactly("W");
  }

  @Test
  void documentsAreImmutable() {
    Document d = Document.empty().with(A, "x");
    Document e = d.with(A, "y");
    assertThat(d.get(A)).isEqualTo("x");
    assertThat(e.get(A)).isEqualTo("y");
    assertThatThrownBy(() -> d.get(B)).hasMessageContaining("no value for b");
    // A null value removes the key from the copy only.
    Document f = e.with(B, "b").with(A, null);
    assertThat(f.has(A)).isFalse();
    assertThat(f.get(B)).isEqualTo("b");
    assertThat(e.get(A)).isEqualTo("y");
    assertThat(e.has(B)).isFalse();
    assertThat(f.with(A, null).has(A)).isFalse();
  }
}

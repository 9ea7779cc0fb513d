package dev.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.model.SourceSegment;
import dev.dossier.model.Span;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrackedTextTest {
  @Test
  void identityMapsEachCharToItself() {
    TrackedText t = TrackedText.of("地區(qū)沖突");
    assertThat(t.toSource(0, 2)).isEqualTo(new Span(0, 2));
    assertThat(t.segments()).containsExactly(new SourceSegment(0, 8, 0, 8));
  }

  @Test
  void deletionKeepsLaterOffsetsPointingAtTheSource() {
    TrackedText t = TrackedText.of("地區(qū)沖突").replaceAll(Pattern.compile("\\(q\\u016B\\)"), m -> "");
    assertThat(t.text()).isEqualTo("地區沖突");
    // 沖突 is at clean [2,4) and at source [6,8).
    assertThat(t.toSource(2, 4)).isEqualTo(new Span(6, 8));
    assertThat(t.segments())
        .containsExactly(new SourceSegment(0, 2, 0, 2), new SourceSegment(2, 4, 6, 8));
  }

  @Test
  void unequalReplacementMapsToTheWholeMatch() {
    TrackedText t = TrackedText.of("a &amp; b").replaceAll(Pattern.compile("&amp;"), m -> "&");
    assertThat(t.text()).isEqualTo("a & b");
    assertThat(t.toSource(2, 3)).isEqualTo(new Span(2, 7));
    assertThat(t.toSource(4, 5)).isEqualTo(new Span(8, 9));
  }

  @Test
  void sameLengthReplacementAndCharMappingKeepOneToOne() {
    TrackedText t = TrackedText.of("ＡＢ１").mapChars(c -> c - 0xFEE0);
    assertThat(t.text()).isEqualTo("AB1");
    assertThat(t.toSource(1, 2)).isEqualTo(new Span(1, 2));
  }

  @Test
  void insertedTextMapsToAnEmptyRangeAtItsAnchor() {
    TrackedText src = TrackedText.of("ab\ncd");
    TrackedText t =
        TrackedText.builder().append(src, 0, 2).insert(" ", 2).append(src, 3, 5).build();
    assertThat(t.text()).isEqualTo("ab cd");
    assertThat(t.toSource(2, 3)).isEqualTo(new Span(2, 2));
    assertThat(t.toSource(0, 5)).isEqualTo(new Span(0, 5));
    assertThat(t.subText(3, 5).toSource(0, 2)).isEqualTo(new Span(3, 5));
  }

  @Test
  void rejectsOutOfRangeSpans() {
    TrackedText t = TrackedText.of("abc");
    assertThatThrownBy(() -> t.toSource(2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}

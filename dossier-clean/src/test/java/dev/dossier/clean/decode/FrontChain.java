package dev.dossier.clean.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.clean.html.HtmlStage;
import dev.dossier.clean.normalize.NormalizeStage;
import dev.dossier.model.Caption;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.pipeline.Pipeline;
import dev.dossier.pipeline.RejectedInputException;
import dev.dossier.text.TrackedText;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The front of the cleaning chain (decode, HTML, normalise) and the invariants fuzzing checks. */
final class FrontChain {
  private static final CleaningConfig CONFIG = CleaningConfig.defaults();
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(new DecodeStage(CONFIG))
          .add(new HtmlStage(CONFIG))
          .add(new NormalizeStage(CONFIG))
          .build(Set.of(Keys.SOURCE_PATH, Keys.RAW_BYTES));

  private FrontChain() {}

  /**
   * Runs the chain; returns the document, or empty when the input was rejected (the only
   * exception allowed). Asserts that every character of TEXT and every caption maps inside
   * SOURCE_TEXT.
   */
  static Optional<Document> runAndCheck(String path, byte[] bytes) {
    List<Document> out;
    try {
      out =
          PIPELINE.run(
              Document.empty()
                  .with(Keys.SOURCE_PATH, path)
                  .with(Keys.RAW_BYTES, ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
    } catch (RejectedInputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return Optional.empty();
    }
    assertThat(out).hasSize(1);
    Document d = out.get(0);
    String source = d.get(Keys.SOURCE_TEXT);
    TrackedText text = d.get(Keys.TEXT);
    for (int i = 0; i < text.length(); i++) {
      int s = text.sourceStart(i);
      int e = text.sourceEnd(i);
      if (s < 0 || e < s || e > source.length()) {
        throw new AssertionError(
            "char " + i + " maps to [" + s + ", " + e + ") outside source of " + source.length());
      }
    }
    assertThat(text.text()).doesNotContain("\r").doesNotContain("\u200B");
    for (Caption c : d.getOrDefault(Keys.CAPTIONS, List.of())) {
      assertThat(c.sourceEnd()).isLessThanOrEqualTo(source.length());
    }
    return Optional.of(d);
  }
}

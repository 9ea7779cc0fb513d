package dev.dossier.clean.decode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of decode, HTML and normalise with Jazzer: the same invariants as {@link
 * FrontChainRandomTest}. Tagged {@code jazzer}, which the default build excludes.
 *
 * <p>Regression mode (replays the inputs under {@code
 * src/test/resources/dev/dossier/clean/decode/FrontChainFuzzTestInputs/}):
 *
 * <pre>mvn -pl dossier-clean -am test -Dgroups=jazzer -Ddossier.excludedGroups=none -Dtest=FrontChainFuzzTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>Fuzzing (new crashing inputs are written to that folder; keep each, named after its bug):
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl dossier-clean -am test -Dgroups=jazzer -Ddossier.excludedGroups=none -Dtest=FrontChainFuzzTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("jazzer")
class FrontChainFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void textInput(byte[] data) {
    FrontChain.runAndCheck("fuzz.txt", data);
  }

  @FuzzTest(maxDuration = "5m")
  void htmlInput(byte[] data) {
    FrontChain.runAndCheck("fuzz.html", data);
  }
}

package dev.dossier.clean.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.clean.CleaningConfig;
import dev.dossier.pipeline.Document;
import dev.dossier.pipeline.Keys;
import dev.dossier.text.Chars;
import dev.dossier.text.TrackedText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PinyinDebrisStageTest {
  private final PinyinDebrisStage stage = new PinyinDebrisStage(CleaningConfig.defaults());

  private TrackedText clean(String s) {
    return stage.map(Document.empty().with(Keys.TEXT, TrackedText.of(s))).get(Keys.TEXT);
  }

  @Test
  void removesPinyinAfterHanOnly() {
    TrackedText out = clean("地區(qū)沖突，經(jīng)濟（SCO）(Xinhua) a(ma)");
    assertThat(out.text()).isEqualTo("地區沖突，經濟（SCO）(Xinhua) a(ma)");
    assertThat(out.sourceStart(2)).isEqualTo(6); // 沖 keeps its place in the source
  }

  /** The pattern-based removal the scan replaced: CANDIDATE's matches after a Han character. */
  private static final Pattern CANDIDATE =
      Pattern.compile("[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,6}[1-5]?)[)）]");

  private static TrackedText byPattern(TrackedText text) {
    String s = text.text();
    return text.replaceAll(CANDIDATE, m ->
        m.start() > 0 && Chars.isHan(s.charAt(m.start() - 1)) && PinyinDebrisStage.isPinyin(m.group(1)) ? "" : m.group());
  }

  @Test
  void agreesWithThePatternOnRandomText() {
    String[] pieces = {"地", "區", "(", "（", ")", "）", "qū", "jīng", "ma", "SCO", "x", "2", "ǚ", " ", "。"};
    Random random = new Random(9);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      TrackedText in = TrackedText.of(b.toString());
      TrackedText expected = byPattern(in);
      TrackedText actual = clean(b.toString());
      assertThat(actual.text()).as(b.toString()).isEqualTo(expected.text());
      for (int i = 0; i < expected.length(); i++) {
        assertThat(actual.sourceStart(i)).as("%s at %d", b, i).isEqualTo(expected.sourceStart(i));
        assertThat(actual.sourceEnd(i)).as("%s at %d", b, i).isEqualTo(expected.sourceEnd(i));
      }
    }
  }

  /** The tone-mark removal that the letter table replaced: NFD, then no combining marks. */
  private static boolean isPinyinByNormalizer(String s) {
    if (!s.equals(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String v = s.replace('ü', 'v').replace('ǖ', 'v').replace('ǘ', 'v').replace('ǚ', 'v').replace('ǜ', 'v');
    String bare = Normalizer.normalize(v, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ê", "e");
    return SYLLABLE.matcher(bare).matches();
  }

  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
              + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn"
              + "|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)[1-5]?"
              + "|hm|hng|ng|m|n");

  @Test
  void candidatesAndSyllablesAgreeWithThePatternsTheyReplaced() {
    assertThat(PinyinDebrisStage.isPinyin("qū")).isTrue();
    assertThat(PinyinDebrisStage.isPinyin("lǜ")).isTrue();
    assertThat(PinyinDebrisStage.isPinyin("zhuang4")).isTrue();
    assertThat(PinyinDebrisStage.isPinyin("SCO")).isFalse();
    assertThat(PinyinDebrisStage.isPinyin("xyz")).isFalse();
    String letters = "aeiouvngzhqxrmlAZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ12569()）（";
    Random random = new Random(17);
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder("(");
      for (int i = random.nextInt(9); i > 0; i--) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      String s = b.toString();
      Matcher m = CANDIDATE.matcher(s);
      int expected = m.lookingAt() ? m.end() : -1;
      assertThat(PinyinDebrisStage.candidateEnd(s, 0)).as(s).isEqualTo(expected);
      if (expected > 0) {
        assertThat(PinyinDebrisStage.isPinyin(m.group(1))).as(s).isEqualTo(isPinyinByNormalizer(m.group(1)));
      }
    }
  }

  @Test
  void syllablesAgreeWithTheSyllablePattern() {
    String[] pieces = {"zh", "ch", "sh", "b", "m", "n", "g", "h", "x", "w", "iang", "iong", "ueng", "ang", "uai", "van",
      "ai", "er", "a", "o", "e", "i", "u", "v", "vn", "ng", "hm", "1", "4", "5", "ǘ", "ā", "ê", "ń", "ḿ", "q"};
    Random random = new Random(23);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(PinyinDebrisStage.isPinyin(s)).as(s).isEqualTo(isPinyinByNormalizer(s));
    }
  }
}

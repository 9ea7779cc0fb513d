package dev.dossier.clean.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.Language;
import dev.dossier.text.Chars;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tellsChineseEnglishAndOthersApart() {
    assertThat(detector.detect("新华社阿斯塔纳7月2日电 当地时间7月2日晚，国家主席习近平应邀同托卡耶夫共进晚餐。")).isEqualTo(Language.ZH);
    assertThat(detector.detect("ASTANA, July 2 (Xinhua) -- Chinese President Xi Jinping said on Tuesday")).isEqualTo(Language.EN);
    assertThat(detector.detect("Президент Казахстана")).isEqualTo(Language.UNKNOWN);
    assertThat(detector.detect("2024-07-03 08:52")).isEqualTo(Language.UNKNOWN);
  }

  /** Chinese by the full count, as the detector decided before it stopped early. */
  private static boolean chineseByFullCount(String s) {
    int han = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isHan(c)) {
        han++;
        letters++;
      } else if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 0 && han * 4 >= letters;
  }

  @Test
  void stoppingEarlyDecidesAsTheFullCount() {
    String alphabet = "中国外交aZé Д，。1";
    Random random = new Random(29);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(400); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(detector.detect(s) == Language.ZH).as(s).isEqualTo(chineseByFullCount(s));
    }
  }
}

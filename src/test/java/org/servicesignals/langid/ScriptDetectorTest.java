package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.servicesignals.langid.ScriptDetector.Script;

/**
 * The table of what each character counts for gives what the Unicode tables give: for every code
 * point, and for whole texts against a detector written straight from the Unicode tables.
 */
class ScriptDetectorTest {

  @Test
  void theTableAgreesWithTheUnicodeTablesOnEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (ScriptDetector.counted(cp) != ScriptDetector.slow(cp)) {
        throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + ScriptDetector.counted(cp) + " vs "
            + ScriptDetector.slow(cp));
      }
    }
  }

  @Test
  void textsGetTheScriptTheUnicodeTablesGiveThem() throws Exception {
    int compared = 0;
    try (Stream<Path> files = Files.walk(Path.of("corpora"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
        for (String line : Files.readAllLines(f)) {
          assertThat(ScriptDetector.detect(line)).as(line).isEqualTo(reference(line));
          compared++;
        }
      }
    }
    Random r = new Random(3);
    int[] blocks = {0x20, 0x900, 0xB80, 0x600, 0x400, 0x4E00, 0xFB50, 0x1F600, 0x300, 0xD800};
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k >= 0; k--) {
        b.appendCodePoint(blocks[r.nextInt(blocks.length)] + r.nextInt(128));
      }
      String text = b.toString();
      assertThat(ScriptDetector.detect(text)).as(text).isEqualTo(reference(text));
      compared++;
    }
    assertThat(compared).isGreaterThan(60_000);
  }

  @Test
  void lettersAndMarksCountPunctuationDigitsAndEmojiDoNot() {
    assertThat(ScriptDetector.counted('a')).isEqualTo(Script.LATIN);
    assertThat(ScriptDetector.counted('ा')).isEqualTo(Script.DEVANAGARI); // a vowel sign, a mark
    assertThat(ScriptDetector.counted('।')).isEqualTo(Script.NONE); // danda: punctuation
    assertThat(ScriptDetector.counted('்')).isEqualTo(Script.TAMIL);
    assertThat(ScriptDetector.counted('ے')).isEqualTo(Script.ARABIC);
    assertThat(ScriptDetector.counted('7')).isEqualTo(Script.NONE);
    assertThat(ScriptDetector.counted("😡".codePointAt(0))).isEqualTo(Script.NONE);
    assertThat(ScriptDetector.counted('Ж')).isEqualTo(Script.OTHER);
    assertThat(ScriptDetector.detect("ऑर्डर #4521 😡 ok")).isEqualTo(Script.DEVANAGARI);
    assertThat(ScriptDetector.detect("Привет друг, ok")).isEqualTo(Script.OTHER);
  }

  /** The detector as written from the Unicode tables, character by character. */
  private static Script reference(String text) {
    Map<Script, Integer> counts = new EnumMap<>(Script.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (!Character.isLetter(cp) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
        continue;
      }
      Script s = switch (Character.UnicodeScript.of(cp)) {
        case DEVANAGARI -> Script.DEVANAGARI;
        case TAMIL -> Script.TAMIL;
        case ARABIC -> Script.ARABIC;
        case LATIN -> Script.LATIN;
        case COMMON, INHERITED, UNKNOWN -> Script.NONE;
        default -> Script.OTHER;
      };
      if (s != Script.NONE) {
        counts.merge(s, 1, Integer::sum);
        letters++;
      }
    }
    if (letters == 0) {
      return Script.NONE;
    }
    Script best = Script.NONE;
    int bestCount = 0;
    for (Script s : new Script[] {Script.DEVANAGARI, Script.TAMIL, Script.ARABIC}) {
      int c = counts.getOrDefault(s, 0);
      if (c > bestCount) {
        best = s;
        bestCount = c;
      }
    }
    if (bestCount >= ScriptDetector.NATIVE_SHARE * letters) {
      return best;
    }
    return counts.getOrDefault(Script.LATIN, 0) >= counts.getOrDefault(Script.OTHER, 0) ? Script.LATIN : Script.OTHER;
  }
}

package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The identifier's loops cut texts into the words and counts its regular-expression splits gave. */
class WordsTest {
  private static void sameAsTheSplits(String text) {
    List<String> runs = new ArrayList<>();
    Words.letterWords(text, runs::add);
    assertThat(runs).as(text)
        .containsExactlyElementsOf(Arrays.stream(text.split("[^\\p{L}']+")).filter(w -> !w.isEmpty()).toList());
    assertThat(Words.whitespaceSeparated(text)).as(text).isEqualTo(text.trim().split("\\s+").length);
  }

  @Test
  void everyCorpusLine() throws Exception {
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of("corpora"), 2)) {
      files = all.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
    }
    int lines = 0;
    for (Path f : files) {
      for (String line : Files.readAllLines(f)) {
        sameAsTheSplits(line);
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(30_000);
  }

  @Test
  void theHardCasesAndGeneratedText() {
    for (String s : List.of("", " ", "\t\n", "\u0001a b\u0001", "a\u0001 b", " \u000B x \f\r\ny ", "don't 'quote'",
        "İstanbul straße", "𝐆𝐨𝐨𝐝 job", "\uD800a\uDC00", "a\u00A0b", "a\u2028b", "''", "x  \t  y")) {
      sameAsTheSplits(s);
    }
    String alphabet = "aZé' \t\n\u000B\f\r\u0001\u00A0\u2003-1,.ऀकاதİß\uD835\uDC06\uD800\uDC00\u0301";
    Random r = new Random(4);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(20); n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      sameAsTheSplits(b.toString());
    }
  }
}

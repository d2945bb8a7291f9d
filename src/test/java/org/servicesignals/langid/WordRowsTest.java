package org.servicesignals.langid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.scoring.ArrayScorer;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word's sums read from the cache are the sums its scan makes: every corpus message scanned
 * with an empty cache, then again with the words kept, gives the same probabilities to the last
 * bit and the same word counts as a scan without a cache; and the cache stops at its bound.
 */
class WordRowsTest {
  static ArrayScorer scorer() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("models").resolve(LatinVarietiesCard.MODEL));
    return ArrayScorer.of(new GenericModelReader(new BinaryFileDataReader(new java.io.ByteArrayInputStream(bytes)))
        .getModel()).orElseThrow();
  }

  @Test
  void keptRowsAreTheRowsAScanMakes() throws IOException {
    ArrayScorer scorer = scorer();
    WordRows cache = new WordRows();
    List<String> texts = LatinArrayScoringTest.messages();
    for (int pass = 0; pass < 2; pass++) {
      for (String text : texts) {
        LatinFeatureRows plain = LatinFeatureRows.scan(text, scorer);
        LatinFeatureRows cached = LatinFeatureRows.scan(text, scorer, cache);
        assertThat(cached.eval(scorer)).as(text).containsExactly(plain.eval(scorer));
        assertThat(cached.words()).as(text).isEqualTo(plain.words());
        assertThat(cached.knownWords()).as(text).isEqualTo(plain.knownWords());
      }
    }
    assertThat(cache.size()).isGreaterThan(1000);
  }

  @Test
  void theCacheStopsGrowingAtItsBoundAndStillAnswers() throws IOException {
    ArrayScorer scorer = scorer();
    WordRows cache = new WordRows();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < WordRows.MAX_WORDS + 500; i++) {
      for (int n = i; ; n /= 26) { // a distinct word of letters for each number
        text.append((char) ('a' + n % 26));
        if (n < 26) {
          break;
        }
      }
      text.append("q ");
    }
    LatinFeatureRows cached = LatinFeatureRows.scan(text.toString(), scorer, cache);
    assertThat(cache.size()).isEqualTo(WordRows.MAX_WORDS);
    LatinFeatureRows plain = LatinFeatureRows.scan(text.toString(), scorer);
    assertThat(cached.eval(scorer)).containsExactly(plain.eval(scorer));
    assertThat(LatinFeatureRows.scan("never seen wordzzq", scorer, cache).eval(scorer))
        .containsExactly(LatinFeatureRows.scan("never seen wordzzq", scorer).eval(scorer));
  }

  @Test
  void aWordLongerThanTheBoundIsReadButNotKept() throws IOException {
    ArrayScorer scorer = scorer();
    WordRows cache = new WordRows();
    String longWord = "a".repeat(WordRows.MAX_LENGTH + 1);
    LatinFeatureRows.scan(longWord + " " + "b".repeat(WordRows.MAX_LENGTH), scorer, cache);
    assertThat(cache.get(longWord)).isNull();
    assertThat(cache.get("b".repeat(WordRows.MAX_LENGTH))).isNotNull();
    assertThat(LatinFeatureRows.scan(longWord, scorer, cache).eval(scorer))
        .containsExactly(LatinFeatureRows.scan(longWord, scorer).eval(scorer));
  }
}

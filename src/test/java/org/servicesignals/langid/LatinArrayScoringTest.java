package org.servicesignals.langid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.core.LangGuess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The small Latin-script detector answers as OpenNLP's own naive Bayes evaluation does: on every message of the corpora's test, wild, probes, short and development splits (each
 * language's, the romanised test splits, the symbols), every variety's
 * probability agrees to 1e-12 (the detector sums each word's weights, then the words', so the last
 * bits may move), the guess — variety, runner-up, word counts — is the same and its probabilities
 * agree to 1e-12, and the language identifier gives the same answer with its confidence to 1e-12.
 */
class LatinArrayScoringTest {
  static final Path CORPORA = Path.of("corpora");
  static final List<String> SPLITS = Stream.of(List.of(CorpusFiles.TEST), CorpusFiles.HELD_OUT, CorpusFiles.DEVELOPMENT)
      .flatMap(List::stream).toList();
  static LatinVarieties arrays;
  static LatinVarieties openNlp;
  static LanguageIdentifier arraysIds;
  static LanguageIdentifier openNlpIds;

  @BeforeAll
  static void load() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("models").resolve(LatinVarietiesCard.MODEL));
    arrays = LatinVarietiesCard.shipped();
    openNlp = LatinVarieties.readForOpenNlpEvaluation(bytes, arrays.temperature());
    LanguageDetectorModel wide;
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
      wide = new LanguageDetectorModel(in);
    }
    arraysIds = new LanguageIdentifier(wide, arrays);
    openNlpIds = new LanguageIdentifier(wide, openNlp);
  }

  static List<String> messages() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(CORPORA, 2)) {
      files = all.filter(f -> SPLITS.contains(f.getFileName().toString().replaceFirst("\\.tsv$", ""))).sorted()
          .toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      for (Sample s : CorpusFiles.read(f)) {
        texts.add(s.text());
      }
    }
    return texts;
  }

  @Test
  void theShippedDetectorScoresInArraysAndTheReferenceDoesNot() {
    assertThat(arrays.scoresInArrays()).isTrue();
    assertThat(openNlp.scoresInArrays()).isFalse();
  }

  @Test
  void everyMessageGetsTheSameGuessAndConfidence() throws IOException {
    List<String> texts = messages();
    assertThat(texts).hasSizeGreaterThan(3000);
    for (String text : texts) {
      double[] mine = arrays.probabilities(text);
      double[] theirs = openNlp.probabilities(text);
      for (int i = 0; i < mine.length; i++) {
        assertThat(mine[i]).as("%s p[%d]", text, i).isCloseTo(theirs[i], within(1e-12));
      }
      assertSame(text, arrays.identify(text), openNlp.identify(text));
      assertSame(text, arraysIds.identify(text), openNlpIds.identify(text));
    }
  }

  @Test
  void textsWithoutWordsAndUnseenWordsAgreeToo() {
    for (String text : List.of("", "   ", "!!! ???", "12345", "qqqqzzzz xxyyzz", "Ça n'était pas terrible",
        "'''", "o'clock don't", "ÄÖÅ äöå", "straße", "İstanbul")) {
      assertSame(text, arrays.identify(text), openNlp.identify(text));
    }
  }

  static void assertSame(String text, LatinVarieties.Guess mine, LatinVarieties.Guess theirs) {
    assertThat(mine).as(text).usingRecursiveComparison()
        .ignoringFields("probability", "runnerUpProbability", "probabilities").isEqualTo(theirs);
    assertThat(mine.probability()).as(text).isCloseTo(theirs.probability(), within(1e-12));
    assertThat(mine.runnerUpProbability()).as(text).isCloseTo(theirs.runnerUpProbability(), within(1e-12));
    for (int i = 0; i < mine.probabilities().size(); i++) {
      assertThat(mine.probabilities().get(i)).as("%s p[%d]", text, i)
          .isCloseTo(theirs.probabilities().get(i), within(1e-12));
    }
  }

  static void assertSame(String text, LangGuess mine, LangGuess theirs) {
    assertThat(mine).as(text).usingRecursiveComparison().ignoringFields("confidence").isEqualTo(theirs);
    if (Double.isNaN(theirs.confidence())) {
      assertThat(mine.confidence()).as(text).isNaN();
    } else {
      assertThat(mine.confidence()).as(text).isCloseTo(theirs.confidence(), within(1e-12));
    }
  }

  /** The features looked up as they are spelled are {@link LatinVarieties#features}' strings. */
  @Property(tries = 3000)
  void generatedTextGetsTheSameGuess(@ForAll @StringLength(max = 60)
      @Chars({'a', 'e', 'k', 'o', 'u', 'y', 'A', 'Ä', 'ö', 'İ', 'ß', '\'', ' ', ',', '-', '1', 'क', 'த', 'ی', '\uD835',
          '\uDC00', '\u0301', '\u00A0'}) String text) throws IOException {
    if (arrays == null) {
      load();
    }
    assertSame(text, arrays.identify(text), openNlp.identify(text));
    double[] mine = arrays.probabilities(text);
    double[] theirs = openNlp.probabilities(text);
    for (int i = 0; i < mine.length; i++) {
      assertThat(mine[i]).as("%s p[%d]", text, i).isCloseTo(theirs[i], within(1e-12));
    }
  }

  @Test
  void aReadDetectorGivesBackTheBytesItWasReadFrom() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("models").resolve(LatinVarietiesCard.MODEL));
    assertThat(LatinVarieties.read(bytes, 1.0).bytes()).isEqualTo(bytes);
  }
}

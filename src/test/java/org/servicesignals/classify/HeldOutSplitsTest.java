package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.Evaluation;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * The shipped models on messages written apart from their training data, by writers who never saw
 * it: the wild splits, the negation probes, the one-to-three-word answers and the answers with no
 * letters. The probes and short answers must reach the goal, 0.95 in every language; the wild
 * splits' floor sits just under what the shipped models score (README, "Beyond the test splits"),
 * so a change that loses judgement fails here. The fresh probes and short answers, by writers who
 * saw no data, never tuned on, score lower; their floors sit under today's scores and track what
 * the goal does not yet hold there.
 */
class HeldOutSplitsTest {
  static final Path CORPORA = Path.of("corpora");
  static Classifier classifier;

  @BeforeAll
  static void load() {
    classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(Path.of("models")));
  }

  /** The shipped models on {@code samples}, with {@code lang} declared (or detected when empty). */
  private static Evaluation score(Optional<Lang> lang, List<Sample> samples) {
    List<org.servicesignals.core.Label> gold = samples.stream().map(Sample::label).toList();
    List<org.servicesignals.core.Label> got = samples.stream()
        .map(s -> classifier.classify(new Message(s.id(), s.text(), lang)).label().orElse(null)).toList();
    return new Evaluation(gold, got);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void wildSplitMacroF1IsAtLeastTheFloor(Lang lang) {
    assertThat(score(Optional.of(lang), CorpusFiles.read(CORPORA, lang, "wild")).macroF1()).as("%s wild macro-F1", lang).isGreaterThanOrEqualTo(WILD_FLOOR);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void negationProbesAreMostlyRight(Lang lang) {
    assertThat(score(Optional.of(lang), CorpusFiles.read(CORPORA, lang, "probes")).accuracy()).as("%s probes", lang)
        .isGreaterThanOrEqualTo(PROBES_FLOOR);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void shortAnswersAreMostlyRight(Lang lang) {
    assertThat(score(Optional.of(lang), CorpusFiles.read(CORPORA, lang, "short")).accuracy()).as("%s short answers", lang)
        .isGreaterThanOrEqualTo(SHORT_FLOOR);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void freshProbesAndAnswersHoldTheirFloors(Lang lang) {
    assertThat(score(Optional.of(lang), CorpusFiles.read(CORPORA, lang, "fresh-probes")).accuracy())
        .as("%s fresh probes", lang).isGreaterThanOrEqualTo(FRESH_PROBES_FLOOR);
    assertThat(score(Optional.of(lang), CorpusFiles.read(CORPORA, lang, "fresh-short")).accuracy())
        .as("%s fresh short answers", lang).isGreaterThanOrEqualTo(FRESH_SHORT_FLOOR);
  }

  @Test
  void answersWithNoLettersGetALabel() {
    assertThat(score(Optional.empty(), CorpusFiles.read(CorpusFiles.symbols(CORPORA))).accuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /** The goal on the probes and short answers; the lowest language's wild score rounded down (0.964, Finnish). */
  static final double WILD_FLOOR = 0.96;
  static final double PROBES_FLOOR = 0.95;
  static final double SHORT_FLOOR = 0.95;
  /** The lowest language's score, rounded down: fresh probes 0.896 (Finnish, Urdu, Tamil), fresh short 0.793 (Tamil). */
  static final double FRESH_PROBES_FLOOR = 0.89;
  static final double FRESH_SHORT_FLOOR = 0.79;
}

package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.servicesignals.core.Label.EXCEPTIONAL;
import static org.servicesignals.core.Label.GOOD;
import static org.servicesignals.core.Label.POOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;

class EvaluationTest {
  // gold:      E E G G P P
  // predicted: E G G G P E
  private final List<Label> gold = List.of(EXCEPTIONAL, EXCEPTIONAL, GOOD, GOOD, POOR, POOR);
  private final List<Label> predicted = List.of(EXCEPTIONAL, GOOD, GOOD, GOOD, POOR, EXCEPTIONAL);
  private final Evaluation e = new Evaluation(gold, predicted);

  @Test
  void byHand() {
    assertThat(e.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(e.precision(EXCEPTIONAL)).isCloseTo(0.5, within(1e-12)); // 1 of 2 predicted E
    assertThat(e.recall(EXCEPTIONAL)).isCloseTo(0.5, within(1e-12));
    assertThat(e.precision(GOOD)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(e.recall(GOOD)).isCloseTo(1.0, within(1e-12));
    assertThat(e.f1(GOOD)).isCloseTo(0.8, within(1e-12));
    assertThat(e.f1(POOR)).isCloseTo(2 * 1 * 0.5 / 1.5, within(1e-12));
    assertThat(e.macroF1()).isCloseTo((0.5 + 0.8 + 2.0 / 3) / 3, within(1e-12));
    assertThat(e.confusion()[POOR.ordinal()][EXCEPTIONAL.ordinal()]).isEqualTo(1);
  }

  @Test
  void aMessageThatCouldNotBeClassifiedCountsAsWrong() {
    Evaluation withFailure = new Evaluation(gold, java.util.Arrays.asList(EXCEPTIONAL, GOOD, GOOD, GOOD, POOR, null));
    assertThat(withFailure.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(withFailure.recall(POOR)).isCloseTo(0.5, within(1e-12));
    assertThat(withFailure.precision(POOR)).isCloseTo(1.0, within(1e-12));
    assertThat(withFailure.precision(EXCEPTIONAL)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aClassNeverPredictedCountsAsZero() {
    Evaluation allGood = new Evaluation(gold, List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD));
    assertThat(allGood.f1(EXCEPTIONAL)).isZero();
    assertThat(allGood.macroF1()).isCloseTo((0 + 0.5 + 0) / 3, within(1e-12));
  }

  @Test
  void majorityBaselineAnswersTheMostFrequentTrainingLabel() {
    double b = Evaluation.majorityBaseline(List.of(POOR, POOR, GOOD), gold);
    assertThat(b).isCloseTo(new Evaluation(gold, List.of(POOR, POOR, POOR, POOR, POOR, POOR)).macroF1(), within(1e-12));
  }

  @Test
  void bootstrapIntervalContainsThePointEstimateAndIsReproducible() {
    double[] ci = Evaluation.macroF1Interval(gold, predicted, 500, 7);
    assertThat(ci[0]).isLessThanOrEqualTo(e.macroF1());
    assertThat(ci[1]).isGreaterThanOrEqualTo(e.macroF1());
    assertThat(Evaluation.macroF1Interval(gold, predicted, 500, 7)).containsExactly(ci);
  }
}

package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;
import org.servicesignals.core.Sample;

class ConfusionTest {
  @Test
  void twoClassesByHand() {
    // poor vs rest; gold: P P P R R, predicted: P R - R R (one message got no label)
    Confusion c = new Confusion(List.of("poor", "rest"), new int[] {0, 0, 0, 1, 1},
        new int[] {0, 1, Confusion.NONE, 1, 1});
    assertThat(c.accuracy()).isCloseTo(3.0 / 5, within(1e-12));
    assertThat(c.precision(0)).isEqualTo(1.0);
    assertThat(c.recall(0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(c.precision(1)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.recall(1)).isEqualTo(1.0);
    assertThat(c.macroF1()).isCloseTo((0.5 + 0.8) / 2, within(1e-12));
    assertThat(c.matrix()).isDeepEqualTo(new int[][] {{1, 1, 1}, {0, 2, 0}});
    assertThat(c.majority()).isZero();
  }

  @Test
  void theMajorityBaselineOfAGroupIsItsOwnMostFrequentGoldClass() {
    List<LabelledScoring.Scored> rows = new ArrayList<>();
    int[] gold = {2, 2, 2, 1};
    for (int g : gold) {
      rows.add(new LabelledScoring.Scored("f", 1, "t", "en", java.util.Optional.empty(), g, g,
          new double[] {0, 0, 1}, null));
    }
    GroupScores s = GroupScores.of(Evaluation.LABELS, rows, 100, 1);
    assertThat(s.majorityBaseline().label()).isEqualTo("poor");
    assertThat(s.majorityBaseline().accuracy()).isEqualTo(0.75);
    assertThat(s.majorityBaseline().macroF1()).isCloseTo((0 + 0 + 2 * 0.75 / 1.75) / 3, within(1e-4));
    assertThat(s.macroF1()).isCloseTo(2.0 / 3, within(1e-4)); // exceptional never gold nor predicted: F1 0
  }

  @Test
  void seededFoldsAreStratifiedReproducibleAndDependOnTheSeed() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      samples.add(new Sample("s" + i, Label.values()[i < 30 ? 2 : i < 45 ? 1 : 0], "t" + i, "", ""));
    }
    List<List<Integer>> a = CrossValidation.foldPositions(samples, 5, 1);
    assertThat(CrossValidation.foldPositions(samples, 5, 1)).isEqualTo(a);
    assertThat(CrossValidation.foldPositions(samples, 5, 2)).isNotEqualTo(a);
    for (List<Integer> fold : a) {
      assertThat(fold).hasSize(12);
      assertThat(fold.stream().filter(i -> samples.get(i).label() == Label.POOR).count()).isEqualTo(6);
    }
    assertThat(a.stream().flatMap(List::stream).sorted().toList()).hasSize(60).doesNotHaveDuplicates();
  }
}

package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;

class ReliabilityBandsTest {
  @Test
  void eachLabelFallsInTheBandOfItsConfidence() {
    List<double[]> p = List.of(new double[] {0.4, 0.35, 0.25}, new double[] {0.1, 0.6, 0.3},
        new double[] {0.05, 0.05, 0.9}, new double[] {0.95, 0.03, 0.02}, new double[] {0.2, 0.7, 0.1});
    List<Label> gold = List.of(Label.GOOD, Label.GOOD, Label.POOR, Label.EXCEPTIONAL, Label.POOR);
    List<Label> predicted = List.of(Label.EXCEPTIONAL, Label.GOOD, Label.POOR, Label.EXCEPTIONAL, Label.GOOD);
    List<ClassificationReport.Band> b = ClassificationReport.bands(p, gold, predicted);
    assertThat(b).extracting(ClassificationReport.Band::from).containsExactly(0.0, 0.5, 0.7, 0.9);
    assertThat(b).extracting(ClassificationReport.Band::messages).containsExactly(1, 1, 1, 2);
    assertThat(b).extracting(ClassificationReport.Band::right).containsExactly(0, 1, 0, 2);
    assertThat(b.get(3).accuracy()).isEqualTo(1.0);
  }

  @Test
  void aMessageWithNoLabelIsInNoBand() {
    List<ClassificationReport.Band> b = ClassificationReport.bands(List.<double[]>of(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}),
        List.of(Label.GOOD), Arrays.asList((Label) null));
    assertThat(b).extracting(ClassificationReport.Band::messages).containsOnly(0);
    assertThat(b.get(0).accuracy()).isNaN();
  }
}

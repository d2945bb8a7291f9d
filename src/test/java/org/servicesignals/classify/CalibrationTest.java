package org.servicesignals.classify;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;
import org.servicesignals.eval.Reliability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

  @Test
  void temperatureOneChangesNothingAndOrderIsKept() {
    double[] p = {0.7, 0.2, 0.1};
    assertThat(Calibration.apply(p, 1.0)).containsExactly(p);
    double[] soft = Calibration.apply(p, 3.0);
    assertThat(soft[0]).isLessThan(0.7).isGreaterThan(soft[1]);
    assertThat(soft[1]).isGreaterThan(soft[2]);
    assertThat(soft[0] + soft[1] + soft[2]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void zerosDoNotBreakIt() {
    double[] p = Calibration.apply(new double[] {1.0, 0.0, 0.0}, 10);
    assertThat(p[0]).isLessThan(1.0);
    assertThat(p[1]).isPositive();
  }

  /** An overconfident model (always 0.999) that is right 75% of the time is cooled down. */
  @Test
  void overconfidenceIsFittedAway() {
    List<double[]> probs = new ArrayList<>();
    List<Label> gold = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      probs.add(new double[] {0.999, 0.0005, 0.0005});
      gold.add(i % 4 == 0 ? Label.GOOD : Label.EXCEPTIONAL);
    }
    double t = Calibration.fit(probs, gold);
    assertThat(t).isGreaterThan(1.0);
    assertThat(Calibration.apply(probs.get(0), t)[0]).isCloseTo(0.75, within(0.01));
    assertThat(Reliability.expectedCalibrationError(probs, gold, t))
        .isLessThan(Reliability.expectedCalibrationError(probs, gold, 1.0));
  }
}

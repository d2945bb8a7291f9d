package org.servicesignals.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StrictExpTest {
  private static void same(double x) {
    assertThat(Double.doubleToRawLongBits(StrictExp.exp(x)))
        .as("exp(%s)", x).isEqualTo(Double.doubleToRawLongBits(StrictMath.exp(x)));
  }

  @Test
  void theEdgesAndEveryBranch() {
    double[] edges = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 709.782712893384,
        709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, -744.0, 0x1p-28, -0x1p-28, 0x1p-29,
        0.34657359027997264, -0.34657359027997264, 1.0397207708399179, -1.0397207708399179, Math.log(2),
        -Math.log(2), 1e-300, -1e-300, 700, -700, 36.5, -36.5};
    for (double x : edges) {
      same(x);
      same(Math.nextUp(x));
      same(Math.nextDown(x));
    }
  }

  @Test
  void millionsOfArgumentsWhereScoringTakesThem() {
    Random r = new Random(17);
    for (int i = 0; i < 2_000_000; i++) {
      same(-40 * r.nextDouble()); // log-probabilities less the largest, and weight sums
      same(80 * r.nextDouble() - 40);
    }
  }

  @Test
  void millionsOfArgumentsOverTheWholeRange() {
    Random r = new Random(3);
    for (int i = 0; i < 1_000_000; i++) {
      same(1500 * r.nextDouble() - 750);
      same(Double.longBitsToDouble(r.nextLong())); // any bits: tiny, huge, NaNs
    }
  }
}

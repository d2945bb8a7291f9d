package org.servicesignals.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Outputs#decimal} writes what its BigDecimal reference writes, ties and edges included. */
class DecimalTest {
  @Test
  void agreesWithTheReferenceOnProbabilitiesAndEdges() {
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 2_000_000; i++) {
      double d = switch (i % 4) {
        case 0 -> r.nextDouble();
        case 1 -> Math.pow(10, -r.nextInt(1, 12)) * r.nextDouble(); // 2.66E-4 and smaller
        case 2 -> r.nextInt(0, 2_000_001) / 2e6; // millionths and their halves: every tie
        default -> r.nextDouble() * 1200 - 100; // negatives and values past the fast path's range
      };
      assertThat(Outputs.decimal(d)).as("%s", d).isEqualTo(Outputs.exactDecimal(d));
    }
    for (double d : new double[] {0, -0.0, 1, 0.5, 1e-6, 5e-7, 1.5e-6, 2.5e-6, 0.0000005000001, 0.0000004999999,
        0.9999995, 0.9999994999, 0.1234565, 0.1234575, 999.9999995, 1000, 1e-300, Double.MIN_VALUE, 2.66e-4,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.nextDown(1.0), Math.nextUp(0.0000005)}) {
      assertThat(Outputs.decimal(d)).as("%s", d).isEqualTo(Outputs.exactDecimal(d));
    }
    assertThat(Outputs.decimal(2.66e-4)).isEqualTo("0.000266");
    assertThat(Outputs.decimal(0.5)).isEqualTo("0.5");
    assertThat(Outputs.decimal(1.0)).isEqualTo("1");
    assertThat(Outputs.decimal(1e-9)).isEqualTo("0");
  }
}

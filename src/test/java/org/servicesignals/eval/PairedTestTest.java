package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedTestTest {
  private static final List<String> CLASSES = List.of("exceptional", "good", "poor");

  @Test
  void mcNemarByHand() {
    // 1 vs 5 discordant: P(X <= 1 | n = 6, 1/2) = (1 + 6) / 64; two-sided, doubled
    assertThat(PairedTest.mcnemar(1, 5)).isCloseTo(14.0 / 64, within(1e-12));
    assertThat(PairedTest.mcnemar(5, 1)).isCloseTo(14.0 / 64, within(1e-12));
    // 2 vs 8: (1 + 10 + 45) / 1024, doubled
    assertThat(PairedTest.mcnemar(2, 8)).isCloseTo(112.0 / 1024, within(1e-12));
    // 0 vs 6: 2 / 64 — six messages one way and none the other is already significant
    assertThat(PairedTest.mcnemar(0, 6)).isCloseTo(2.0 / 64, within(1e-12));
    assertThat(PairedTest.mcnemar(0, 0)).isEqualTo(1.0);
    assertThat(PairedTest.mcnemar(7, 7)).isEqualTo(1.0); // capped at 1
  }

  @Test
  void mcNemarStaysExactForLargeCounts() {
    // 100 vs 140: the exact tail, summed in logarithms, agrees with the normal approximation's order
    double p = PairedTest.mcnemar(100, 140);
    assertThat(p).isBetween(0.005, 0.02);
    assertThat(PairedTest.mcnemar(1000, 1000)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aSystemAgainstItselfIsAsGood() {
    int[] gold = {0, 1, 2, 0, 1, 2, 0, 1};
    int[] a = {0, 1, 1, 0, 2, 2, 0, 1};
    PairedTest t = PairedTest.of(CLASSES, gold, a, a, 500, 1);
    assertThat(t.verdict()).isEqualTo(PairedTest.SAME);
    assertThat(t.mcnemarP()).isEqualTo(1.0);
    assertThat(t.bootstrapP()).isEqualTo(1.0);
    assertThat(t.macroF1Difference()).isZero();
  }

  @Test
  void aClearlyBetterSystemIsBetterAndTheOtherWorse() {
    int n = 90;
    int[] gold = new int[n];
    int[] right = new int[n];
    int[] wrong = new int[n];
    for (int i = 0; i < n; i++) {
      gold[i] = i % 3;
      right[i] = i % 10 == 0 ? (gold[i] + 1) % 3 : gold[i]; // 9 of 90 wrong
      wrong[i] = i % 2 == 0 ? (gold[i] + 1) % 3 : gold[i]; // 45 of 90 wrong
    }
    PairedTest better = PairedTest.of(CLASSES, gold, right, wrong, 1000, 42);
    assertThat(better.verdict()).isEqualTo(PairedTest.BETTER);
    assertThat(better.onlyARight()).isEqualTo(better.onlyBRight() + 36);
    assertThat(better.mcnemarP()).isLessThan(0.001);
    assertThat(better.differenceCi95().get(0)).isPositive();
    assertThat(PairedTest.of(CLASSES, gold, wrong, right, 1000, 42).verdict()).isEqualTo(PairedTest.WORSE);
    assertThat(PairedTest.of(CLASSES, gold, right, wrong, 1000, 42)).isEqualTo(better); // seeded: the same twice
  }

  @Test
  void oneDifferentMessageIsNoEvidence() {
    int[] gold = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0};
    int[] a = gold.clone();
    int[] b = gold.clone();
    b[3] = 1;
    PairedTest t = PairedTest.of(CLASSES, gold, a, b, 1000, 42);
    assertThat(t.onlyARight()).isEqualTo(1);
    assertThat(t.onlyBRight()).isZero();
    assertThat(t.mcnemarP()).isEqualTo(1.0);
    assertThat(t.verdict()).isEqualTo(PairedTest.SAME);
  }
}

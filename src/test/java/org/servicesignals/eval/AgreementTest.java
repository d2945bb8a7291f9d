package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.servicesignals.core.Label.EXCEPTIONAL;
import static org.servicesignals.core.Label.GOOD;
import static org.servicesignals.core.Label.POOR;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
  @Test
  void byHand() {
    // a: E E G G P P; b: E G G G P P -> 5 of 6 agree; chance = (2*1 + 2*3 + 2*2) / 36 = 12/36
    Agreement g = Agreement.of(List.of(EXCEPTIONAL, EXCEPTIONAL, GOOD, GOOD, POOR, POOR),
        List.of(EXCEPTIONAL, GOOD, GOOD, GOOD, POOR, POOR));
    assertThat(g.observed()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(g.kappa()).isCloseTo((5.0 / 6 - 1.0 / 3) / (1 - 1.0 / 3), within(1e-12));
  }

  @Test
  void perfectAndChance() {
    List<org.servicesignals.core.Label> a = List.of(EXCEPTIONAL, GOOD, POOR);
    assertThat(Agreement.of(a, a).kappa()).isCloseTo(1.0, within(1e-12));
    // always the same single label on both sides: chance agreement is total
    assertThat(Agreement.of(List.of(GOOD, GOOD), List.of(GOOD, GOOD)).kappa()).isEqualTo(1.0);
  }
}

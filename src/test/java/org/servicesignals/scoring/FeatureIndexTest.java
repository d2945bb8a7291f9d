package org.servicesignals.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {
  @Test
  void rowsInTheOrderAddedAndMinusOneForTheUnseen() {
    FeatureIndex index = new FeatureIndex(3);
    assertThat(index.add("w=good")).isZero();
    assertThat(index.add("b=not good")).isEqualTo(1);
    assertThat(index.add("w=good")).isZero();
    assertThat(index.row("b=not good")).isEqualTo(1);
    assertThat(index.row("w=bad")).isEqualTo(-1);
    assertThat(index.row("")).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void agreesWithAHashMapOnManyKeysThatCollide() {
    Random r = new Random(11);
    Map<String, Integer> expected = new HashMap<>();
    FeatureIndex index = new FeatureIndex(20_000);
    for (int i = 0; i < 20_000; i++) {
      String k = (i % 3 == 0 ? "Aa" : "BB") + Integer.toString(r.nextInt(50_000), 36); // "Aa" and "BB" share a hash
      int row = index.add(k);
      assertThat(expected.putIfAbsent(k, expected.size())).isIn(null, row);
      assertThat(row).isEqualTo(expected.get(k));
    }
    expected.forEach((k, v) -> assertThat(index.row(k)).isEqualTo(v));
    for (int i = 0; i < 5_000; i++) {
      String k = "CC" + i;
      assertThat(index.row(k)).isEqualTo(expected.getOrDefault(k, -1));
    }
    assertThat(index.size()).isEqualTo(expected.size());
  }

  @Test
  void refusesMoreThanItWasMadeFor() {
    FeatureIndex index = new FeatureIndex(2);
    for (int i = 0; i < 2; i++) {
      index.add("f" + i);
    }
    assertThatThrownBy(() -> {
      for (int i = 2; i < 10; i++) {
        index.add("f" + i);
      }
    }).isInstanceOf(IllegalStateException.class);
  }
}

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
  void manyLookedUpTogetherFindWhatEachFindsAlone() {
    Random r = new Random(5);
    FeatureIndex index = new FeatureIndex(8_000);
    for (int i = 0; i < 8_000; i++) {
      index.add((i % 3 == 0 ? "Aa" : "BB") + Integer.toString(r.nextInt(30_000), 36)); // colliding hashes
    }
    for (int n = 0; n < 2_000; n++) {
      int count = r.nextInt(40);
      String[] features = new String[count + 3];
      for (int i = 0; i < features.length; i++) {
        features[i] = (r.nextBoolean() ? "Aa" : "BB") + Integer.toString(r.nextInt(40_000), 36);
      }
      int[] rows = new int[count];
      index.rows(features, count, rows);
      for (int i = 0; i < count; i++) {
        assertThat(rows[i]).as(features[i]).isEqualTo(index.row(features[i]));
      }
    }
  }

  @Test
  void aSpellingInABufferFindsTheRowOfItsString() {
    Random r = new Random(7);
    FeatureIndex index = new FeatureIndex(5_000);
    for (int i = 0; i < 5_000; i++) {
      index.add((i % 2 == 0 ? "Aa" : "BB") + Integer.toString(r.nextInt(20_000), 36) + (i % 5 == 0 ? "é\u0BA4" : ""));
    }
    for (String k : new String[] {"Aa1", "BB1", "Aa1é\u0BA4", "BBzz", "", "Aa", "c=<ab", "\uD83D\uDE00"}) {
      assertThat(lookup(index, k)).as(k).isEqualTo(index.row(k));
    }
    for (int i = 0; i < 20_000; i++) {
      String k = (i % 2 == 0 ? "Aa" : "BB") + Integer.toString(i, 36) + (i % 5 == 0 ? "é\u0BA4" : "");
      assertThat(lookup(index, k)).as(k).isEqualTo(index.row(k));
    }
  }

  /** Looks {@code k} up from the middle of a larger buffer, with other characters around it. */
  private static int lookup(FeatureIndex index, String k) {
    char[] buffer = ("xy" + k + "zw").toCharArray();
    return index.row(buffer, 2, k.length());
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

  @Test
  void aFeatureLongerThanACharCanCountIsFoundAndNotConfusedWithItsPrefix() {
    String longest = "w=" + "a".repeat(70_000);
    FeatureIndex index = new FeatureIndex(4);
    index.add("w=a");
    int row = index.add(longest);
    index.trim();
    assertThat(index.row(longest)).isEqualTo(row);
    assertThat(index.row(longest.substring(0, longest.length() - 1))).isEqualTo(-1);
    assertThat(lookup(index, longest)).isEqualTo(row);
    assertThat(index.row("w=a")).isZero();
  }
}

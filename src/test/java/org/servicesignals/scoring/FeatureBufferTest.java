package org.servicesignals.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Features spelled into a buffer find the rows their strings find, and read back as those strings. */
class FeatureBufferTest {
  private static final String ALPHABET = "abwb=_¬$^ नहींதஇல்லைنہیں😀\uD800";

  private static String random(Random r) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(12); n > 0; n--) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void writtenInPiecesOrWholeTheyFindTheRowsTheirStringsFind() {
    Random r = new Random(21);
    FeatureIndex index = new FeatureIndex(6_000, 2); // two numbers kept with each entry, as weights are
    List<String> known = new ArrayList<>();
    double[] numbers = new double[12_000];
    int[] numbersOf = new int[6_000]; // a row's numbers' place: the first adding of its feature (the random ones may repeat)
    double[] odd = {Double.NaN, -0.0, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-310};
    for (int i = 0; i < 6_000; i++) {
      known.add(random(r));
      numbers[2 * i] = i < odd.length ? odd[i] : r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
      numbers[2 * i + 1] = -r.nextDouble();
      int row = index.add(known.get(i), numbers, 2 * i);
      numbersOf[row] = row == index.size() - 1 && known.indexOf(known.get(i)) == i ? 2 * i : numbersOf[row];
    }
    FeatureBuffer reused = new FeatureBuffer(); // cleared between messages, as a thread's buffer is
    for (int message = 0; message < 2_000; message++) {
      FeatureBuffer buffer = message % 2 == 0 ? new FeatureBuffer() : reused;
      buffer.clear();
      List<String> features = new ArrayList<>();
      for (int n = r.nextInt(80); n > 0; n--) {
        String f = r.nextBoolean() ? known.get(r.nextInt(known.size())) : random(r);
        features.add(f);
        if (r.nextBoolean()) {
          buffer.add(f);
        } else { // in pieces: strings and single characters
          int cut = r.nextInt(f.length() + 1);
          buffer.begin().append(f.substring(0, cut));
          for (char c : f.substring(cut).toCharArray()) {
            buffer.append(c);
          }
          buffer.end();
        }
      }
      if (buffer.size() > 0) { // not looked up yet: no row to give
        assertThatThrownBy(() -> buffer.found(0)).isInstanceOf(IndexOutOfBoundsException.class);
      }
      int[] entries = buffer.entries(index);
      assertThat(buffer.size()).isEqualTo(features.size());
      for (int i = 0; i < features.size(); i++) {
        assertThat(buffer.feature(i)).isEqualTo(features.get(i));
        int row = index.row(features.get(i));
        assertThat(entries[i] < 0 ? -1 : index.rowOf(entries[i])).as(features.get(i)).isEqualTo(row);
        assertThat(buffer.found(i)).isEqualTo(row >= 0);
        if (row >= 0) {
          assertThat(index.entryOf(row)).isEqualTo(entries[i]); // a row's entry, as the row-based sums read it
        }
        for (int k = 0; row >= 0 && k < 2; k++) { // the numbers kept, to the bit
          assertThat(Double.doubleToRawLongBits(index.value(entries[i], k)))
              .isEqualTo(Double.doubleToRawLongBits(numbers[numbersOf[index.rowOf(entries[i])] + k]));
        }
        assertThat(buffer.length(i)).isEqualTo(features.get(i).length());
      }
    }
  }

  @Test
  void aFeatureIsBegunAndEndedOnce() {
    FeatureBuffer buffer = new FeatureBuffer();
    assertThatThrownBy(buffer::end).isInstanceOf(IllegalStateException.class);
    buffer.begin();
    assertThatThrownBy(buffer::begin).isInstanceOf(IllegalStateException.class);
    buffer.clear(); // the next message's: the feature left open is forgotten
    buffer.begin().append("w=" + "x".repeat(100_000)).end(); // a very long message: its room is let go at the clear
    assertThat(buffer.room()).isGreaterThan(100_000);
    buffer.clear();
    assertThat(buffer.room()).isLessThan(100_000);
    buffer.begin().append("w=ok").end();
    assertThat(buffer.size()).isEqualTo(1);
    assertThat(buffer.feature(0)).isEqualTo("w=ok");
  }
}

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
    FeatureIndex index = new FeatureIndex(6_000);
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      known.add(random(r));
      index.add(known.get(i));
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
        assertThatThrownBy(() -> buffer.lookedUp(0)).isInstanceOf(IndexOutOfBoundsException.class);
      }
      int[] rows = buffer.rows(index);
      assertThat(buffer.size()).isEqualTo(features.size());
      for (int i = 0; i < features.size(); i++) {
        assertThat(buffer.feature(i)).isEqualTo(features.get(i));
        assertThat(rows[i]).as(features.get(i)).isEqualTo(index.row(features.get(i)));
        assertThat(buffer.lookedUp(i)).isEqualTo(rows[i]);
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
    buffer.begin().append("w=ok").end();
    assertThat(buffer.size()).isEqualTo(1);
    assertThat(buffer.feature(0)).isEqualTo("w=ok");
  }
}

package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunksTest {
  @Test
  void fullChunksFromAFile() {
    List<List<Integer>> chunks = new ArrayList<>();
    Chunks.of(IntStream.range(0, 7).boxed().iterator(), 3).forEachRemaining(chunks::add);
    assertThat(chunks).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
  }

  /** Rows from a feed that pauses: each chunk closes in the pause, not when it is full. */
  @Test
  void aStreamedChunkClosesWhenInputPauses() throws Exception {
    BlockingQueue<Integer> feed = new LinkedBlockingQueue<>();
    Iterator<Integer> rows = new Iterator<>() {
      int given;

      @Override
      public boolean hasNext() {
        return given < 3;
      }

      @Override
      public Integer next() {
        try {
          given++;
          return feed.take();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
    };
    Iterator<List<Integer>> chunks = Chunks.streaming(rows, 100, Duration.ofMillis(50));
    feed.add(1);
    long t0 = System.nanoTime();
    assertThat(chunks.next()).containsExactly(1);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    feed.add(2);
    feed.add(3);
    List<Integer> rest = new ArrayList<>();
    chunks.forEachRemaining(rest::addAll);
    assertThat(rest).containsExactly(2, 3);
  }

  @Test
  void aReadFailureComesAfterTheRowsReadBeforeIt() {
    Iterator<Integer> rows = new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (i == 2) {
          throw new IllegalArgumentException("broken at row 3");
        }
        return i++;
      }
    };
    Iterator<List<Integer>> chunks = Chunks.streaming(rows, 10, Duration.ofSeconds(5));
    assertThat(chunks.next()).containsExactly(0, 1);
    assertThat(chunks.hasNext()).isTrue();
    assertThatThrownBy(chunks::next).hasMessage("broken at row 3");
  }

  @Test
  void oneSetOfColumnsPerTextColumnNamedAfterIt() {
    List<PredictionColumns> sets = PredictionColumns.forTexts(List.of("id", "comment", "reason", "comment_label"),
        List.of("comment", "reason"), false, 0.7);
    assertThat(sets.get(0).names()).startsWith("comment_lang", "predicted_comment_label", "comment_confidence");
    assertThat(sets.get(1).names()).startsWith("reason_lang", "reason_label");
    assertThat(sets.get(0).renamedNote()).hasValueSatisfying(n -> assertThat(n).contains("[comment_label]"));
    assertThat(PredictionColumns.forTexts(List.of("text"), List.of("text"), false, 0.7).get(0).names())
        .isEqualTo(PredictionColumns.BASE);
  }
}

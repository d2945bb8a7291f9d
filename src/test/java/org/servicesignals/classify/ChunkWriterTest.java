package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;
import org.servicesignals.langid.LanguageIdentifier;

/** Writing a chunk overlaps classifying the next, rows stay in order, and a failed write stops the run. */
class ChunkWriterTest {
  /** Rows that fail their own rules (a bad record), so no model is needed to "classify" them. */
  private static SourceRow row(int line) {
    return new SourceRow(line, Map.of("text", "x"), Map.of(), "line " + line + ": a bad record");
  }

  private static List<List<Integer>> chunks(int chunks, int size) {
    return IntStream.range(0, chunks)
        .mapToObj(c -> IntStream.range(c * size, (c + 1) * size).boxed().toList()).toList();
  }

  private static BatchClassifier batch() {
    return new BatchClassifier(new Classifier(LanguageIdentifier.load(), ModelFiles.open(null)), BatchOptions.of("text"));
  }

  @Test
  void rowsComeOutInOrderAndAllAreWrittenWhenRunReturns() throws Exception {
    List<Integer> written = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    Thread[] writer = new Thread[1];
    try (BatchClassifier b = batch()) {
      b.run(chunks(7, 50).iterator(), ChunkWriterTest::row, List.of("text"), new BatchClassifier.ColumnsOutput<>() {
        @Override
        public void accept(Integer row, List<Prediction> predictions) {
          assertThat(predictions.get(0).error()).isEqualTo("line " + row + ": a bad record");
          written.add(row);
          writer[0] = Thread.currentThread();
        }

        @Override
        public void chunkDone() {
          done.incrementAndGet();
        }
      });
    }
    assertThat(written).containsExactlyElementsOf(IntStream.range(0, 350).boxed().toList());
    assertThat(done).hasValue(7);
    assertThat(writer[0]).isNotSameAs(Thread.currentThread());
  }

  @Test
  void theNextChunkIsClassifiedWhileOneIsWritten() throws Exception {
    CountDownLatch nextChunkRead = new CountDownLatch(1);
    List<Boolean> overlapped = new ArrayList<>();
    try (BatchClassifier b = batch()) {
      b.run(chunks(2, 10).iterator(), r -> {
        if (r >= 10) {
          nextChunkRead.countDown();
        }
        return row(r);
      }, List.of("text"), (row, ps) -> {
        if (row == 0) { // the first row of the first chunk waits for the second chunk to be in hand
          overlapped.add(nextChunkRead.await(20, TimeUnit.SECONDS));
        }
      });
    }
    assertThat(overlapped).containsExactly(true);
  }

  @Test
  void aFailedWriteStopsTheRunWithItsException() {
    AtomicInteger mapped = new AtomicInteger();
    try (BatchClassifier b = batch()) {
      assertThatThrownBy(() -> b.run(chunks(20, 10).iterator(), r -> {
        mapped.incrementAndGet();
        return row(r);
      }, List.of("text"), (row, ps) -> {
        if (row == 15) {
          throw new IOException("the disk is full");
        }
      })).isInstanceOf(IOException.class).hasMessage("the disk is full");
    }
    assertThat(mapped.get()).as("rows classified after the write failed").isLessThanOrEqualTo(30);
  }
}

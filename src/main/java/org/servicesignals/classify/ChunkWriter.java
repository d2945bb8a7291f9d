package org.servicesignals.classify;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.servicesignals.core.Prediction;

/**
 * Hands classified chunks, in order, to a thread of their own that passes their rows on: while it
 * writes one chunk, the caller reads the next and the workers classify it, where before the
 * workers waited for every write and every read. One chunk is written at a time, and a chunk is
 * handed over only once the one before it is written, so rows stay in order, memory stays bounded
 * and a stream's chunk is written as soon as it is classified.
 *
 * @param <T> the rows
 */
final class ChunkWriter<T> implements AutoCloseable {
  private final BatchClassifier.ColumnsOutput<T> out;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "service-signals-writer");
    t.setDaemon(true);
    return t;
  });
  private Future<?> writing;

  ChunkWriter(BatchClassifier.ColumnsOutput<T> out) {
    this.out = out;
  }

  /**
   * Waits for the chunk before to be written (throwing what writing it threw), then hands this one
   * over and returns.
   */
  void write(List<T> chunk, List<List<Prediction>> predictions) throws Exception {
    finish();
    writing = thread.submit(() -> {
      for (int i = 0; i < chunk.size(); i++) {
        out.accept(chunk.get(i), predictions.get(i));
      }
      out.chunkDone();
      return null;
    });
  }

  /** Waits for the last chunk handed over to be written; throws what writing it threw. */
  void finish() throws Exception {
    if (writing == null) {
      return;
    }
    Future<?> w = writing;
    writing = null;
    try {
      w.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception x) {
        throw x;
      }
      throw (Error) e.getCause();
    }
  }

  /** Lets a chunk being written finish (a run that failed keeps the rows written before), then ends the thread. */
  @Override
  public void close() throws InterruptedException {
    try {
      if (writing != null) {
        writing.get();
      }
    } catch (ExecutionException e) {
      // the run is already failing with its own exception; this one is the same stop seen twice
    } finally {
      thread.shutdown();
    }
  }
}

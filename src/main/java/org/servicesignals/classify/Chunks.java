package org.servicesignals.classify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows grouped into the chunks {@link BatchClassifier} classifies together: full chunks from a file,
 * or — from a stream a person or a program is feeding — chunks that close when no row has come for
 * a moment, so a line in gets its line out without waiting for a chunk to fill.
 */
public final class Chunks {
  /** Rows read ahead of the chunk being classified, per row of a chunk: memory stays bounded. */
  private static final int AHEAD = 2;

  private Chunks() {}

  /** Chunks of {@code size} rows (the last one shorter), read as they are needed. */
  public static <T> Iterator<List<T>> of(Iterator<T> rows, int size) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<T> next() {
        if (!rows.hasNext()) {
          throw new NoSuchElementException();
        }
        List<T> chunk = new ArrayList<>(size);
        while (chunk.size() < size && rows.hasNext()) {
          chunk.add(rows.next());
        }
        return chunk;
      }
    };
  }

  /**
   * Chunks of up to {@code size} rows that close early when no row has come for {@code quiet}.
   * A thread of its own reads {@code rows} (which may block on a pipe); a failure to read is thrown
   * where the next chunk is asked for, after the rows read before it.
   */
  public static <T> Iterator<List<T>> streaming(Iterator<T> rows, int size, Duration quiet) {
    BlockingQueue<Object> queue = new LinkedBlockingQueue<>(size * AHEAD);
    Object end = new Object();
    Thread reader = new Thread(() -> {
      try {
        while (rows.hasNext()) {
          queue.put(rows.next());
        }
        queue.put(end);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        try {
          queue.put(new Failure(e));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
    }, "service-signals-reader");
    reader.setDaemon(true); // a run that stops early (its reader gone) does not wait for more input
    reader.start();
    return new Iterator<>() {
      private Object first;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (first == null && !done) {
          first = take(queue);
          done = first == end;
        }
        return !done;
      }

      @SuppressWarnings("unchecked")
      @Override
      public List<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<T> chunk = new ArrayList<>();
        Object item = first;
        first = null;
        try {
          while (true) {
            if (item instanceof Failure f) {
              if (chunk.isEmpty()) {
                done = true;
                f.rethrow();
              }
              first = item; // thrown on the next call, once these rows are written
              return chunk;
            }
            if (item == end) {
              done = true;
              return chunk;
            }
            chunk.add((T) item);
            if (chunk.size() == size) {
              return chunk;
            }
            item = queue.poll(quiet.toNanos(), TimeUnit.NANOSECONDS);
            if (item == null) {
              return chunk;
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return chunk;
        }
      }
    };
  }

  private static Object take(BlockingQueue<Object> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for input", e);
    }
  }

  /** What the reading thread threw, to be thrown again by the caller's thread. */
  private record Failure(Throwable error) {
    void rethrow() {
      if (error instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) error;
    }
  }
}

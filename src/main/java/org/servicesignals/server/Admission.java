package org.servicesignals.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded worker pool and queue for classification: {@code workers} requests classify at once,
 * up to {@code queue} more wait their turn in arrival order, and one more is turned away at once
 * with 503 and {@code Retry-After} rather than left to wait past any client's patience. A request
 * that waits until its deadline is turned away the same way.
 */
final class Admission {
  static final String RETRY_AFTER_SECONDS = "1";

  private final Semaphore workers;
  private final int size;
  private final int queue;
  private final AtomicInteger waiting = new AtomicInteger();
  private final ServerMetrics metrics;

  Admission(int workers, int queue, ServerMetrics metrics) {
    this.workers = new Semaphore(workers, true); // fair: served in the order they came
    this.size = workers;
    this.queue = queue;
    this.metrics = metrics;
  }

  /** A worker, held until closed. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits for a worker until {@code deadlineNanos} ({@link System#nanoTime()}); 503 when none comes. */
  Permit enter(long deadlineNanos) {
    try {
      if (!workers.tryAcquire(0, TimeUnit.NANOSECONDS)) { // honours the order: never overtakes a waiting request
        if (waiting.incrementAndGet() > queue) {
          waiting.decrementAndGet();
          metrics.rejected("queue_full");
          throw ApiError.of(503, "overloaded", "the server is busy: every worker is classifying and the queue is full; "
              + "retry shortly").with("Retry-After", RETRY_AFTER_SECONDS);
        }
        try {
          if (!workers.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            metrics.rejected("queue_timeout");
            throw ApiError.of(503, "timeout", "the request waited for a worker past the request timeout; retry shortly")
                .with("Retry-After", RETRY_AFTER_SECONDS);
          }
        } finally {
          waiting.decrementAndGet();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiError.of(503, "unavailable", "the server is stopping").with("Retry-After", RETRY_AFTER_SECONDS);
    }
    return workers::release;
  }

  /** Workers classifying now. */
  int busy() {
    return size - workers.availablePermits();
  }

  /** Requests waiting for a worker now. */
  int waiting() {
    return waiting.get();
  }
}

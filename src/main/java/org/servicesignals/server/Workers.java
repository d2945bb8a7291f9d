package org.servicesignals.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The bounded worker pool and queue that classification runs on: {@code workers} jobs at once, up
 * to {@code queue} more waiting their turn in arrival order, and one more turned away at once with
 * 503 and {@code Retry-After} rather than left to wait past any client's patience.
 *
 * <p>The request's thread waits for its job only until the request's deadline. A job still waiting
 * then is dropped (503, it never runs); a job running then is told to stop (504) and stops before
 * its next message — one message cannot be cut short, so a worker may run on a little after its
 * request was answered, and is counted busy until it stops.
 */
final class Workers implements AutoCloseable {
  static final String RETRY_AFTER_SECONDS = "1";

  /** A piece of work that looks at {@code stop} between steps and ends early when it says so. */
  @FunctionalInterface
  interface Job<T> {
    T run(BooleanSupplier stop);
  }

  private final ThreadPoolExecutor pool;
  private final AtomicInteger busy = new AtomicInteger();
  private final ServerMetrics metrics;

  Workers(int workers, int queue, ServerMetrics metrics) {
    BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, waiting, r -> {
      Thread t = new Thread(r, "classify-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
    this.metrics = metrics;
  }

  /** Runs {@code job} on a worker and returns what it returns, or throws the {@link ApiError} that says why not. */
  <T> T run(Job<T> job, long deadlineNanos) {
    Task<T> task = new Task<>(job);
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      metrics.rejected("queue_full");
      throw ApiError.of(503, "overloaded", "the server is busy: every worker is classifying and the queue is full; "
          + "retry shortly").with("Retry-After", RETRY_AFTER_SECONDS);
    }
    try {
      return task.result.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (task.state.compareAndSet(Task.WAITING, Task.DROPPED)) {
        metrics.rejected("queue_timeout");
        throw ApiError.of(503, "timeout", "the request waited for a worker past the request timeout; retry shortly")
            .with("Retry-After", RETRY_AFTER_SECONDS);
      }
      task.state.set(Task.STOPPED);
      throw ApiError.of(504, "timeout", "classifying took longer than the request timeout: send fewer or shorter messages");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.state.set(Task.STOPPED);
      throw ApiError.of(503, "unavailable", "the server is stopping").with("Retry-After", RETRY_AFTER_SECONDS);
    }
  }

  /** Workers running a job now. */
  int busy() {
    return busy.get();
  }

  /** Jobs waiting for a worker now. */
  int waiting() {
    return pool.getQueue().size();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private final class Task<T> implements Runnable {
    static final int WAITING = 0;
    static final int RUNNING = 1;
    static final int DROPPED = 2;
    static final int STOPPED = 3;
    final AtomicInteger state = new AtomicInteger(WAITING);
    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Job<T> job;

    Task(Job<T> job) {
      this.job = job;
    }

    @Override
    public void run() {
      if (!state.compareAndSet(WAITING, RUNNING)) {
        return; // its request was answered while it waited
      }
      busy.incrementAndGet();
      try {
        result.complete(job.run(() -> state.get() == STOPPED));
      } catch (RuntimeException | Error e) { // Error too: one request's OutOfMemoryError must not end a worker
        result.completeExceptionally(e);
      } finally {
        busy.decrementAndGet();
      }
    }
  }
}

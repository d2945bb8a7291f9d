package org.servicesignals.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The bounded worker pool and queue that classification runs on: {@code workers} jobs at once, up
 * to {@code queue} more waiting their turn in arrival order, and one more turned away at once with
 * 503 and {@code Retry-After} rather than left to wait past any client's patience.
 *
 * <p>The request's thread hands the job over and goes back to Jetty; the job's worker answers. At
 * the request's deadline a job still waiting is dropped (503, it never runs), and a job still
 * running is told to stop (504) and stops before its next message — one message cannot be cut
 * short, so a worker may run on a little after its request was answered, and is counted busy
 * until it stops.
 */
final class Workers implements AutoCloseable {
  static final String RETRY_AFTER_SECONDS = "1";

  /** A piece of work that looks at {@code stop} between steps and ends early when it says so. */
  @FunctionalInterface
  interface Job<T> {
    T run(BooleanSupplier stop);
  }

  private final ThreadPoolExecutor pool;
  private final ScheduledThreadPoolExecutor clock;
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
    this.clock = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "classify-deadlines");
      t.setDaemon(true);
      return t;
    });
    clock.setRemoveOnCancelPolicy(true); // a request answered in time leaves no timer behind
  }

  /**
   * Queues {@code job} for a worker; the answer completes with what it returns, or with the
   * {@link ApiError} that says why not. The request's thread does not wait for it.
   */
  <T> CompletableFuture<T> submit(Job<T> job, long deadlineNanos) {
    Task<T> task = new Task<>(job);
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      metrics.rejected("queue_full");
      throw ApiError.of(503, "overloaded", "the server is busy: every worker is classifying and the queue is full; "
          + "retry shortly").with("Retry-After", RETRY_AFTER_SECONDS);
    }
    CompletableFuture<T> answer = new CompletableFuture<>();
    ScheduledFuture<?> timeout = clock.schedule(() -> {
      if (!answer.isDone() && answer.completeExceptionally(expired(task))) {
        // only once the request is answered is the worker told to stop: a job that stopped first
        // would complete with the messages it had done, and that partial answer could win the race
        task.state.compareAndSet(Task.RUNNING, Task.STOPPED);
      }
    }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    task.result.whenComplete((value, failure) -> {
      timeout.cancel(false);
      if (failure == null) {
        answer.complete(value);
      } else {
        answer.completeExceptionally(failure);
      }
    });
    return answer;
  }

  /**
   * Why a job's request is answered at its deadline: 503 while the job still waits (it is dropped
   * here), 504 while it runs (the caller stops it once the answer is given).
   */
  private ApiError expired(Task<?> task) {
    if (task.state.compareAndSet(Task.WAITING, Task.DROPPED)) {
      metrics.rejected("queue_timeout");
      return ApiError.of(503, "timeout", "the request waited for a worker past the request timeout; retry shortly")
          .with("Retry-After", RETRY_AFTER_SECONDS);
    }
    return ApiError.of(504, "timeout", "classifying took longer than the request timeout: send fewer or shorter messages");
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
    clock.shutdownNow();
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

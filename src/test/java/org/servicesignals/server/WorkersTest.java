package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The deadline of a running job, raced many times: the answer is the 504, never the job's partial result. */
class WorkersTest {

  @Test
  void aJobPastItsDeadlineIsAnswered504NeverWithWhatItHadDone() throws Exception {
    try (Workers workers = new Workers(2, 4, new ServerMetrics())) {
      for (int round = 0; round < 300; round++) {
        // a job that works until it is told to stop, then returns the part it had done
        CompletableFuture<String> answer = workers.submit(stop -> {
          while (!stop.getAsBoolean()) {
            Thread.onSpinWait();
          }
          return "partial";
        }, System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(200));
        try {
          String value = answer.get(10, TimeUnit.SECONDS);
          throw new AssertionError("round " + round + ": answered with the job's partial result '" + value + "'");
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ApiError.class);
          assertThat(((ApiError) e.getCause()).status()).as("round %d", round).isIn(503, 504);
        }
        // each job is told to stop just after its answer, and a job dropped while it waited leaves
        // the queue when a worker wakes: wait for both before the next round fills the queue
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            workers.busy() > 0 || workers.waiting() > 0; Thread.onSpinWait()) {
          assertThat(System.nanoTime()).as("round %d: the worker to stop", round).isLessThan(end);
        }
      }
    }
  }
}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.servicesignals.core.Prediction;

/** Counts a run's rows and, where a person is watching, shows how far it has got on standard error. */
final class Progress {
  private static final int EVERY = 2048;

  private final PrintWriter err;
  private final boolean shown;
  private final long start = System.nanoTime();
  private long rows;
  private long errors;

  Progress(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  void row(Prediction p) {
    rows++;
    if (!p.ok()) {
      errors++;
    }
    if (shown && rows % EVERY == 0) {
      err.printf(Locale.ROOT, "\r%,d rows, %.0f rows/s", rows, rows / seconds());
      err.flush();
    }
  }

  /** The closing line: how many rows, how many with errors, how long, and where they went. */
  void done(Object where) {
    if (shown) {
      err.println();
    }
    err.printf(Locale.ROOT, "classified %d rows (%d with errors) in %.1f s -> %s%n", rows, errors, seconds(), where);
  }

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}

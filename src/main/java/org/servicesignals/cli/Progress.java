package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.servicesignals.core.Prediction;

/**
 * Counts a run's rows; where a person is watching, shows a progress bar on standard error (rows,
 * rows/s, and the time left when the input's size is known); and, should the run be stopped
 * (Ctrl-C, SIGTERM), says how far it got.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final ProgressBar bar;
  private final Supplier<OptionalDouble> fractionRead;
  private final long start = System.nanoTime();
  private volatile long rows;
  private long errors;
  private boolean done;
  /** Labels per language, and errors by reason (line numbers taken out), in first-seen order. */
  private final Map<String, Map<String, Long>> labels = new TreeMap<>();
  private final Map<String, Long> reasons = new LinkedHashMap<>();
  private Thread onInterrupt;
  private boolean finished;
  private boolean stopped;
  private boolean barClosed;

  /**
   * @param shown whether to draw a progress bar
   * @param fractionRead how much of the input has been read, when that is known
   */
  Progress(PrintWriter err, boolean shown, Supplier<OptionalDouble> fractionRead) {
    this.err = err;
    this.fractionRead = fractionRead;
    this.bar = shown ? new ProgressBarBuilder().setTaskName("classify").setInitialMax(-1).showSpeed()
        .setUnit(" rows", 1).setSpeedUnit(ChronoUnit.SECONDS).setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null;
  }

  Progress(PrintWriter err, boolean shown) {
    this(err, shown, OptionalDouble::empty);
  }

  /** Whether standard error is a terminal a person watches (not a file, a pipe, or a dumb terminal). */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null; // no /proc: the JVM's own guess
    }
  }

  void row(Prediction p) {
    row(List.of(p));
  }

  /** A row written, with its predictions, one per text column; it counts as an error if any failed. */
  void row(List<Prediction> predictions) {
    rows++;
    boolean failed = false;
    for (Prediction p : predictions) {
      if (!p.ok()) {
        failed = true;
        String reason = reason(p.error());
        if (reasons.size() < 50 || reasons.containsKey(reason)) {
          reasons.merge(reason, 1L, Long::sum);
        }
      } else {
        labels.computeIfAbsent(p.lang(), k -> new TreeMap<>())
            .merge(p.label().orElseThrow().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
      }
    }
    errors += failed ? 1 : 0;
    if (bar != null && (rows & 255) == 0) {
      bar.stepTo(rows);
      estimate().ifPresent(bar::maxHint);
    }
  }

  /** Rows the whole input holds, from the rows so far and the share of the input they came from. */
  private java.util.OptionalLong estimate() {
    OptionalDouble f = fractionRead.get();
    return rows > 0 && f.isPresent() && f.getAsDouble() > 0 ? java.util.OptionalLong.of(Math.max(rows, Math.round(rows / f.getAsDouble())))
        : java.util.OptionalLong.empty();
  }

  /**
   * Until {@link #finish}, a stop by signal prints how far the run got; {@code written} says what
   * became of the rows so far.
   */
  void onInterrupt(String written) {
    onInterrupt = new Thread(() -> interrupted(written), "service-signals-interrupted");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
  }

  /** The run is complete: from here on a signal has nothing to report. False when a signal came first. */
  synchronized boolean finish() {
    if (bar != null && !barClosed) {
      bar.stepTo(rows);
      bar.maxHint(rows);
    }
    closeBar();
    if (stopped) {
      return false;
    }
    finished = true;
    return true;
  }

  private synchronized void interrupted(String written) {
    if (finished) {
      return;
    }
    stopped = true;
    closeBar();
    String of = estimate().stream().mapToObj(n -> String.format(Locale.ROOT, " of ~%,d", n)).findFirst().orElse("");
    err.printf(Locale.ROOT, "%ninterrupted after %,d%s rows; %s%n", rows, of, written);
    err.flush();
  }

  /** Draws the bar a last time and stops its updates; once. */
  private synchronized void closeBar() {
    if (bar != null && !barClosed) {
      barClosed = true;
      bar.close();
    }
  }

  @Override
  public void close() {
    closeBar();
    if (onInterrupt != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException e) {
        // already shutting down: the hook has its say
      }
    }
  }

  /** The closing line: how many rows, how many with errors, how long, how fast, and where they went. */
  void done(Object where) {
    done = true;
    double s = seconds();
    err.printf(Locale.ROOT, "classified %d rows (%d with errors) in %.1f s, %,.0f rows/s -> %s%n", rows, errors, s,
        rows / Math.max(s, 1e-3), where);
  }

  /** The end of a run: the closing line when rows went to {@code output}, and the summary when a person reads it. */
  void report(Object output, boolean table) {
    if (output != null) {
      done(output);
    }
    if (rows > 1 && (output != null || table)) {
      summary();
    }
  }

  long rows() {
    return rows;
  }

  long errors() {
    return errors;
  }

  /** What the run found: labels per language and errors by reason, for standard error. */
  void summary() {
    if (!done) {
      double s = seconds();
      err.printf(Locale.ROOT, "%,d rows, %,d with errors, in %.1f s (%,.0f rows/s); labels by language:%n", rows, errors,
          s, rows / Math.max(s, 1e-3));
    }
    labels.forEach((lang, counts) -> err.printf(Locale.ROOT, "  %-4s %s%n", lang, counts.toString().replaceAll("[{}]", "")));
    reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .forEach(e -> err.printf(Locale.ROOT, "  error x%,d: %s%n", e.getValue(), e.getKey()));
    err.flush();
  }

  /** An error without what differs from row to row: its line number, numbers, quoted text. */
  static String reason(String error) {
    String r = error.replaceFirst("^line \\d+(:| has)", "").replaceAll("\"[^\"]*\"|'[^']*'", "…").replaceAll("\\d[\\d,]*", "N").strip();
    r = org.servicesignals.io.TerminalCells.escape(r);
    return r.length() > 100 ? r.substring(0, 100) + "…" : r;
  }

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}

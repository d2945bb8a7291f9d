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
  private boolean done;
  /** Labels per language, and errors by reason (line numbers taken out), in first-seen order. */
  private final java.util.Map<String, java.util.Map<String, Long>> labels = new java.util.TreeMap<>();
  private final java.util.Map<String, Long> reasons = new java.util.LinkedHashMap<>();

  Progress(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  void row(Prediction p) {
    rows++;
    if (!p.ok()) {
      errors++;
      if (reasons.size() < 50 || reasons.containsKey(reason(p.error()))) {
        reasons.merge(reason(p.error()), 1L, Long::sum);
      }
    } else {
      labels.computeIfAbsent(p.lang(), k -> new java.util.TreeMap<>()).merge(p.label().orElseThrow().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
    }
    if (shown && rows % EVERY == 0) {
      err.printf(Locale.ROOT, "\r%,d rows, %.0f rows/s", rows, rows / seconds());
      err.flush();
    }
  }

  /** The closing line: how many rows, how many with errors, how long, and where they went. */
  void done(Object where) {
    done = true;
    if (shown) {
      err.println();
    }
    err.printf(Locale.ROOT, "classified %d rows (%d with errors) in %.1f s -> %s%n", rows, errors, seconds(), where);
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
      err.printf(Locale.ROOT, "%,d rows, %,d with errors; labels by language:%n", rows, errors);
    }
    labels.forEach((lang, counts) -> err.printf(Locale.ROOT, "  %-4s %s%n", lang, counts.toString().replaceAll("[{}]", "")));
    reasons.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
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

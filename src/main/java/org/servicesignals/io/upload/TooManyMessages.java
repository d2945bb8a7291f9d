package org.servicesignals.io.upload;

/** An upload holding more messages than one request may classify. */
public final class TooManyMessages extends RuntimeException {
  private final int limit;

  public TooManyMessages(String source, int limit) {
    super(String.format(java.util.Locale.ROOT, "%s holds more than %,d messages, the most one upload may hold: "
        + "split it, or run triage or classify on the command line", source, limit), null, false, false);
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}

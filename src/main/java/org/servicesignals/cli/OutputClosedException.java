package org.servicesignals.cli;

/** Standard output was closed by its reader (a pipe into {@code head}): the run stops. */
final class OutputClosedException extends RuntimeException {
  OutputClosedException() {
    super("standard output was closed by its reader", null, false, false);
  }
}

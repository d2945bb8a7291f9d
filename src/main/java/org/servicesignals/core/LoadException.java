package org.servicesignals.core;

/**
 * Something a run needs could not be loaded when it was first needed (a detector missing from the
 * class path, a shipped model that does not match its card): the run stops, as it would have had
 * it been loaded at start, rather than every message that needs it failing alone.
 */
public final class LoadException extends RuntimeException {
  public LoadException(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }
}

package org.servicesignals.core;

/** A file that cannot be read at all: the message names the file, the line and the reason. */
public final class InputException extends RuntimeException {
  public InputException(String source, long line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
  }

  public InputException(String source, String reason) {
    this(source, 0, reason);
  }
}

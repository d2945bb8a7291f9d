package org.servicesignals.core;

import java.util.Locale;
import java.util.Optional;

/** What a message says about the service it describes. Declaration order is the column order. */
public enum Label {
  /** Expectations exceeded: the customer is delighted. */
  EXCEPTIONAL,
  /** Expectations met: correct, on time, polite, resolved. */
  GOOD,
  /** Expectations not met: delays, rudeness, broken promises, unresolved. */
  POOR;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The label as files and features write it: {@code exceptional}, {@code good}, {@code poor}. */
  public String id() {
    return id;
  }

  public static Optional<Label> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Label l : values()) {
      if (l.id().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The label with the highest probability in {@code p} (in label order); the first on a tie. */
  public static Label argmax(double[] p) {
    Label best = values()[0];
    for (Label l : values()) {
      if (p[l.ordinal()] > p[best.ordinal()]) {
        best = l;
      }
    }
    return best;
  }
}

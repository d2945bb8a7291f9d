package org.servicesignals.core;

import java.util.Objects;

/** A labelled message, as the corpora hold it. */
public record Sample(String id, Label label, String text, String domain, String channel) {
  public Sample {
    Objects.requireNonNull(id);
    Objects.requireNonNull(label);
    Objects.requireNonNull(text);
    domain = domain == null ? "" : domain;
    channel = channel == null ? "" : channel;
  }
}

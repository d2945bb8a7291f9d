package org.servicesignals.classify;

import java.util.Objects;
import org.servicesignals.core.Label;

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

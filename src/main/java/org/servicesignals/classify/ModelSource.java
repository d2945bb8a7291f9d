package org.servicesignals.classify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import opennlp.tools.doccat.DoccatModel;

/**
 * A document-categorizer model held until {@link #release}, then read again from its bytes when
 * asked for. A model made in memory (training, adapting) has no bytes and is always held.
 *
 * <p>Thread-safe.
 */
final class ModelSource {
  private final byte[] bytes; // the model file's bytes, or null
  private volatile DoccatModel held;

  ModelSource(DoccatModel model, byte[] bytes) {
    this.held = model;
    this.bytes = bytes;
  }

  /** The model held, or a copy read again from the bytes it was read from. */
  DoccatModel get() {
    DoccatModel m = held;
    if (m != null) {
      return m;
    }
    try {
      return new DoccatModel(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("the model read before cannot be read again", e); // the same bytes read once
    }
  }

  /** Lets the model go when it can be read again; keeps it otherwise. */
  void release() {
    if (bytes != null) {
      held = null;
    }
  }

  /** Whether the model is held rather than to be read again. */
  boolean held() {
    return held != null;
  }
}

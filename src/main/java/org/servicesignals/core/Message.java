package org.servicesignals.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One customer message to classify.
 *
 * @param id caller's identifier (row number when the input has none)
 * @param text the message; may be empty, in which case it is reported as an error, not dropped
 * @param declaredLang the language the caller vouches for, which always wins over detection
 */
public record Message(String id, String text, Optional<Lang> declaredLang) {
  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(declaredLang, "declaredLang");
  }

  public static Message of(String id, String text) {
    return new Message(id, text, Optional.empty());
  }
}

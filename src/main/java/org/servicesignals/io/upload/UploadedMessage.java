package org.servicesignals.io.upload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.servicesignals.core.SourceRow;

/**
 * One message of an upload — a pasted text, a row of a table, a mail message — as the triage queue
 * reads it.
 *
 * <p>Two messages are equal when every component is equal.
 *
 * @param position the message's 1-based number in the upload, in upload order
 * @param row the message as batch classification reads it: columns {@link Uploads#TEXT} (absent when
 *     the row has none), {@link Uploads#ID} (the file's {@code id} column when it has one, else
 *     {@code position}: what people and {@code adapt --corrections} know the message by) and
 *     {@link Uploads#LANG} (the language the file declares; empty: identify it), and the row's error
 * @param about what else is known of it, in order: a mail message's {@code message_id}, {@code from},
 *     {@code date} and {@code subject}; empty for pasted text and rows
 */
public record UploadedMessage(long position, SourceRow row, Map<String, String> about) {
  public UploadedMessage {
    Objects.requireNonNull(row, "row");
    about = Collections.unmodifiableMap(new LinkedHashMap<>(about));
    if (position < 1) {
      throw new IllegalArgumentException("position must be 1 or more, not " + position);
    }
  }

  public String id() {
    return row.fields().getOrDefault(Uploads.ID, "");
  }

  /** What is classified; evidence offsets point into it. Empty when the row has none. */
  public String text() {
    return row.fields().getOrDefault(Uploads.TEXT, "");
  }
}

package org.servicesignals.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/** Where classified rows go. Values are strings, numbers or null (written as empty). */
public interface RowSink extends Closeable {
  void write(Map<String, Object> row) throws IOException;

  /** Hands what has been written so far to the reader: a stream being answered line by line needs it. */
  default void flush() throws IOException {}
}

package org.servicesignals.io;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** Rows of an input, streamed in order. Iteration throws {@link InputException} on a broken file. */
public interface RowSource extends Iterator<Row>, Closeable {
  /** Column names in input order (known after the header; may grow for JSONL). */
  List<String> columns();

  /** File name (or "stdin") for messages. */
  String name();

  @Override
  void close();
}

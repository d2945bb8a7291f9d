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

  /**
   * What a person should know about how the input was read (an encoding other than UTF-8, header
   * rows skipped), one sentence each; known once the header is read.
   */
  default List<String> notes() {
    return List.of();
  }

  /**
   * How much of the input has been read, from 0 to 1, when its size is known (a file of text):
   * for a progress bar's estimate of the time left.
   */
  default java.util.OptionalDouble fractionRead() {
    return java.util.OptionalDouble.empty();
  }

  @Override
  void close();
}

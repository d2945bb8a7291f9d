package org.servicesignals.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text, as {@link java.io.BufferedReader#readLine} gives them ({@code \n}, {@code \r\n}
 * or {@code \r} ends a line), except that a line is kept only up to a limit: a longer one is read to
 * its end without being stored, and comes back cut with {@link #cut()} set. One line with no end —
 * fifty megabytes without a line break — then costs its row, not the memory of the run.
 */
final class BoundedLines {
  private final Reader in;
  private final int limit;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int end;
  private final StringBuilder line = new StringBuilder();
  private boolean cut;
  private long length;

  BoundedLines(Reader in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its ending, at most {@code limit} characters; null at the end of input. */
  String next() throws IOException {
    line.setLength(0);
    cut = false;
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        return any ? line.toString() : null;
      }
      any = true;
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      keep(start, pos);
      if (pos < end) {
        if (buf[pos++] == '\r' && (pos < end || fill()) && buf[pos] == '\n') {
          pos++;
        }
        return line.toString();
      }
    }
  }

  private void keep(int from, int to) {
    length += to - from;
    int room = limit - line.length();
    if (room > 0) {
      line.append(buf, from, Math.min(room, to - from));
    }
    cut = length > limit;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      pos = end = 0;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  /** Whether the last line was longer than the limit and cut. */
  boolean cut() {
    return cut;
  }

  /** The full length of the last line, in characters, even when it was cut. */
  long length() {
    return length;
  }

  void close() throws IOException {
    in.close();
  }
}

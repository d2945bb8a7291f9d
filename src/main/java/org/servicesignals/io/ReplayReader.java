package org.servicesignals.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps what it has handed out since the start of the record being parsed, so that a
 * parser which gives up on a record can be restarted just after the record's first line instead of
 * losing the rest of the file. What is kept is bounded by the record being parsed plus the
 * parser's read-ahead, because the parser's caller {@linkplain #release releases} everything before
 * each record it finishes, and the parser refuses cells over {@link Inputs#MAX_CELL_CHARS}.
 *
 * <p>Positions are absolute character offsets from the start of the input.
 */
final class ReplayReader extends Reader {
  private final Reader in;
  private final StringBuilder kept = new StringBuilder();
  /** Absolute offset of {@code kept}'s first character. */
  private long keptFrom;
  /** Absolute offset of the next character handed out. */
  private long position;

  ReplayReader(Reader in) {
    this.in = in;
  }

  /** Absolute offset of the next character {@link #read} hands out. */
  long position() {
    return position;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    long keptEnd = keptFrom + kept.length();
    if (position < keptEnd) { // replaying what a given-up parser had already read
      int n = (int) Math.min(len, keptEnd - position);
      int from = (int) (position - keptFrom);
      kept.getChars(from, from + n, buf, off);
      position += n;
      return n;
    }
    int n = in.read(buf, off, len);
    if (n > 0) {
      kept.append(buf, off, n);
      position += n;
    }
    return n;
  }

  /** Hands out again from {@code offset}, which must not have been released. */
  void rewind(long offset) {
    if (offset < keptFrom || offset > keptFrom + kept.length()) {
      throw new IllegalArgumentException("offset " + offset + " is not kept");
    }
    position = offset;
  }

  /** Forgets what was handed out before {@code offset}: the records there are finished. */
  void release(long offset) {
    int drop = (int) Math.max(0, Math.min(kept.length(), offset - keptFrom));
    kept.delete(0, drop);
    keptFrom += drop;
  }

  /**
   * Moves the position to the start of the line after the one holding {@code offset}, reading on
   * (and keeping nothing) when that line runs past what was kept.
   *
   * @return the first part of the skipped line, at most {@code show} characters, for the error
   */
  String skipLine(long offset, int show) throws IOException {
    release(offset);
    StringBuilder shown = new StringBuilder();
    int i = (int) Math.max(0, offset - keptFrom);
    // a parser leaves the previous record's line break unread until the next record begins
    if (i < kept.length() && kept.charAt(i) == '\r') {
      i++;
    }
    if (i < kept.length() && kept.charAt(i) == '\n') {
      i++;
    }
    while (i < kept.length()) {
      char c = kept.charAt(i++);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i < kept.length() && kept.charAt(i) == '\n') {
          i++;
        }
        position = keptFrom + i;
        release(position);
        return shown.toString();
      }
      if (shown.length() < show) {
        shown.append(c);
      }
    }
    // the line goes on past what the parser read: read to its end without keeping it
    kept.setLength(0);
    keptFrom = position = keptFrom + i;
    int c;
    while ((c = in.read()) >= 0) {
      position++;
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        int next = in.read();
        if (next >= 0) {
          position++;
          if (next != '\n') {
            kept.append((char) next); // the first character of the next line
          }
        }
        break;
      }
      if (shown.length() < show) {
        shown.append((char) c);
      }
    }
    keptFrom = position - kept.length();
    position = keptFrom;
    return shown.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

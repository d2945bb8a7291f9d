package org.servicesignals.io.mail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The file itself failed to read (a disk error, a closed upload), as opposed to a message in it
 * being broken: the first ends the run, the second is that message's error. Readers wrap the
 * file's stream with {@link #guard} so the two can be told apart after mime4j has wrapped them.
 */
final class SourceException extends IOException {
  private SourceException(IOException cause) {
    super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
  }

  /** {@code in}, its read failures reported as {@link SourceException}. */
  static InputStream guard(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new SourceException(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new SourceException(e);
        }
      }
    };
  }

  /** The file failure somewhere in {@code e}'s causes; null when the failure is the message's own. */
  static SourceException in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SourceException s) {
        return s;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}

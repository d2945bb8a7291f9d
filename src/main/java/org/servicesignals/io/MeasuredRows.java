package org.servicesignals.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

/** Rows of a file whose size is known, saying how much of it has been read. */
final class MeasuredRows extends ForwardingRows {
  private final AtomicLong read;
  private final long size;

  private MeasuredRows(RowSource in, AtomicLong read, long size) {
    super(in);
    this.read = read;
    this.size = size;
  }

  /** Counts the bytes read from {@code in}: the stream to hand to a reader, and where the count goes. */
  static InputStream counting(InputStream in, AtomicLong read) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          read.addAndGet(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long s = super.skip(n);
        read.addAndGet(Math.max(0, s));
        return s;
      }
    };
  }

  static RowSource of(RowSource rows, AtomicLong read, long size) {
    return size > 0 ? new MeasuredRows(rows, read, size) : rows;
  }

  @Override
  public OptionalDouble fractionRead() {
    return OptionalDouble.of(Math.min(1.0, (double) read.get() / size));
  }
}

package org.servicesignals.io;

import java.util.List;
import java.util.OptionalDouble;

/** A row source that hands everything to another; subclasses change what they need. */
abstract class ForwardingRows implements RowSource {
  protected final RowSource in;

  ForwardingRows(RowSource in) {
    this.in = in;
  }

  @Override
  public List<String> columns() {
    return in.columns();
  }

  @Override
  public String name() {
    return in.name();
  }

  @Override
  public boolean hasNext() {
    return in.hasNext();
  }

  @Override
  public Row next() {
    return in.next();
  }

  @Override
  public List<String> notes() {
    return in.notes();
  }

  @Override
  public OptionalDouble fractionRead() {
    return in.fractionRead();
  }

  @Override
  public void close() {
    in.close();
  }
}

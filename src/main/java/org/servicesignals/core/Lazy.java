package org.servicesignals.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made the first time it is asked for, once, however many threads ask at the same time:
 * the others wait for the first. A failure is kept and thrown again to every later caller, so a
 * model that fails its check fails the same way each time instead of being read again per message.
 * An {@link InputException} (a bad model file) is thrown as it is; any other failure comes as a
 * {@link LoadException}, so that a batch stops on it instead of taking it for one message's error.
 *
 * @param <T> the value
 */
public final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> source;
  private volatile T value;
  private RuntimeException failure;

  private Lazy(Supplier<? extends T> source, T value) {
    this.source = source;
    this.value = value;
  }

  /** A value {@code source} makes at the first {@link #get}. */
  public static <T> Lazy<T> of(Supplier<? extends T> source) {
    return new Lazy<>(Objects.requireNonNull(source), null);
  }

  /** A value there already. */
  public static <T> Lazy<T> ready(T value) {
    return new Lazy<>(null, Objects.requireNonNull(value));
  }

  /** The value, made now if it was not yet; the source's exception when it failed. */
  @Override
  public T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      if (value == null) {
        if (failure != null) {
          throw failure;
        }
        try {
          T made = Objects.requireNonNull(source.get(), "made nothing");
          value = made;
          source = null; // what it held can be collected
        } catch (InputException | LoadException e) {
          failure = e;
          throw e;
        } catch (RuntimeException e) {
          failure = new LoadException(e);
          throw failure;
        }
      }
      return value;
    }
  }

  /** Whether the value has been made. */
  public boolean isDone() {
    return value != null;
  }
}

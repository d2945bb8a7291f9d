package org.servicesignals.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void madeOnceAtTheFirstGet() {
    AtomicInteger made = new AtomicInteger();
    Lazy<String> v = Lazy.of(() -> "v" + made.incrementAndGet());
    assertThat(v.isDone()).isFalse();
    assertThat(made).hasValue(0);
    assertThat(v.get()).isEqualTo("v1");
    assertThat(v.get()).isEqualTo("v1");
    assertThat(v.isDone()).isTrue();
    assertThat(made).hasValue(1);
  }

  @Test
  void aFailureIsKeptAndThrownAgain() {
    AtomicInteger tries = new AtomicInteger();
    Lazy<String> v = Lazy.of(() -> {
      tries.incrementAndGet();
      throw new InputException("m.bin", "does not match its card");
    });
    assertThatThrownBy(v::get).isInstanceOf(InputException.class).hasMessage("m.bin: does not match its card");
    assertThatThrownBy(v::get).isInstanceOf(InputException.class).hasMessage("m.bin: does not match its card");
    assertThat(tries).hasValue(1);
    assertThat(v.isDone()).isFalse();
  }

  @Test
  void anyOtherFailureComesAsALoadExceptionWithItsMessage() {
    IllegalStateException missing = new IllegalStateException("langdetect-183.bin is not on the classpath");
    Lazy<String> v = Lazy.of(() -> {
      throw missing;
    });
    assertThatThrownBy(v::get).isInstanceOf(LoadException.class)
        .hasMessage("langdetect-183.bin is not on the classpath").hasCause(missing);
    assertThatThrownBy(v::get).isInstanceOf(LoadException.class).hasCause(missing);
  }

  @Test
  void aReadyValueIsDone() {
    assertThat(Lazy.ready(3).isDone()).isTrue();
    assertThat(Lazy.ready(3).get()).isEqualTo(3);
  }
}

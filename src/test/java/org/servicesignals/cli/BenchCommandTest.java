package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void printsThroughput() {
    Cli r = Cli.run("bench", "--messages", "3000", "--fasttext", "none", "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3,000 messages from the corpora (hi fi ur ta en)")
        .containsPattern("service-signals classify\\s+[\\d.]+ s\\s+[\\d,]+ messages/s");
  }
}

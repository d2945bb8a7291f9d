package org.servicesignals.scripts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end benchmark's command works: {@code src/scripts/bench-e2e.sh} on a few hundred
 * messages (the full million is a benchmark, not a test) writes the messages, classifies them all
 * with the built jar and prints its table with throughput and peak memory.
 */
class BenchScriptIT {
  @Test
  void theBenchmarkRunsOnAFewMessages() throws Exception {
    Path log = Files.createTempFile("bench-e2e", ".log");
    ProcessBuilder run = new ProcessBuilder("src/scripts/bench-e2e.sh", "--only-service-signals", "300")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    run.environment().put("WORK", "target/bench-e2e-smoke");
    Process p = run.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in five minutes").isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("300 messages", "| system | seconds | messages/s | peak RSS (MiB) |",
        "| service-signals classify");
    List<String> written = Files.readAllLines(Path.of("target/bench-e2e-smoke/service-signals.csv"), StandardCharsets.UTF_8);
    assertThat(written.get(0)).startsWith("id,text,lang,label,confidence");
    assertThat(written.stream().filter(l -> l.startsWith("m300,"))).hasSize(1);
  }
}

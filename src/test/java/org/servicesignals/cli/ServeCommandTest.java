package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a user starts it: options checked before it listens, and SIGTERM stops it gracefully with exit 0. */
class ServeCommandTest {
  static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

  @Test
  void badOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty-token"), "\n");
    String[][] bad = {
        {"serve", "--port", "70000"},
        {"serve", "--threads", "0"},
        {"serve", "--queue", "-1"},
        {"serve", "--max-batch", "0"},
        {"serve", "--max-body-bytes", "10"},
        {"serve", "--request-timeout", "soon"},
        {"serve", "--request-timeout", "0"},
        {"serve", "--token-file", dir.resolve("missing").toString()},
        {"serve", "--token-file", empty.toString()}};
    for (String[] args : bad) {
      Cli r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
    }
  }

  @Test
  void aPortInUseIsAUsageError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Cli r = Cli.run("serve", "--models", "models", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("cannot listen");
    }
  }

  @Test
  void sigtermLetsTheRequestInFlightFinishAndExitsZero(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "a-token-of-thirty-two-characters\n");
    Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.servicesignals.cli.Main", "serve", "--port", "0",
        "--models", "models", "--threads", "1", "--token-file", token.toString())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).as(Files.readString(dir.resolve("err.txt"))).startsWith("listening on http://127.0.0.1:");
      assertThat(line).contains("bearer token required");
      Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
      assertThat(m.find()).isTrue();
      URI base = URI.create("http://127.0.0.1:" + m.group(1));
      HttpRequest.Builder slow = HttpRequest.newBuilder(base.resolve("/v1/classify"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer a-token-of-thirty-two-characters")
          .timeout(Duration.ofSeconds(60))
          .POST(HttpRequest.BodyPublishers.ofString(org.servicesignals.server.ServeFixtures.slowBatch(100)));
      CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(slow.build(), HttpResponse.BodyHandlers.ofString());
      HttpRequest metrics = HttpRequest.newBuilder(base.resolve("/metrics"))
          .header("Authorization", "Bearer a-token-of-thirty-two-characters").build();
      for (long end = System.nanoTime() + 30_000_000_000L;
          !HTTP.send(metrics, HttpResponse.BodyHandlers.ofString()).body().contains("service_signals_classify_workers_busy 1.0");
          Thread.sleep(20)) {
        assertThat(System.nanoTime()).as("the request to be classified").isLessThan(end);
      }
      serve.destroy(); // SIGTERM
      HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
      assertThat(Files.readString(dir.resolve("err.txt"))).contains("stopping").contains("stopped");
    } finally {
      serve.destroyForcibly();
    }
  }
}

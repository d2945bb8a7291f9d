package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Token, saturation, timeouts and metrics: the server under a careful operator and a heavy load. */
class ServerLimitsTest {
  static final String TOKEN = "s3cret-Token-0123456789abcdef";

  static String slowBatch(int messages) {
    return ServeFixtures.slowBatch(messages);
  }

  static CompletableFuture<HttpResponse<String>> postAsync(TestServer api, String json) {
    return api.http.sendAsync(api.request("/v1/classify").header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static double metric(TestServer api, String series) {
    String text = api.get("/metrics").body();
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
  }

  static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    for (long end = System.nanoTime() + 20_000_000_000L; !condition.getAsBoolean(); Thread.sleep(20)) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
    }
  }

  @Test
  void aTokenGuardsTheApiAndTheMetricsButNotHealth() {
    try (TestServer api = TestServer.start(o -> o.withToken(TOKEN))) {
      HttpResponse<String> none = api.classify("{\"text\": \"good\"}");
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(TestServer.json(none).get("error").get("code").asText()).isEqualTo("unauthorized");
      for (String wrong : List.of("Bearer nope", "Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1), "Basic " + TOKEN,
          TOKEN, "Bearer")) {
        HttpResponse<String> r = api.send(api.request("/v1/classify").header("Content-Type", "application/json")
            .header("Authorization", wrong).POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"good\"}")));
        assertThat(r.statusCode()).as(wrong).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
      }
      HttpResponse<String> ok = api.send(api.request("/v1/classify").header("Content-Type", "application/json")
          .header("Authorization", "bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"good\"}")));
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(api.get("/metrics").statusCode()).isEqualTo(401);
      assertThat(api.get("/v1/models").statusCode()).isEqualTo(401);
      assertThat(api.get("/healthz").statusCode()).isEqualTo(200);
      assertThat(api.get("/").statusCode()).as("the page asks for the token itself").isEqualTo(200);
      assertThat(api.send(api.request("/metrics").header("Authorization", "Bearer " + TOKEN).GET()).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aFullQueueIsAnswered503WithRetryAfterAndTheQueuedRequestsStillFinish() throws Exception {
    try (TestServer api = TestServer.start(o -> o.withThreads(1, 2).withRequestTimeout(Duration.ofSeconds(120)))) {
      CompletableFuture<HttpResponse<String>> busy = postAsync(api, slowBatch(200));
      waitFor(() -> metric(api, "service_signals_classify_workers_busy") == 1, "the slow request to hold the worker");
      List<CompletableFuture<HttpResponse<String>>> queued = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        queued.add(postAsync(api, "{\"text\": \"queued " + i + "\"}"));
      }
      waitFor(() -> metric(api, "service_signals_classify_queue_waiting") == 2, "two queued requests");
      HttpResponse<String> refused = api.classify("{\"text\": \"one too many\"}");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).contains("1");
      assertThat(TestServer.json(refused).get("error").get("code").asText()).isEqualTo("overloaded");
      assertThat(busy.get().statusCode()).isEqualTo(200);
      for (CompletableFuture<HttpResponse<String>> q : queued) {
        assertThat(q.get().statusCode()).isEqualTo(200);
      }
      assertThat(metric(api, "service_signals_classify_rejected_total{reason=\"queue_full\"}")).isEqualTo(1.0);
      assertThat(api.get("/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBatchPastTheRequestTimeoutIsAnswered504AndTheWorkerFreed() throws Exception {
    // a thousand long messages with evidence take seconds on any machine; the timeout is half a second
    try (TestServer api = TestServer.start(o -> o.withThreads(1, 4).withLimits(8 << 20, 1000, 10_000)
        .withRequestTimeout(Duration.ofMillis(500)))) {
      HttpResponse<String> r = api.classify(slowBatch(1000));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(504);
      assertThat(TestServer.json(r).get("error").get("code").asText()).isEqualTo("timeout");
      assertThat(TestServer.json(r).get("error").get("message").asText()).contains("longer than the request timeout");
      waitFor(() -> metric(api, "service_signals_classify_workers_busy") == 0, "the worker to stop before its next message");
      assertThat(api.classify("{\"text\": \"after\"}").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aRequestThatWaitsPastItsTimeoutIsAnswered503AndNeverRuns() throws Exception {
    try (TestServer api = TestServer.start(o -> o.withThreads(1, 4).withRequestTimeout(Duration.ofMillis(400)))) {
      // one long message with evidence cannot be cut short: it holds the worker past any deadline. Its
      // evidence re-reads the whole message once for each of its first forty distinct words, so the
      // words vary: ~99,000 characters of them take seconds, where one sentence repeated takes little
      String[] words = ("engineer never came nobody called back about refund waited hours phone line dead "
          + "promised visit twice cancelled without notice charged again wrong parcel delivered neighbour "
          + "broken screen support ticket closed unresolved manager rude queue slow app crashed payment failed "
          + "driver late cold food missing order invoice error account locked password reset email ignored").split(" ");
      StringBuilder text = new StringBuilder();
      java.util.Random random = new java.util.Random(7);
      while (text.length() < 99_000) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      CompletableFuture<HttpResponse<String>> holder = postAsync(api, "{\"explain\": true, \"text\": \""
          + text.toString().strip() + "\"}");
      waitFor(() -> metric(api, "service_signals_classify_workers_busy") == 1, "the long message to hold the worker");
      long start = System.nanoTime();
      HttpResponse<String> waited = api.classify("{\"text\": \"waiting\"}");
      assertThat(waited.statusCode()).as(waited.body()).isEqualTo(503);
      assertThat((System.nanoTime() - start) / 1e9).as("answered at its deadline").isLessThan(1.5);
      assertThat(TestServer.json(waited).get("error").get("code").asText()).isEqualTo("timeout");
      assertThat(waited.headers().firstValue("Retry-After")).contains("1");
      assertThat(holder.get().statusCode()).as("answered at its deadline, though its worker runs on").isEqualTo(504);
      assertThat(metric(api, "service_signals_classify_rejected_total{reason=\"queue_timeout\"}")).isEqualTo(1.0);
      assertThat(metric(api, "service_signals_messages_classified_total{label=\"good\",lang=\"en\"}")
          + metric(api, "service_signals_messages_classified_total{label=\"poor\",lang=\"en\"}")).as("never classified")
          .isZero();
    }
  }

  @Test
  void metricsCountRequestsLatencyLanguagesAndTheJvm() throws Exception {
    try (TestServer api = TestServer.start()) {
      api.classify("{\"messages\": [{\"text\": \"सेवा बहुत अच्छी थी\"}, {\"text\": \"Palvelu oli huonoa, kukaan ei vastannut.\"},"
          + " {\"text\": \"\"}, {\"text\": \"terrible service\"}]}");
      api.classify("{\"text\": \"great service, thank you\"}");
      api.classify("{\"text\": 5}");
      api.get("/nope");
      HttpResponse<String> r = api.get("/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
      String m = r.body();
      assertThat(m).contains("# TYPE service_signals_http_requests_total counter");
      assertThat(metric(api, "service_signals_http_requests_total{method=\"POST\",route=\"/v1/classify\",status=\"200\"}"))
          .isEqualTo(2.0);
      assertThat(metric(api, "service_signals_http_requests_total{method=\"POST\",route=\"/v1/classify\",status=\"400\"}"))
          .isEqualTo(1.0);
      assertThat(metric(api, "service_signals_http_requests_total{method=\"GET\",route=\"none\",status=\"404\"}"))
          .isEqualTo(1.0);
      assertThat(m).contains("# TYPE service_signals_http_request_duration_seconds histogram");
      assertThat(metric(api, "service_signals_http_request_duration_seconds_count{route=\"/v1/classify\"}")).isEqualTo(3.0);
      assertThat(metric(api, "service_signals_http_request_duration_seconds_bucket{route=\"/v1/classify\",le=\"+Inf\"}"))
          .isEqualTo(3.0);
      assertThat(metric(api, "service_signals_messages_classified_total{label=\"good\",lang=\"hi\"}")
          + metric(api, "service_signals_messages_classified_total{label=\"exceptional\",lang=\"hi\"}")).isEqualTo(1.0);
      assertThat(metric(api, "service_signals_messages_classified_total{label=\"poor\",lang=\"fi\"}")).isEqualTo(1.0);
      assertThat(metric(api, "service_signals_messages_classified_total{label=\"error\",lang=\"und\"}")).isEqualTo(1.0);
      assertThat(metric(api, "service_signals_messages_classified_total{label=\"poor\",lang=\"en\"}")).isEqualTo(1.0);
      assertThat(m).contains("service_signals_http_requests_in_flight 1.0"); // this scrape
      assertThat(m).contains("service_signals_classify_queue_waiting 0.0");
      assertThat(m).contains("service_signals_classify_workers_busy 0.0");
      assertThat(m).containsPattern("(?m)^jvm_memory_used_bytes\\{area=\"heap\"} ");
      assertThat(m).containsPattern("(?m)^jvm_threads_current ");
      HttpResponse<String> open = api.send(api.request("/metrics").header("Accept", "application/openmetrics-text; version=1.0.0").GET());
      assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("openmetrics"));
      assertThat(open.body()).endsWith("# EOF\n");
    }
  }
}

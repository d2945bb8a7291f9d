package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping lets the requests in flight finish, then refuses connections. */
class GracefulStopTest {
  @Test
  void aRequestInFlightFinishesAndThenTheServerIsGone() throws Exception {
    TestServer api = TestServer.start(o -> o.withThreads(1, 4).withRequestTimeout(Duration.ofSeconds(60)));
    CompletableFuture<HttpResponse<String>> inFlight = ServerLimitsTest.postAsync(api, ServerLimitsTest.slowBatch(100));
    ServerLimitsTest.waitFor(() -> ServerLimitsTest.metric(api, "service_signals_classify_workers_busy") == 1,
        "the request to be classified");
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(api.server::stop);
    HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(TestServer.json(r).get("results")).hasSize(100);
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(api.server.await(1, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> api.http.send(api.request("/healthz").GET().build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
    api.close(); // a second stop is harmless
  }
}

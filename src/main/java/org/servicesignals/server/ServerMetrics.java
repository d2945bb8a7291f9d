package org.servicesignals.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.IntSupplier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Prediction;

/**
 * The server's metrics in a registry of its own (two servers in one JVM count apart), written in
 * the Prometheus text format by the Prometheus Java client: requests by route, method and status,
 * request latency, requests in flight, messages classified by language and label, requests turned
 * away, requests waiting, and the JVM's own metrics. Label values come from closed sets, so no
 * request can add a time series.
 */
final class ServerMetrics {
  /** The route of a request no route took: an unknown path, or one Jetty refused before routing. */
  static final String UNROUTED = "none";
  static final String STATIC = "static";
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final ExpositionFormats formats = ExpositionFormats.init();
  private final Counter requests;
  private final Histogram latency;
  private final Gauge inFlight;
  private final Counter messages;
  private final Counter rejected;

  ServerMetrics() {
    requests = Counter.builder().name("service_signals_http_requests_total")
        .help("HTTP requests answered, by route, method and status").labelNames("route", "method", "status")
        .register(registry);
    latency = Histogram.builder().name("service_signals_http_request_duration_seconds")
        .help("Time from routing a request to its answer, by route").unit(Unit.SECONDS).labelNames("route")
        .classicOnly().classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
        .register(registry);
    inFlight = Gauge.builder().name("service_signals_http_requests_in_flight")
        .help("HTTP requests being answered now").register(registry);
    messages = Counter.builder().name("service_signals_messages_classified_total")
        .help("Messages answered by POST /v1/classify and /v1/triage, by language and label ('error' when not classified)")
        .labelNames("lang", "label").register(registry);
    rejected = Counter.builder().name("service_signals_classify_rejected_total")
        .help("Classification requests turned away with 503: queue_full, queue_timeout")
        .labelNames("reason").register(registry);
    JvmMetrics.builder().register(registry);
  }

  /** Reports how many workers classify and how many requests wait for one. */
  void watch(IntSupplier busy, IntSupplier waiting) {
    GaugeWithCallback.builder().name("service_signals_classify_workers_busy")
        .help("Workers classifying a request now").callback(cb -> cb.call(busy.getAsInt()))
        .register(registry);
    GaugeWithCallback.builder().name("service_signals_classify_queue_waiting")
        .help("Classification requests waiting for a worker").callback(cb -> cb.call(waiting.getAsInt()))
        .register(registry);
  }

  void started() {
    inFlight.inc();
  }

  void finished(String route, String method, int status, long nanos) {
    inFlight.dec();
    request(route, method, status);
    latency.labelValues(route).observe(nanos / 1e9);
  }

  /** A request answered outside the router (Jetty's own errors): counted, not timed. */
  void request(String route, String method, int status) {
    requests.labelValues(route, METHODS.contains(method) ? method : "other", Integer.toString(status)).inc();
  }

  void classified(Prediction p) {
    messages.labelValues(p.lang(), p.label().map(Label::id).orElse("error")).inc();
  }

  void rejected(String reason) {
    rejected.labelValues(reason).inc();
  }

  /** The writer for what the scraper accepts (Prometheus text unless it asks for OpenMetrics). */
  ExpositionFormatWriter writer(String accept) {
    ExpositionFormatWriter w = formats.findWriter(accept);
    return w.isAvailable() ? w : formats.getPrometheusTextFormatWriter();
  }

  void write(ExpositionFormatWriter writer, OutputStream out) throws IOException {
    writer.write(out, registry.scrape());
  }
}

package org.servicesignals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** {@code GET /metrics}: the server's metrics in the format the scraper asks for (Prometheus text by default). */
final class MetricsHandler implements Handler {
  private final ServerMetrics metrics;

  MetricsHandler(ServerMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    ExpositionFormatWriter writer = metrics.writer(ctx.header("Accept"));
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    metrics.write(writer, out);
    ctx.contentType(writer.getContentType()).result(out.toByteArray());
  }
}

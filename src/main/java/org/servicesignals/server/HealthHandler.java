package org.servicesignals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.Lang;

/**
 * {@code GET /healthz}: 200 {@code {"status": "ok", "languages": [...]}} while the server takes
 * requests. It needs no token, so a load balancer or systemd can ask; it tells nothing a page does not.
 */
final class HealthHandler implements Handler {
  private final byte[] body;

  HealthHandler(Map<Lang, ModelBundle> models) {
    String langs = models.keySet().stream().sorted().map(l -> "\"" + l.code() + "\"").collect(Collectors.joining(","));
    body = ("{\"status\":\"ok\",\"languages\":[" + langs + "]}").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(Context ctx) {
    ctx.contentType(ErrorBody.CONTENT_TYPE).result(body);
  }
}

package org.servicesignals.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — a request line or header it cannot parse, headers too large, a URI it
 * refuses, a body that stalls, a request refused while stopping — as the same JSON body the
 * handlers write, instead of Jetty's HTML page. The message is Jetty's reason, except for an
 * internal error (500), which gets a fixed text: an exception's text never reaches the wire.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final ServerMetrics metrics;

  JsonErrorHandler(ServerMetrics metrics) {
    this.metrics = metrics;
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
      status = http.getCode();
      if (reason == null) {
        reason = http.getReason();
      }
    }
    if (status < 400 || status > 599) {
      status = 500;
    }
    response.setStatus(status);
    metrics.request(ServerMetrics.UNROUTED, request.getMethod(), status);
    String message = status == 500 ? "the server could not answer this request" : ErrorBody.message(status, reason);
    SecurityHeaders.apply(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
      callback.succeeded();
      return true;
    }
    byte[] body = ErrorBody.of(status, ErrorBody.code(status), message, null);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorBody.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}

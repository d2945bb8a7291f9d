package org.servicesignals.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.langid.LanguageIdentifier;

/** An {@link ApiServer} on a free port with the shipped models, and clients for it: HTTP and raw sockets. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String JSON_TYPE = "application/json";

  final ApiServer server;
  final URI base;
  final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(ApiServer server) {
    this.server = server;
    this.base = URI.create("http://127.0.0.1:" + server.port());
  }

  /** The shipped models, loaded once for every test in this JVM. */
  static Classifier classifier() {
    return Models.CLASSIFIER;
  }

  private static final class Models {
    static final Classifier CLASSIFIER = new Classifier(LanguageIdentifier.load(), ModelFiles.load(Path.of("models")));
  }

  static TestServer start() {
    return start(o -> o);
  }

  /** A server on 127.0.0.1, a free port, the test page's folder, and {@code options} applied to the defaults. */
  static TestServer start(UnaryOperator<ServerOptions> options) {
    ServerOptions o = options.apply(ServerOptions.defaults("127.0.0.1", 0).withStaticRoot("/web-test"));
    return new TestServer(new ApiServer(classifier(), o).start());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** POST /v1/classify with a JSON body. */
  HttpResponse<String> classify(String json) {
    return send(request("/v1/classify").header("Content-Type", JSON_TYPE)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code request} as bytes on a new connection and reads one response (or whatever comes
   * before the server closes or {@code wait} passes); {@code close} half-closes after sending.
   */
  Raw raw(byte[] request, boolean close, Duration wait) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
      s.setSoTimeout((int) wait.toMillis());
      s.getOutputStream().write(request);
      s.getOutputStream().flush();
      if (close) {
        s.shutdownOutput();
      }
      return Raw.read(s.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Raw raw(String request) {
    return raw(request.getBytes(StandardCharsets.ISO_8859_1), false, Duration.ofSeconds(10));
  }

  /** A response read off a socket: status, headers (lower-case names) and body. */
  record Raw(int status, Map<String, String> headers, String body) {
    static Raw read(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      try {
        for (int b; !head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n") && (b = in.read()) != -1; ) {
          head.write(b);
        }
      } catch (SocketTimeoutException e) {
        return new Raw(0, Map.of(), head.toString(StandardCharsets.ISO_8859_1));
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
        return new Raw(0, Map.of(), head.toString(StandardCharsets.ISO_8859_1));
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      byte[] body = in.readNBytes(length);
      return new Raw(Integer.parseInt(lines[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    server.close();
  }
}

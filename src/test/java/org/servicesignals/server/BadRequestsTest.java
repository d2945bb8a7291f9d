package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forty kinds of bad request, over HTTP and as raw bytes on a socket: each gets its status and the
 * JSON error body (code, message, the field at fault), never HTML or a stack trace; and the server
 * answers normally afterwards.
 */
class BadRequestsTest {
  static final int MAX_BODY = 64 * 1024;
  static final int MAX_BATCH = 50;
  static final int MAX_CHARS = 1000;
  static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.start(o -> o.withLimits(MAX_BODY, MAX_BATCH, MAX_CHARS).withRequestTimeout(Duration.ofSeconds(2)));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** What came back: status, headers and body, however it was sent. */
  record Answer(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  static Answer http(HttpRequest.Builder b) {
    HttpResponse<String> r = api.send(b);
    return new Answer(r.statusCode(), r.headers().map(), r.body());
  }

  static Answer post(String contentType, String body) {
    HttpRequest.Builder b = api.request("/v1/classify").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http(b);
  }

  static Answer json(String body) {
    return post("application/json", body);
  }

  static Answer bytes(byte[] body) {
    return http(api.request("/v1/classify").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  static Answer method(String method, String path) {
    return http(api.request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  static Answer raw(String request) {
    return raw(request.getBytes(StandardCharsets.ISO_8859_1), false);
  }

  static Answer raw(byte[] request, boolean close) {
    TestServer.Raw r = api.raw(request, close, Duration.ofSeconds(10));
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    r.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    return new Answer(r.status(), headers, r.body());
  }

  static byte[] gzip(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String messages(int n) {
    StringBuilder b = new StringBuilder("{\"messages\": [");
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? "," : "").append("{\"text\": \"fine\"}");
    }
    return b.append("]}").toString();
  }

  static Arguments bad(String name, Supplier<Answer> send, int status, String code, String field) {
    return Arguments.of(name, send, status, code, field);
  }

  static Stream<Arguments> badRequests() {
    List<Arguments> cases = new ArrayList<>(List.of(
        bad("unknown path", () -> http(api.request("/nope").GET()), 404, "not_found", null),
        bad("unknown API path", () -> http(api.request("/v1/classify/more").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))), 404, "not_found", null),
        bad("DELETE on health", () -> method("DELETE", "/healthz"), 405, "method_not_allowed", null),
        bad("GET on classify", () -> method("GET", "/v1/classify"), 405, "method_not_allowed", null),
        bad("PUT on classify", () -> method("PUT", "/v1/classify"), 405, "method_not_allowed", null),
        bad("POST on metrics", () -> method("POST", "/metrics"), 405, "method_not_allowed", null),
        bad("OPTIONS on classify", () -> method("OPTIONS", "/v1/classify"), 405, "method_not_allowed", null),
        bad("no content type", () -> post(null, "{\"text\": \"x\"}"), 415, "unsupported_media_type", null),
        bad("text/plain", () -> post("text/plain", "{\"text\": \"x\"}"), 415, "unsupported_media_type", null),
        bad("form", () -> post("application/x-www-form-urlencoded", "text=x"), 415, "unsupported_media_type", null),
        bad("latin-1 JSON", () -> post("application/json; charset=iso-8859-1", "{\"text\": \"x\"}"), 415,
            "unsupported_media_type", null),
        bad("gzip body", () -> http(api.request("/v1/classify").header("Content-Type", "application/json")
            .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzip("{\"text\": \"x\"}")))),
            415, "unsupported_media_type", null),
        bad("body over the limit", () -> json("{\"text\": \"" + "a".repeat(MAX_BODY) + "\"}"), 413, "body_too_large", null),
        bad("chunked body over the limit", () -> http(api.request("/v1/classify").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                ("{\"text\": \"" + "a".repeat(2 * MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8))))),
            413, "body_too_large", null),
        bad("truncated JSON", () -> json("{\"text\": "), 400, "invalid_json", null),
        bad("empty body", () -> json(""), 400, "invalid_json", null),
        bad("whitespace body", () -> json(" \n\t "), 400, "invalid_json", null),
        bad("JSON array", () -> json("[{\"text\": \"x\"}]"), 400, "wrong_type", null),
        bad("JSON string", () -> json("\"good service\""), 400, "wrong_type", null),
        bad("missing text", () -> json("{\"lang\": \"en\"}"), 400, "missing_field", "text"),
        bad("text a number", () -> json("{\"text\": 5}"), 400, "wrong_type", "text"),
        bad("text null", () -> json("{\"text\": null}"), 400, "wrong_type", "text"),
        bad("text an object", () -> json("{\"text\": {\"value\": \"x\"}}"), 400, "wrong_type", "text"),
        bad("lang a number", () -> json("{\"text\": \"x\", \"lang\": 7}"), 400, "wrong_type", "lang"),
        bad("id a boolean", () -> json("{\"text\": \"x\", \"id\": true}"), 400, "wrong_type", "id"),
        bad("id a fraction", () -> json("{\"text\": \"x\", \"id\": 1.5}"), 400, "wrong_type", "id"),
        bad("explain a string", () -> json("{\"text\": \"x\", \"explain\": \"yes\"}"), 400, "wrong_type", "explain"),
        bad("unknown field", () -> json("{\"text\": \"x\", \"label\": \"poor\"}"), 400, "unknown_field", "label"),
        bad("text beside messages", () -> json("{\"text\": \"x\", \"messages\": []}"), 400, "unknown_field", "text"),
        bad("messages an object", () -> json("{\"messages\": {\"text\": \"x\"}}"), 400, "wrong_type", "messages"),
        bad("messages null", () -> json("{\"messages\": null}"), 400, "wrong_type", "messages"),
        bad("empty batch", () -> json("{\"messages\": []}"), 400, "empty_batch", "messages"),
        bad("a message a string", () -> json("{\"messages\": [{\"text\": \"a\"}, \"b\"]}"), 400, "wrong_type", "messages[1]"),
        bad("a message without text", () -> json("{\"messages\": [{\"text\": \"a\"}, {\"text\": \"b\"}, {\"text\": \"c\"},"
            + " {\"id\": \"d\"}]}"), 400, "missing_field", "messages[3].text"),
        bad("unknown field in a message", () -> json("{\"messages\": [{\"text\": \"a\", \"explain\": true}]}"), 400,
            "unknown_field", "messages[0].explain"),
        bad("mistyped id in a message", () -> json("{\"messages\": [{\"text\": \"a\"}, {\"text\": \"b\", \"id\": [1]}]}"), 400,
            "wrong_type", "messages[1].id"),
        bad("batch over the limit", () -> json(messages(MAX_BATCH + 1)), 413, "batch_too_large", "messages"),
        bad("text over the length", () -> json("{\"text\": \"" + "a".repeat(MAX_CHARS + 1) + "\"}"), 422, "text_too_long", "text"),
        bad("batch text over the length", () -> json("{\"messages\": [{\"text\": \"a\"}, {\"text\": \"b\"}, {\"text\": \""
            + "ä".repeat(MAX_CHARS + 1) + "\"}]}"), 422, "text_too_long", "messages[2].text"),
        bad("invalid UTF-8", () -> bytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC3, '(', '"', '}'}),
            400, "invalid_utf8", null),
        bad("UTF-8 surrogate bytes", () -> bytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0,
            (byte) 0x80, '"', '}'}), 400, "invalid_utf8", null),
        bad("UTF-16 JSON", () -> bytes("{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_16)), 400, "invalid_utf8", null),
        bad("duplicate key", () -> json("{\"text\": \"good\", \"text\": \"bad\"}"), 400, "invalid_json", null),
        bad("trailing garbage", () -> json("{\"text\": \"x\"} {\"text\": \"y\"}"), 400, "invalid_json", null),
        bad("comment", () -> json("{/* hi */ \"text\": \"x\"}"), 400, "invalid_json", null),
        bad("single quotes", () -> json("{'text': 'x'}"), 400, "invalid_json", null),
        bad("NaN", () -> json("{\"text\": \"x\", \"id\": NaN}"), 400, "invalid_json", null),
        bad("nested too deep", () -> json("{\"text\": \"x\", \"id\": " + "[".repeat(5000) + "]".repeat(5000) + "}"), 400,
            "invalid_json", null),
        bad("huge number", () -> json("{\"text\": \"x\", \"id\": 1" + "0".repeat(500) + "}"), 400, "invalid_json", null),
        // raw bytes: what no HTTP client sends
        bad("garbage request line", () -> raw("GARBAGE\r\n\r\n"), 400, "bad_request", null),
        bad("headers too large", () -> raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n"),
            431, "headers_too_large", null),
        bad("URI too long", () -> raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414, "uri_too_long", null),
        bad("bad percent escape", () -> raw("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n"), 400, "bad_request", null),
        bad("no Host", () -> raw("GET /healthz HTTP/1.1\r\n\r\n"), 400, "bad_request", null),
        bad("chunked and a length", () -> raw("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n"), 400, "bad_request", null),
        bad("bad chunk size", () -> raw("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"), 400, "incomplete_body", null),
        bad("HTTP/9.9", () -> raw("GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n"), 505, "http_version_not_supported", null),
        bad("a length over the limit, no body sent", () -> raw("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: "
            + "application/json\r\nContent-Length: 999999999\r\n\r\n"), 413, "body_too_large", null),
        bad("body shorter than its length", () -> raw(("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100\r\n\r\n{\"text\": \"x").getBytes(StandardCharsets.ISO_8859_1), true), 400, "incomplete_body", null),
        bad("a body that stalls", () -> raw("POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100\r\n\r\n{\"text\": "), 408, "request_timeout", null)));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void eachBadRequestGetsItsStatusAndAJsonError(String name, Supplier<Answer> send, int status, String code, String field) {
    Answer a = send.get();
    assertThat(a.status()).as("%s: %s", name, a.body()).isEqualTo(status);
    assertThat(a.header("Content-Type")).as(name).startsWith("application/json");
    assertThat(a.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
    JsonNode error = jsonOf(a).get("error");
    assertThat(error).as("%s: %s", name, a.body()).isNotNull();
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("code").asText()).as(name).isEqualTo(code);
    assertThat(error.get("message").asText()).as(name).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    if (field == null) {
      assertThat(error.has("field")).as("%s: %s", name, a.body()).isFalse();
    } else {
      assertThat(error.get("field").asText()).as(name).isEqualTo(field);
    }
    assertThat(a.body()).doesNotContain("<html").doesNotContain("org.eclipse").doesNotContain("io.javalin");
    switch (status) {
      case 405 -> assertThat(a.header("Allow")).as(name).isNotBlank();
      case 401 -> assertThat(a.header("WWW-Authenticate")).isNotBlank();
      case 503 -> assertThat(a.header("Retry-After")).isNotBlank();
      default -> { }
    }
    stillAnswers();
  }

  @Test
  void wrongMethodsSayWhatIsAllowed() {
    assertThat(method("DELETE", "/healthz").header("Allow")).isEqualTo("GET, HEAD");
    assertThat(method("GET", "/v1/classify").header("Allow")).isEqualTo("POST");
    assertThat(method("POST", "/").header("Allow")).isEqualTo("GET, HEAD");
    assertThat(method("POST", "/").status()).isEqualTo(405);
  }

  @Test
  void aCharsetOfUtf8InAnySpellingIsAccepted() {
    for (String type : List.of("application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
        "Application/JSON; Charset=\"utf-8\"")) {
      assertThat(post(type, "{\"text\": \"good\"}").status()).as(type).isEqualTo(200);
    }
  }

  static JsonNode jsonOf(Answer a) {
    try {
      return TestServer.JSON.readTree(a.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + a.body(), e);
    }
  }

  static void stillAnswers() {
    assertThat(api.get("/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> r = api.classify("{\"text\": \"Kiitos, nopeaa palvelua\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(TestServer.json(r).get("lang").asText()).isEqualTo("fi");
  }
}

package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and hostile request bodies over HTTP, as the hostile-file properties do for files: the
 * server never answers 5xx, always answers JSON, and answers every message of a batch it accepts,
 * once, in order, with its id and a label or an error (never both).
 */
class HostileBodiesProperties {
  static final int MAX_BATCH = 20;
  static final int MAX_CHARS = 2000;
  static TestServer api;

  @BeforeContainer
  static void start() {
    api = TestServer.start(o -> o.withLimits(64 * 1024, MAX_BATCH, MAX_CHARS));
  }

  @AfterContainer
  static void stop() {
    api.close();
  }

  /** One message as sent: its text, and the id and language fields as JSON (null: left out). */
  record Sent(String text, String idJson, String langJson) {
    String expectedId(int position) throws Exception {
      JsonNode id = idJson == null ? null : TestServer.JSON.readTree(idJson);
      return id == null || id.isNull() ? Integer.toString(position) : id.asText();
    }
  }

  @Property(tries = 150)
  void everyMessageOfABatchIsAnsweredInOrder(@ForAll("batches") List<Sent> batch, @ForAll boolean explain)
      throws Exception {
    StringBuilder body = new StringBuilder("{\"messages\": [");
    for (int i = 0; i < batch.size(); i++) {
      Sent m = batch.get(i);
      body.append(i > 0 ? ", " : "").append("{\"text\": ").append(escape(m.text()));
      if (m.idJson() != null) {
        body.append(", \"id\": ").append(m.idJson());
      }
      if (m.langJson() != null) {
        body.append(", \"lang\": ").append(m.langJson());
      }
      body.append("}");
    }
    body.append("], \"explain\": ").append(explain).append("}");
    HttpResponse<String> r = post(body.toString().getBytes(StandardCharsets.UTF_8));
    JsonNode answer = answered(r);
    boolean tooLong = batch.stream().anyMatch(m -> m.text().length() > MAX_CHARS);
    if (tooLong) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      return;
    }
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = answer.get("results");
    assertThat(results).hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      JsonNode m = results.get(i);
      assertThat(m.get("id").asText()).as("message %d", i).isEqualTo(batch.get(i).expectedId(i + 1));
      boolean labelled = !m.get("label").isNull();
      boolean failed = !m.get("error").isNull();
      assertThat(labelled).as("message %d has a label or an error, never both: %s", i, m).isNotEqualTo(failed);
      if (labelled) {
        assertThat(m.get("confidence").asDouble()).isBetween(0.0, 1.0);
      }
      if (explain && labelled) {
        for (JsonNode span : m.get("evidence")) {
          if (!span.get("start").isNull()) {
            String text = batch.get(i).text();
            assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                .isEqualTo(span.get("text").asText());
          }
        }
      }
    }
  }

  @Property(tries = 150)
  void anyJsonGetsAJsonAnswerNeverAServerError(@ForAll("json") String json) {
    answered(post(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 100)
  void anyBytesGetAJsonAnswerNeverAServerError(@ForAll("bytes") byte[] body) {
    answered(post(body));
  }

  @Property(tries = 60)
  void anyTextGetsAJsonAnswerNeverAServerError(@ForAll("texts") String text, @ForAll("langs") String lang) {
    HttpResponse<String> r = post(("{\"text\": " + escape(text) + (lang == null ? "" : ", \"lang\": " + lang)
        + ", \"explain\": true}").getBytes(StandardCharsets.UTF_8));
    JsonNode answer = answered(r);
    if (r.statusCode() == 200) {
      assertThat(answer.get("id").asText()).isEqualTo("1");
      assertThat(answer.get("label").isNull()).isNotEqualTo(answer.get("error").isNull());
    }
  }

  static HttpResponse<String> post(byte[] body) {
    return api.send(api.request("/v1/classify").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Checks the answer is no server error and is JSON: an error object for a 4xx; returns it. */
  static JsonNode answered(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 499);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode answer = TestServer.json(r);
    if (r.statusCode() >= 400) {
      assertThat(answer.get("error").get("status").asInt()).isEqualTo(r.statusCode());
      assertThat(answer.get("error").get("code").asText()).isNotBlank();
    }
    return answer;
  }

  /** A JSON string literal for any Java string, lone surrogates included (as escapes, which JSON allows). */
  static String escape(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> scripts = Arbitraries.strings()
        .withCharRange(' ', '~').withCharRange('\u0600', '\u06FF').withCharRange('\u0900', '\u097F')
        .withCharRange('\u0B80', '\u0BFF').withCharRange('\uD800', '\uDFFF')
        .withChars('ä', 'ö', '\u0000', '\t', '\n', '\u200F', '\u202E', '\u001B', '\u0085', '\uFEFF', '\uFFFD', '★', '𝐆')
        .ofMaxLength(200);
    Arbitrary<String> words = Arbitraries.of("great service", "terrible, nobody answered", "सेवा अच्छी नहीं थी",
        "Palvelu oli hyvää", "آرڈر وقت پر مل گیا", "ஆர்டர் வரவில்லை", "👍👍", "9/10", "", "   ",
        "<script>alert(1)</script>", "'; DROP TABLE messages; --", "\u202Eevil", "𝐓𝐡𝐞 𝐬𝐞𝐫𝐯𝐢𝐜𝐞 𝐰𝐚𝐬 𝐧𝐨𝐭 𝐠𝐨𝐨𝐝");
    Arbitrary<String> long_ = Arbitraries.of("a ", "सेवा ", "👍", "\uD800").flatMap(w ->
        Arbitraries.integers().between(MAX_CHARS / 4, MAX_CHARS / 2 + 1).map(w::repeat));
    return Arbitraries.frequencyOf(Tuple.of(4, scripts), Tuple.of(4, words), Tuple.of(2, Arbitraries.strings().all()
        .ofMaxLength(80)), Tuple.of(1, long_));
  }

  @Provide
  Arbitrary<String> langs() {
    return Arbitraries.of(null, "\"hi\"", "\"fi\"", "\"ur\"", "\"ta\"", "\"en\"", "\"EN\"", "\"Hindi\"", "\"xx\"", "\"\"",
        "null", "\"\\u0000\"");
  }

  @Provide
  Arbitrary<List<Sent>> batches() {
    Arbitrary<String> ids = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(null)), Tuple.of(1, Arbitraries.just("null")),
        Tuple.of(2, Arbitraries.integers().between(-1_000_000, 1_000_000).map(String::valueOf)),
        Tuple.of(3, texts().map(HostileBodiesProperties::escape)));
    Arbitrary<Sent> sent = Combinators.combine(texts(), ids, langs()).as(Sent::new);
    return sent.list().ofMinSize(1).ofMaxSize(MAX_BATCH);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
  }

  /** JSON of any shape, from nothing like a request to one field away from one. */
  @Provide
  Arbitrary<String> json() {
    return value(4);
  }

  private Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(
        texts().map(HostileBodiesProperties::escape),
        Arbitraries.of("null", "true", "false", "0", "-0", "1e308", "-1.5E-7", "12345678901234567890123", "1e999"),
        Arbitraries.integers().map(String::valueOf));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> key = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of("text", "messages", "lang", "id", "explain")),
        Tuple.of(1, texts().map(HostileBodiesProperties::escape).map(k -> k.substring(1, k.length() - 1))));
    Arbitrary<String> member = Combinators.combine(key, value(depth - 1)).as((k, v) -> "\"" + k + "\": " + v);
    Arbitrary<String> object = member.list().ofMaxSize(5).map(ms -> "{" + String.join(", ", ms) + "}");
    Arbitrary<String> array = value(depth - 1).list().ofMaxSize(5).map(vs -> "[" + String.join(", ", vs) + "]");
    Arbitrary<String> batch = object.list().ofMinSize(0).ofMaxSize(4).map(ms -> "{\"messages\": [" + String.join(", ", ms) + "]}");
    return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(4, object), Tuple.of(2, array), Tuple.of(2, batch));
  }
}

package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;

/** The API's happy paths over real HTTP, in all five languages. */
class ApiServerTest {
  static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hi | डिलीवरी देर से आई और सेवा अच्छी नहीं थी। तीन बार शिकायत की, कोई जवाब नहीं। | poor | script",
      "fi | Huoltomies huomasi, että palovaroittimen paristo oli loppumassa, ja vaihtoi sen veloituksetta. Aivan mahtavaa palvelua! | exceptional | model",
      "ur | آرڈر وقت پر مل گیا، سب ٹھیک تھا۔ | good | script",
      "ta | மூன்று வாரமாக இணைய இணைப்பு வேலை செய்யவில்லை. ஐந்து முறை புகார் கொடுத்தும் யாரும் வரவில்லை. | poor | script",
      "en | Nobody answered my emails for two weeks and the refund never arrived. | poor | model"})
  void oneMessageInEachLanguage(String lang, String text, String label, String source) {
    HttpResponse<String> r = api.classify("{\"text\": " + TestServer.quote(text) + ", \"id\": \"t-" + lang + "\", \"explain\": true}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode m = TestServer.json(r);
    assertThat(m.get("id").asText()).isEqualTo("t-" + lang);
    assertThat(m.get("lang").asText()).isEqualTo(lang);
    assertThat(m.get("lang_source").asText()).isIn(source, "fallback");
    assertThat(m.get("label").asText()).isEqualTo(label);
    assertThat(m.get("error").isNull()).isTrue();
    double sum = m.get("p_exceptional").asDouble() + m.get("p_good").asDouble() + m.get("p_poor").asDouble();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.get("confidence").asDouble()).isEqualTo(m.get("p_" + label).asDouble());
    assertThat(m.get("needs_review").isBoolean()).isTrue();
    assertThat(m.get("tokens").asInt()).isPositive();
    assertThat(m.get("evidence")).isNotEmpty();
    for (JsonNode span : m.get("evidence")) {
      int start = span.get("start").asInt();
      int end = span.get("end").asInt();
      assertThat(text.substring(start, end)).as("span %s stands in the text", span).isEqualTo(span.get("text").asText());
    }
  }

  @Test
  void romanisedMessagesComeBackAsTheirLanguageInLatinScript() {
    HttpResponse<String> r = api.classify("{\"messages\": [{\"text\": \"bohat bakwas service hai, 4 dafa complaint ki, "
        + "koi call nahi uthata\"}, {\"text\": \"service romba nalla irundhuchu, ellam correct ah nadandhuchu\"}, "
        + "{\"text\": \"सेवा बहुत अच्छी थी\"}]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = TestServer.json(r).get("results");
    assertThat(results.get(0).get("lang").asText()).isEqualTo("ur");
    assertThat(results.get(0).get("script").asText()).isEqualTo("Latn");
    assertThat(results.get(0).get("label").asText()).isEqualTo("poor");
    assertThat(results.get(1).get("lang").asText()).isEqualTo("ta");
    assertThat(results.get(1).get("script").asText()).isEqualTo("Latn");
    assertThat(results.get(2).get("script").asText()).isEqualTo("Deva");
  }

  @Test
  void aBatchComesBackInOrderWithTheSameAnswersAsClassify() throws Exception {
    List<String> texts = List.of("सेवा बहुत अच्छी थी", "Paketti tuli luvattuna päivänä ja kaikki oli kunnossa.",
        "ریفنڈ کا وعدہ دو ہفتے پہلے کیا تھا، ابھی تک ایک روپیہ نہیں آیا۔", "ஆர்டர் சரியான நேரத்தில் வந்தது",
        "great, another 2 hours on hold 🙄", "", "Le service était correct, sans plus.", "9/10 👍");
    StringBuilder body = new StringBuilder("{\"messages\": [");
    for (int i = 0; i < texts.size(); i++) {
      body.append(i > 0 ? ", " : "").append("{\"text\": ").append(TestServer.quote(texts.get(i))).append("}");
    }
    HttpResponse<String> r = api.classify(body + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = TestServer.json(r).get("results");
    assertThat(results).hasSize(texts.size());
    try (BatchClassifier classify = new BatchClassifier(TestServer.classifier(), BatchOptions.of("text"))) {
      for (int i = 0; i < texts.size(); i++) {
        JsonNode m = results.get(i);
        Prediction p = classify.classify(SourceRow.of(i + 1, java.util.Map.of("text", texts.get(i))));
        assertThat(m.get("id").asText()).as("position is the id").isEqualTo(String.valueOf(i + 1));
        assertThat(m.get("lang").asText()).isEqualTo(p.lang());
        assertThat(m.get("label").isNull() ? null : m.get("label").asText()).isEqualTo(p.label().map(l -> l.id()).orElse(null));
        assertThat(m.get("error").isNull() ? "" : m.get("error").asText()).isEqualTo(p.error());
        if (p.ok()) {
          assertThat(m.get("confidence").asDouble()).isEqualTo(p.confidence());
        } else {
          assertThat(m.get("confidence").isNull()).isTrue();
        }
      }
    }
    assertThat(results.get(5).get("error").asText()).isEqualTo("empty text");
    assertThat(results.get(6).get("lang").asText()).isEqualTo("und");
    assertThat(results.get(6).get("error").asText()).contains("French");
    assertThat(results.get(7).get("lang").asText()).isEqualTo("und");
    assertThat(results.get(7).get("label").asText()).isEqualTo("exceptional");
  }

  @Test
  void aDeclaredLanguageWinsAndAnUnsupportedOneIsThatMessagesError() {
    JsonNode r = TestServer.json(api.classify("{\"messages\": [{\"text\": \"hyvä\", \"lang\": \"fi\", \"id\": 41},"
        + " {\"text\": \"good\", \"lang\": \"fr\", \"id\": \"x\"}, {\"text\": \"good service\", \"lang\": null}]}"));
    JsonNode results = r.get("results");
    assertThat(results.get(0).get("id").asText()).isEqualTo("41");
    assertThat(results.get(0).get("lang").asText()).isEqualTo("fi");
    assertThat(results.get(0).get("lang_source").asText()).isEqualTo("declared");
    assertThat(results.get(1).get("error").asText()).contains("'fr'").contains("not supported");
    assertThat(results.get(1).get("label").isNull()).isTrue();
    assertThat(results.get(2).get("lang").asText()).isEqualTo("en");
  }

  @Test
  void evidenceWithoutExplainIsNotSent() {
    JsonNode m = TestServer.json(api.classify("{\"text\": \"the service was not good\"}"));
    assertThat(m.has("evidence")).isFalse();
    assertThat(m.has("lang_source")).isTrue();
    assertThat(m.get("label").asText()).isEqualTo("poor");
  }

  @Test
  void ratingsAndSymbolsArePlacedInTheText() {
    String text = "Rated 9/10 👍";
    JsonNode m = TestServer.json(api.classify("{\"text\": " + TestServer.quote(text) + ", \"explain\": true}"));
    assertThat(m.get("evidence")).isNotEmpty();
    for (JsonNode span : m.get("evidence")) {
      assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    }
    assertThat(api.classify("{\"text\": \"👍\"}").body()).as("an emoji is written as UTF-8, not escaped").doesNotContain("\\u");
  }

  @Test
  void healthAndModels() {
    HttpResponse<String> h = api.get("/healthz");
    assertThat(h.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(h).get("status").asText()).isEqualTo("ok");
    JsonNode models = TestServer.json(api.get("/v1/models")).get("models");
    assertThat(models).hasSize(TestServer.classifier().models().size());
    for (JsonNode card : models) {
      Lang lang = Lang.parse(card.get("lang").asText()).orElseThrow();
      assertThat(card.get("modelSha256").asText())
          .isEqualTo(TestServer.classifier().models().get(lang).card().modelSha256());
      assertThat(card.get("test").get("macroF1").asDouble()).isPositive();
    }
  }

  @Test
  void thePageIsServedWithItsTypesAndASafePolicy() {
    HttpResponse<String> index = api.get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t.toLowerCase()).startsWith("text/html").contains("utf-8"));
    assertThat(index.body()).contains("सेवा");
    assertThat(index.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    String csp = index.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe-inline")
        .doesNotContain("http");
    assertThat(api.get("/app.js").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(api.get("/style.css").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(api.get("/index.html").statusCode()).isEqualTo(200);
    for (String outside : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/web-test/index.html", "/org/servicesignals/server/ApiServer.class",
        "/models/en.card.json")) {
      HttpResponse<String> r = api.get(outside);
      assertThat(r.statusCode()).as(outside).isIn(400, 404);
      assertThat(TestServer.json(r).get("error").get("status").asInt()).isEqualTo(r.statusCode());
    }
  }

  @Test
  void apiAnswersAreNotCachedAndCarryTheSecurityHeaders() {
    HttpResponse<String> r = api.classify("{\"text\": \"ok\"}");
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(r.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void withoutAPageTheRootIsNotFound() {
    try (TestServer bare = TestServer.start(o -> o.withStaticRoot("/no-such-folder"))) {
      assertThat(bare.server.servesPage()).isFalse();
      assertThat(bare.get("/").statusCode()).isEqualTo(404);
      assertThat(bare.get("/healthz").statusCode()).isEqualTo(200);
    }
    assertThat(Optional.of(api.server.servesPage())).contains(true);
  }
}

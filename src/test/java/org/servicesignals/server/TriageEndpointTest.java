package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /v1/triage} over real HTTP: each kind of file, pasted text, the downloads, and bad requests. */
class TriageEndpointTest {
  private static final Path MBOX = Path.of("src/test/resources/web-page/small.mbox");
  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResponse<String> upload(String query, String contentType, byte[] body) {
    HttpRequest.Builder r = api.request("/v1/triage" + query).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    return api.send(r);
  }

  private static HttpResponse<String> file(String name, byte[] body) {
    return upload("?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/octet-stream", body);
  }

  private static HttpResponse<String> file(Path path) throws IOException {
    return file(path.getFileName().toString(), Files.readAllBytes(path));
  }

  private static HttpResponse<String> paste(String text) {
    return upload("", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return TestServer.json(r);
  }

  private static List<String> field(JsonNode queue, String name) {
    List<String> out = new ArrayList<>();
    queue.get("messages").forEach(m -> out.add(m.get(name).isNull() ? null : m.get(name).asText()));
    return out;
  }

  /** Every placed evidence span stands in the text where its offsets say. */
  private static void evidenceStandsInText(JsonNode queue) {
    for (JsonNode m : queue.get("messages")) {
      String text = m.get("text").asText();
      for (JsonNode e : m.get("evidence")) {
        if (!e.get("start").isNull()) {
          assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
        }
      }
    }
  }

  @Test
  void aMailboxIsTheQueuePoorFirstWithItsBrokenMessageAndItsError() throws IOException {
    JsonNode q = ok(file(MBOX));
    assertThat(q.get("source").asText()).isEqualTo("small.mbox");
    assertThat(q.get("count").asInt()).isEqualTo(5);
    assertThat(q.get("groups").toString()).isEqualTo("{\"poor\":3,\"unread\":1,\"good\":0,\"kudos\":1}");
    assertThat(field(q, "group")).containsExactly("poor", "poor", "poor", "unread", "kudos");
    assertThat(field(q, "label")).containsExactly("poor", "poor", "poor", null, "exceptional");
    List<Double> poor = field(q, "confidence").subList(0, 3).stream().map(Double::valueOf).toList();
    assertThat(poor).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    JsonNode broken = q.get("messages").get(3);
    assertThat(broken.get("id").asText()).isEqualTo("5");
    assertThat(broken.get("error").asText()).isEqualTo(
        "small.mbox message 5: the message is cut short: a multipart part has no closing boundary");
    assertThat(broken.get("from").asText()).isEqualTo("Tom Reid <tom@example.com>");
    JsonNode urdu = null; // one of the three poor, wherever its confidence puts it
    for (int i = 0; i < 3; i++) {
      urdu = "ur".equals(q.get("messages").get(i).get("lang").asText()) ? q.get("messages").get(i) : urdu;
    }
    assertThat(urdu).as("the Urdu message among the poor").isNotNull();
    assertThat(urdu.get("from").asText()).isEqualTo("فرح علی <farah@example.com>");
    assertThat(urdu.get("text").asText()).startsWith("رقم واپسی\n\n");
    evidenceStandsInText(q);
  }

  @Test
  void oneMessageFileIsRead() throws IOException {
    JsonNode q = ok(file(Path.of("src/test/resources/mail/apple-reply.eml")));
    assertThat(q.get("count").asInt()).isEqualTo(1);
    JsonNode m = q.get("messages").get(0);
    assertThat(m.get("error").isNull()).as(m.toString()).isTrue();
    assertThat(m.get("message_id").asText()).isNotEmpty();
    assertThat(m.get("label").asText()).isIn("poor", "good", "exceptional");
    evidenceStandsInText(q);
  }

  @Test
  void aSurveyExportIsReadFromItsFirstColumnOfWords() throws IOException {
    Path csv = Path.of("corpora/samples/survey-export.csv");
    JsonNode q = ok(file(csv));
    long rows = Files.readAllLines(csv).stream().skip(1).filter(l -> l.startsWith("R-")).count();
    assertThat(q.get("count").asInt()).isEqualTo((int) rows);
    String firstComment = Files.readAllLines(csv).get(1).split(",\"", 2)[1];
    assertThat(field(q, "text")).anySatisfy(t -> assertThat(firstComment).startsWith(t.substring(0, 20)));
    assertThat(field(q, "id")).doesNotHaveDuplicates();
    evidenceStandsInText(q);
  }

  @Test
  void aTableKeepsItsIdsAndDeclaredLanguages() {
    String csv = "id,lang,comment,stars\nA-7,fi,\"Tilaus ei ollut hyvää, odotin kolme viikkoa.\",1\n"
        + "A-8,fr,\"Le service était correct, sans plus.\",3\n";
    JsonNode q = ok(file("export.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(field(q, "id")).containsExactly("A-7", "A-8");
    assertThat(field(q, "lang")).containsExactly("fi", "und");
    assertThat(field(q, "label")).containsExactly("poor", null);
    assertThat(q.get("messages").get(1).get("error").asText()).contains("'fr'").contains("not supported");
  }

  @Test
  void textFilesArePastedTextAreOneMessageALineOrBlankLineSeparated() {
    JsonNode lines = ok(file("notes.txt", "Great service, thank you!\nTilaus ei ollut hyvää.\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(lines.get("count").asInt()).isEqualTo(2);
    assertThat(field(lines, "text")).containsExactly("Tilaus ei ollut hyvää.", "Great service, thank you!");
    assertThat(field(lines, "id")).containsExactly("2", "1");
    JsonNode pasted = ok(paste("Great service,\nthank you so much!\n\n  \nTilaus ei ollut hyvää,\nodotin kolme viikkoa.\n"));
    assertThat(pasted.get("source").asText()).isEqualTo("pasted text");
    assertThat(field(pasted, "text")).containsExactly("Tilaus ei ollut hyvää,\nodotin kolme viikkoa.",
        "Great service,\nthank you so much!");
    assertThat(field(pasted, "id")).containsExactly("2", "1");
  }

  @Test
  void theQueueDownloadsAsCsvWithFormulasNeutralisedAndAsJsonLinesForAdapt() throws IOException {
    HttpResponse<String> csv = upload("?format=csv", "text/plain", "=HYPERLINK(\"http://x\") terrible service\n"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"queue.csv\"");
    assertThat(csv.body().lines().findFirst()).contains("id,position,lang,label,confidence,p_exceptional,p_good,p_poor,"
        + "error,needs_review,script,lang_confidence,lang_source,evidence,known_tokens,tokens,text");
    assertThat(csv.body()).contains(",\"'=HYPERLINK(\"\"http://x\"\") terrible service\"");

    HttpResponse<String> jsonl = upload("?name=small.mbox&format=jsonl", "application/octet-stream", Files.readAllBytes(MBOX));
    assertThat(jsonl.statusCode()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    for (String line : jsonl.body().split("\n")) {
      rows.add(TestServer.JSON.readTree(line));
    }
    assertThat(rows).hasSize(5);
    assertThat(rows).allSatisfy(r -> assertThat(r.has("id") && r.has("label") && r.has("lang") && r.has("text")).isTrue());
    assertThat(rows.stream().map(r -> r.get("label").asText()).toList()).startsWith("poor", "poor", "poor");
    assertThat(rows.get(0).get("from").asText()).isEqualTo("Antti Salo <antti@example.com>");
  }

  @ParameterizedTest(name = "{0} {1} -> {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "?name=inbox.mbox | | 415 | unsupported_media_type",
      "?name=inbox.mbox | multipart/form-data; boundary=x | 415 | unsupported_media_type",
      "?name=inbox.mbox | application/json | 415 | unsupported_media_type",
      "?name=report.pdf | application/octet-stream | 415 | unsupported_media_type",
      "?name= | application/octet-stream | 400 | missing_field",
      "?format=xml | text/plain | 400 | wrong_value",
      "?name=empty.csv | application/octet-stream | 422 | unreadable_file",
  })
  void badRequestsAreAnsweredWithTheirStatusAndAJsonError(String query, String type, int status, String code) {
    HttpResponse<String> r = upload(query, type, query.contains("empty")
        ? new byte[0] : "Great service".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(TestServer.json(r).at("/error/code").asText()).isEqualTo(code);
    assertThat(ok(paste("Great service")).get("count").asInt()).as("the server answers after").isEqualTo(1);
  }

  @Test
  void aTableWithNoColumnOfWordsIsUnreadable() {
    HttpResponse<String> r = file("ratings.csv", "id,stars\nR-1,5\nR-2,1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(r).at("/error/message").asText()).contains("ratings.csv").contains("no column holds the messages");
  }

  @Test
  void pastedTextThatIsNotUtf8IsRefusedWithTheOffset() {
    HttpResponse<String> r = upload("", "text/plain", new byte[] {'o', 'k', ' ', (byte) 0xE4, 'x'});
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(r).at("/error/code").asText()).isEqualTo("invalid_utf8");
  }

  @Test
  void aCompressedBodyIsRefused() {
    HttpResponse<String> r = api.send(api.request("/v1/triage?name=a.txt").header("Content-Type", "text/plain")
        .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("x")));
    assertThat(r.statusCode()).isEqualTo(415);
  }

  @Test
  void theWrongMethodIs405() {
    HttpResponse<String> r = api.get("/v1/triage");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).contains("POST");
  }

  @Test
  void limitsOfBodyAndMessagesAreThoseOfClassify() throws IOException {
    try (TestServer small = TestServer.start(o -> o.withLimits(1024, 2, 1000))) {
      HttpResponse<String> big = small.send(small.request("/v1/triage?name=small.mbox")
          .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(MBOX))));
      assertThat(big.statusCode()).isEqualTo(413);
      assertThat(TestServer.json(big).at("/error/code").asText()).isEqualTo("body_too_large");
      HttpResponse<String> many = small.send(small.request("/v1/triage").header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("one\ntwo\nthree")));
      assertThat(many.statusCode()).isEqualTo(413);
      assertThat(TestServer.json(many).at("/error/code").asText()).isEqualTo("batch_too_large");
      assertThat(TestServer.json(many).at("/error/message").asText()).contains("more than 2 messages");
    }
  }

  @Test
  void triageIsCountedByRoute() {
    ok(paste("Great service"));
    String metrics = api.get("/metrics").body();
    assertThat(metrics).contains("service_signals_http_requests_total{method=\"POST\",route=\"/v1/triage\",status=\"200\"}");
  }
}

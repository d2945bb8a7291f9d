package org.servicesignals.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.EvidenceSpan;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;

/**
 * The answer to {@code POST /v1/classify}: per message its {@code id} and the columns
 * {@code classify} writes ({@link PredictionColumns}: {@code lang label confidence p_exceptional
 * p_good p_poor error needs_review script lang_confidence}; {@code error} is null when the message was classified), always
 * with {@code lang_source}, and with {@code explain}
 * {@code evidence} as spans {@code {"text", "start", "end"}} (offsets into the message's text; a
 * rating or symbol at its first place in the text; null when the evidence is not in the text as
 * written, such as a word only in its analysed form) plus {@code known_tokens} and {@code tokens}.
 * A single message is answered with its object, a batch with {@code {"results": [...]}} in request order.
 */
final class ClassifyResponse {
  private static final List<String> FIRST = List.of(ClassifyRequest.ID, "lang", "lang_source");
  private static final PredictionColumns PLAIN = PredictionColumns.beside(List.of(ClassifyRequest.ID), false);
  private static final PredictionColumns EXPLAINED = PredictionColumns.beside(List.of(ClassifyRequest.ID), true);
  /** UTF-8 as it is: an emoji is four bytes, not two escaped surrogates. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private ClassifyResponse() {}

  static byte[] write(ClassifyRequest request, List<Prediction> predictions) {
    PredictionColumns columns = request.explain() ? EXPLAINED : PLAIN;
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * predictions.size());
    try (JsonGenerator g = JSON.createGenerator(out)) {
      if (request.batch()) {
        g.writeStartObject();
        g.writeArrayFieldStart("results");
      }
      for (int i = 0; i < predictions.size(); i++) {
        write(g, columns, request.rows().get(i), predictions.get(i));
      }
      if (request.batch()) {
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, PredictionColumns columns, SourceRow row, Prediction p) throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(ClassifyRequest.ID, p.id());
    values.put("lang_source", p.langSource().id());
    columns.put(values, p);
    g.writeStartObject();
    for (String name : FIRST) {
      value(g, name, values.get(name));
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (FIRST.contains(e.getKey())) {
        continue;
      }
      if (e.getKey().equals("evidence")) {
        evidence(g, row.fields().get(ClassifyRequest.TEXT), p.evidence());
      } else if (e.getKey().equals("error")) {
        value(g, "error", p.ok() ? null : p.error()); // null when fine, as JSON says "nothing"
      } else {
        value(g, e.getKey(), e.getValue());
      }
    }
    g.writeEndObject();
  }

  static void evidence(JsonGenerator g, String text, List<String> evidence) throws IOException {
    g.writeArrayFieldStart("evidence");
    for (String e : evidence) {
      EvidenceSpan span = text == null ? EvidenceSpan.parse(e) : EvidenceSpan.parse(e).placedIn(text);
      g.writeStartObject();
      g.writeStringField("text", span.text());
      if (text != null && span.standsIn(text)) {
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
      } else {
        g.writeNullField("start");
        g.writeNullField("end");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void value(JsonGenerator g, String name, Object v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else if (v instanceof String s) {
      g.writeStringField(name, s);
    } else if (v instanceof Double d) {
      g.writeNumberField(name, d);
    } else if (v instanceof Boolean b) {
      g.writeBooleanField(name, b);
    } else if (v instanceof Integer n) {
      g.writeNumberField(name, n);
    } else if (v instanceof Long n) {
      g.writeNumberField(name, n);
    } else {
      g.writeStringField(name, v.toString());
    }
  }
}

package org.servicesignals.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.classify.TriageOrder;
import org.servicesignals.core.Prediction;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.mail.MailColumns;
import org.servicesignals.io.upload.Uploads;

/**
 * The answer to {@code POST /v1/triage}, the queue in order, as JSON for the page — {@code {"source",
 * "count", "groups": {"poor", "unread", "good", "kudos"}, "messages": [...]}}, each message with its
 * {@code position} in the upload, {@code id}, {@code group}, a mail message's {@code message_id from
 * date subject}, the {@code classify} columns, {@code lang_source}, {@code evidence} as spans
 * {@code {"text", "start", "end"}} (as {@code /v1/classify} gives them) into {@code text}, the text
 * that was classified — or as the CSV or JSON Lines {@code triage} writes ({@link Outputs}: formula
 * cells neutralised in CSV), one row a message with {@code id position}, the mail columns, the
 * {@code classify} and explanation columns and {@code text}: with {@code id}, {@code label},
 * {@code lang} and {@code text}, a JSON Lines file is both a scored export and a corrections file
 * for {@code adapt}.
 */
final class TriageResponse {
  /** What the queue is written as. */
  enum Format {
    JSON("json", ErrorBody.CONTENT_TYPE), CSV("csv", "text/csv; charset=utf-8"),
    JSONL("jsonl", "application/jsonl; charset=utf-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    String extension() {
      return extension;
    }

    String contentType() {
      return contentType;
    }
  }

  private static final List<String> FIRST = List.of(Uploads.ID, "position");
  private static final List<String> MAIL = MailColumns.MESSAGE.subList(0, 4);
  /** UTF-8 as it is: an emoji is four bytes, not two escaped surrogates. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private TriageResponse() {}

  static byte[] write(String source, List<TriageHandler.Scored> queue, Format format) {
    boolean mail = queue.stream().anyMatch(s -> !s.message().about().isEmpty());
    List<String> first = new ArrayList<>(FIRST);
    if (mail) {
      first.addAll(MAIL);
    }
    PredictionColumns columns = PredictionColumns.beside(first, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * queue.size() + 256);
    try {
      if (format == Format.JSON) {
        json(out, source, queue, columns, mail);
      } else {
        List<String> names = new ArrayList<>(first);
        names.addAll(columns.names());
        names.add(Uploads.TEXT);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (RowSink sink = Outputs.open(w, format == Format.CSV ? Outputs.Format.CSV : Outputs.Format.JSONL, names)) {
          for (TriageHandler.Scored s : queue) {
            sink.write(row(s, columns, mail));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /** One message's columns, in order: id, position, mail columns, prediction columns, text. */
  private static Map<String, Object> row(TriageHandler.Scored s, PredictionColumns columns, boolean mail) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(Uploads.ID, s.message().id());
    row.put("position", s.message().position());
    if (mail) {
      for (String c : MAIL) {
        row.put(c, s.message().about().getOrDefault(c, ""));
      }
    }
    columns.put(row, s.prediction());
    row.put(Uploads.TEXT, s.message().text());
    return row;
  }

  private static void json(ByteArrayOutputStream out, String source, List<TriageHandler.Scored> queue,
      PredictionColumns columns, boolean mail) throws IOException {
    Map<TriageOrder.Group, Integer> groups = new EnumMap<>(TriageOrder.Group.class);
    for (TriageOrder.Group g : TriageOrder.Group.values()) {
      groups.put(g, 0);
    }
    queue.forEach(s -> groups.merge(TriageOrder.group(s.prediction()), 1, Integer::sum));
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeNumberField("count", queue.size());
      g.writeObjectFieldStart("groups");
      for (Map.Entry<TriageOrder.Group, Integer> e : groups.entrySet()) {
        g.writeNumberField(e.getKey().id(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("messages");
      for (TriageHandler.Scored s : queue) {
        Prediction p = s.prediction();
        Map<String, Object> row = row(s, columns, mail);
        g.writeStartObject();
        for (Map.Entry<String, Object> e : row.entrySet()) {
          switch (e.getKey()) {
            case "evidence" -> ClassifyResponse.evidence(g, s.message().text(), p.evidence());
            case "error" -> ClassifyResponse.value(g, "error", p.ok() ? null : p.error());
            default -> ClassifyResponse.value(g, e.getKey(), e.getValue());
          }
          if (e.getKey().equals("position")) {
            g.writeStringField("group", TriageOrder.group(p).id());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}

package org.servicesignals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.TriageOrder;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Prediction;
import org.servicesignals.io.upload.TooManyMessages;
import org.servicesignals.io.upload.UploadedMessage;
import org.servicesignals.io.upload.Uploads;

/**
 * {@code POST /v1/triage?name=FILE[&format=json|csv|jsonl]}: the body is a file — mail
 * ({@code .eml}, {@code .mbox}), a table or text ({@code .csv .tsv .txt .jsonl .xlsx}) — or, without
 * {@code name}, pasted text (UTF-8, messages separated by blank lines, else one a line). The file is
 * read ({@link Uploads}) and every message classified with evidence by the rules of {@code classify}
 * on a worker ({@link Workers}), and the queue is answered in {@link TriageOrder}: poor first, then
 * the messages that could not be classified, good, and exceptional as kudos ({@link TriageResponse}).
 * A broken message comes back with its error; a file that cannot be read at all is 422, more
 * messages than {@code --max-batch} 413, a name the queue does not read 415.
 */
final class TriageHandler implements Handler {
  static final String NAME = "name";
  static final String FORMAT = "format";

  private final BatchClassifier explaining;
  private final Workers workers;
  private final ServerMetrics metrics;
  private final ServerOptions options;

  /** @param explaining classifies with evidence, reading the columns {@code text}, {@code id} and {@code lang} */
  TriageHandler(BatchClassifier explaining, Workers workers, ServerMetrics metrics, ServerOptions options) {
    this.explaining = explaining;
    this.workers = workers;
    this.metrics = metrics;
    this.options = options;
  }

  /** A classified message, for sorting. */
  record Scored(UploadedMessage message, Prediction prediction) {}

  @Override
  public void handle(Context ctx) {
    long deadline = System.nanoTime() + options.requestTimeout().toNanos();
    TriageResponse.Format format = format(ctx.queryParam(FORMAT));
    String name = ctx.queryParam(NAME);
    if (name != null && name.isBlank()) {
      throw new ApiError(400, "missing_field", "'name' is empty: give the file's name, such as ?name=inbox.mbox, "
          + "or leave it out for pasted text", NAME, java.util.Map.of());
    }
    if (name != null && !Uploads.readable(name)) {
      throw ApiError.of(415, "unsupported_media_type", "'" + RequestBody.clip(name) + "' is not a file the queue reads: send "
          + String.join(" ", Uploads.EXTENSIONS) + ", or pasted text without a name").at(NAME);
    }
    byte[] body = RequestBody.readFile(ctx, options.maxBodyBytes(), deadline);
    String pasted = name == null ? RequestBody.utf8(body) : null;
    CompletableFuture<List<Scored>> classified = workers.submit(stop -> {
      List<UploadedMessage> messages;
      try {
        messages = pasted != null ? Uploads.pasted(pasted, options.maxBatch())
            : Uploads.read(name, new ByteArrayInputStream(body), options.maxBatch());
      } catch (TooManyMessages e) {
        throw new ApiError(413, "batch_too_large", e.getMessage(), name == null ? null : NAME, java.util.Map.of());
      } catch (InputException e) {
        throw new ApiError(422, "unreadable_file", e.getMessage(), NAME, java.util.Map.of());
      }
      List<Scored> out = new ArrayList<>(messages.size());
      for (UploadedMessage m : messages) {
        if (stop.getAsBoolean()) {
          break; // answered 504 already
        }
        out.add(new Scored(m, explaining.classify(m.row())));
      }
      return out;
    }, deadline);
    String source = name == null ? "pasted text" : name;
    ctx.future(() -> classified.thenAccept(queue -> {
      queue.forEach(s -> metrics.classified(s.prediction()));
      List<Scored> sorted = new ArrayList<>(queue);
      sorted.sort(TriageOrder.by(Scored::prediction));
      ctx.status(200).contentType(format.contentType());
      if (format != TriageResponse.Format.JSON) {
        ctx.header("Content-Disposition", "attachment; filename=\"queue." + format.extension() + "\"");
      }
      ctx.result(TriageResponse.write(source, sorted, format));
    }));
  }

  private static TriageResponse.Format format(String value) {
    if (value == null || value.isEmpty()) {
      return TriageResponse.Format.JSON;
    }
    for (TriageResponse.Format f : TriageResponse.Format.values()) {
      if (f.extension().equals(value.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw ApiError.badField("wrong_value", FORMAT, "'format' is '" + RequestBody.clip(value) + "': use json, csv or jsonl");
  }
}

package org.servicesignals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;

/**
 * {@code POST /v1/classify}: reads and checks the request ({@link RequestBody},
 * {@link ClassifyRequest}) on the thread that received it, classifies every message on a worker
 * ({@link Workers}), without holding the request's thread while it waits, by the rules of {@code classify} ({@link BatchClassifier}: a message that
 * cannot be classified comes back with its error), and answers ({@link ClassifyResponse}). A
 * request past its deadline is answered then (503 while it waits, 504 while it runs), and its
 * worker stops before the next message.
 */
final class ClassifyHandler implements Handler {
  private final BatchClassifier plain;
  private final BatchClassifier explaining;
  private final Workers workers;
  private final ServerMetrics metrics;
  private final ServerOptions options;

  /**
   * @param plain classifies without evidence; {@code explaining} with it (both reading the columns
   *     {@code text}, {@code id} and {@code lang})
   */
  ClassifyHandler(BatchClassifier plain, BatchClassifier explaining, Workers workers, ServerMetrics metrics,
      ServerOptions options) {
    this.plain = plain;
    this.explaining = explaining;
    this.workers = workers;
    this.metrics = metrics;
    this.options = options;
  }

  @Override
  public void handle(Context ctx) {
    long deadline = System.nanoTime() + options.requestTimeout().toNanos();
    String body = RequestBody.readJson(ctx, options.maxBodyBytes(), deadline);
    ClassifyRequest request = ClassifyRequest.parse(body, options.maxBatch(), options.maxChars());
    BatchClassifier batch = request.explain() ? explaining : plain;
    CompletableFuture<List<Prediction>> classified = workers.submit(stop -> {
      List<Prediction> out = new ArrayList<>(request.rows().size());
      for (SourceRow row : request.rows()) {
        if (stop.getAsBoolean()) {
          break; // answered 504 already
        }
        out.add(batch.classify(row));
      }
      return out;
    }, deadline);
    ctx.future(() -> classified.thenAccept(predictions -> {
      predictions.forEach(metrics::classified);
      ctx.status(200).contentType(ErrorBody.CONTENT_TYPE).result(ClassifyResponse.write(request, predictions));
    }));
  }
}

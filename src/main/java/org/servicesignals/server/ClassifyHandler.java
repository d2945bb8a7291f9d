package org.servicesignals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;

/**
 * {@code POST /v1/classify}: reads and checks the request ({@link RequestBody},
 * {@link ClassifyRequest}), waits for a worker ({@link Admission}), classifies every message by
 * the rules of {@code classify} ({@link BatchClassifier}: a message that cannot be classified
 * comes back with its error) and answers ({@link ClassifyResponse}).
 *
 * <p>A request is classified on the thread that read it, one message after another: under load
 * the workers keep every core busy with no hand-off between threads, and a request past its
 * deadline stops between two messages (504) instead of holding its worker.
 */
final class ClassifyHandler implements Handler {
  private final BatchClassifier plain;
  private final BatchClassifier explaining;
  private final Admission admission;
  private final ServerMetrics metrics;
  private final ServerOptions options;

  /**
   * @param plain classifies without evidence; {@code explaining} with it (both reading the columns
   *     {@code text}, {@code id} and {@code lang})
   */
  ClassifyHandler(BatchClassifier plain, BatchClassifier explaining, Admission admission, ServerMetrics metrics,
      ServerOptions options) {
    this.plain = plain;
    this.explaining = explaining;
    this.admission = admission;
    this.metrics = metrics;
    this.options = options;
  }

  @Override
  public void handle(Context ctx) {
    long deadline = System.nanoTime() + options.requestTimeout().toNanos();
    String body = RequestBody.readJson(ctx, options.maxBodyBytes(), deadline);
    ClassifyRequest request = ClassifyRequest.parse(body, options.maxBatch(), options.maxChars());
    BatchClassifier batch = request.explain() ? explaining : plain;
    List<Prediction> predictions = new ArrayList<>(request.rows().size());
    try (Admission.Permit worker = admission.enter(deadline)) {
      for (SourceRow row : request.rows()) {
        if (System.nanoTime() > deadline) {
          throw ApiError.of(504, "timeout", String.format(java.util.Locale.ROOT,
              "classifying took longer than the request timeout of %s (%d of %d messages done): send smaller batches",
              options.requestTimeout(), predictions.size(), request.rows().size()));
        }
        predictions.add(batch.classify(row));
      }
    }
    predictions.forEach(metrics::classified);
    ctx.status(200).contentType(ErrorBody.CONTENT_TYPE).result(ClassifyResponse.write(request, predictions));
  }
}

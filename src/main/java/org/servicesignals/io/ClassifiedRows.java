package org.servicesignals.io;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.Chunks;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Prediction;

/**
 * A table's rows classified and written, in input order: each row keeps its values and gets one set
 * of prediction columns per text column. The loop {@code classify} runs over a file or a stream.
 */
public final class ClassifiedRows {
  /**
   * How long a streamed chunk waits for another row before it is classified: short enough that a
   * person typing sees each answer at once, long enough that a program's burst of lines is one chunk.
   */
  public static final Duration QUIET = Duration.ofMillis(50);

  private ClassifiedRows() {}

  /** Told about every row written, with its predictions (one per text column). */
  @FunctionalInterface
  public interface Written {
    void row(Row row, List<Prediction> predictions) throws Exception;
  }

  /**
   * Classifies {@code rows} and writes them to {@code sink}.
   *
   * @param textColumns the columns holding messages, one prediction set each
   * @param ours the prediction columns of each text column, as {@link PredictionColumns#forTexts} names them
   * @param lineColumn a column to write each row's input line into when the row has none by that name
   * @param streaming chunks close after {@link #QUIET} without input, and the sink is flushed after
   *     each: for standard input answered as it comes
   */
  public static void write(RowSource rows, BatchClassifier batch, List<String> textColumns, List<PredictionColumns> ours,
      RowSink sink, Optional<String> lineColumn, boolean streaming, Written written) throws Exception {
    Iterator<List<Row>> chunks = streaming ? Chunks.streaming(rows, BatchClassifier.CHUNK, QUIET)
        : Chunks.of(rows, BatchClassifier.CHUNK);
    batch.run(chunks, Row::source, textColumns, new BatchClassifier.ColumnsOutput<Row>() {
      @Override
      public void accept(Row row, List<Prediction> predictions) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>(row.values());
        lineColumn.ifPresent(c -> out.putIfAbsent(c, row.line()));
        for (int i = 0; i < predictions.size(); i++) {
          ours.get(i).put(out, predictions.get(i));
        }
        sink.write(out);
        written.row(row, predictions);
      }

      @Override
      public void chunkDone() throws Exception {
        if (streaming) {
          sink.flush();
        }
      }
    });
  }
}

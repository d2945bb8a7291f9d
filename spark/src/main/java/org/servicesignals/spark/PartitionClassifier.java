package org.servicesignals.spark;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Prediction;
import scala.Tuple2;

/**
 * Classifies one partition: each numbered row goes through the library's {@link BatchClassifier}
 * (the per-row rules of {@code classify}: id, declared language, length limit, encoding check) and
 * comes back with every input value and the prediction columns after them, in the order it came.
 * Rows are classified as the partition is read, so a partition never has to fit in memory.
 */
final class PartitionClassifier implements FlatMapFunction<Iterator<Tuple2<Long, Row>>, Row> {
  private static final long serialVersionUID = 1L;

  private final ClassifyOptions options;
  private final RowFields fields;
  private final List<String> taken;
  private final ModelSource models;

  /**
   * @param fields how an input row becomes the library's row
   * @param taken the input's column names as {@link PredictionColumns#beside} must avoid them
   */
  PartitionClassifier(ClassifyOptions options, RowFields fields, List<String> taken, ModelSource models) {
    this.options = options;
    this.fields = fields;
    this.taken = List.copyOf(taken);
    this.models = models;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Long, Row>> rows) {
    BatchClassifier batch = new BatchClassifier(models.classifier(), options.batchOptions());
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) t -> batch.close());
    }
    PredictionColumns ours = PredictionColumns.beside(taken, options.explain(), options.reviewBelow());
    List<String> names = PredictionSchema.columns(options.explain()).stream().map(ours::name).toList();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Tuple2<Long, Row> numbered = rows.next();
        Row row = numbered._2();
        Prediction p = batch.classify(fields.source(numbered._1() + 1, row));
        Map<String, Object> predicted = new HashMap<>();
        ours.put(predicted, p);
        Object[] values = new Object[row.length() + names.size()];
        for (int i = 0; i < row.length(); i++) {
          values[i] = row.get(i);
        }
        for (int i = 0; i < names.size(); i++) {
          values[row.length() + i] = predicted.get(names.get(i));
        }
        return RowFactory.create(values);
      }
    };
  }
}

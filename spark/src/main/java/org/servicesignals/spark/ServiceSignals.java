package org.servicesignals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.PredictionColumns;
import scala.Tuple2;

/**
 * The classifier on a {@code Dataset<Row>}: every input row and column comes back, in order, with
 * {@code lang label confidence p_exceptional p_good p_poor error needs_review script} after them (and
 * {@code lang_source evidence known_tokens tokens} with evidence), named as {@link PredictionColumns}
 * names them so no input column is overwritten. Each partition goes through the library's
 * {@link BatchClassifier}; each executor loads the models once.
 *
 * <pre>{@code
 * Dataset<Row> scored = ServiceSignals.classify(spark.read().parquet("answers"),
 *     ClassifyOptions.of("comment").withIdColumn("response_id"));
 * }</pre>
 *
 * <p>Rows are numbered in input order (one pass over the input counts each partition's rows, as
 * {@code zipWithIndex} does); an error that names a line names this number, 1 for the first row.
 * With {@link ClassifyOptions#partitions}, the rows are spread over that many partitions of
 * consecutive rows, so the output keeps the input's order.
 */
public final class ServiceSignals {
  private ServiceSignals() {}

  /** {@code in} with the prediction columns, the message read from {@code textColumn}. */
  public static Dataset<Row> classify(Dataset<Row> in, String textColumn) {
    return classify(in, ClassifyOptions.of(textColumn));
  }

  /** {@code in} with the prediction columns. */
  public static Dataset<Row> classify(Dataset<Row> in, ClassifyOptions options) {
    StructType schema = in.schema();
    SparkSession spark = in.sparkSession();
    RowFields fields = RowFields.of(schema, options);
    List<String> taken = taken(spark, schema);
    PredictionColumns ours = PredictionColumns.beside(taken, options.explain(), options.reviewBelow());
    StructType out = PredictionSchema.append(schema, ours, options.explain());
    ModelSource models = ModelSource.of(spark, options.models());

    JavaPairRDD<Long, Row> numbered = in.javaRDD().zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1()));
    int partitions = options.partitions();
    if (partitions > 0 && partitions != numbered.getNumPartitions()) {
      long rows = numbered.count();
      numbered = numbered.repartitionAndSortWithinPartitions(new RowRanges(partitions, rows));
    }
    JavaRDD<Row> classified = numbered.mapPartitions(
        new PartitionClassifier(options, fields, taken, models));
    return spark.createDataFrame(classified, out);
  }

  /**
   * The names our columns are given beside {@code in}'s: {@code predicted_label} where {@code in}
   * already has a {@code label}; tell users which were renamed with {@link PredictionColumns#renamed()}.
   */
  public static PredictionColumns columns(Dataset<Row> in, ClassifyOptions options) {
    return PredictionColumns.beside(taken(in.sparkSession(), in.schema()), options.explain(), options.reviewBelow());
  }

  /**
   * The input's column names as our columns must avoid them: lower-cased unless the session
   * resolves names by case (Spark's default does not, and then a {@code Label} column clashes with
   * {@code label}: Parquet refuses to write both).
   */
  private static List<String> taken(SparkSession spark, StructType schema) {
    boolean caseSensitive = Boolean.parseBoolean(spark.conf().get("spark.sql.caseSensitive", "false"));
    List<String> names = new ArrayList<>();
    for (String n : schema.fieldNames()) {
      names.add(caseSensitive ? n : n.toLowerCase(Locale.ROOT));
    }
    return names;
  }
}

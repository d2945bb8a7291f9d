package org.servicesignals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.servicesignals.classify.PredictionColumns;

/**
 * Spark types for the columns {@link PredictionColumns} writes: the values it puts (strings,
 * doubles, booleans, integers) become typed columns, so Parquet keeps probabilities as numbers.
 * Every column may be null: a row that could not be classified has no label and no probabilities.
 */
final class PredictionSchema {
  private static final Map<String, DataType> TYPES = Map.ofEntries(
      Map.entry("lang", DataTypes.StringType),
      Map.entry("label", DataTypes.StringType),
      Map.entry("confidence", DataTypes.DoubleType),
      Map.entry("p_exceptional", DataTypes.DoubleType),
      Map.entry("p_good", DataTypes.DoubleType),
      Map.entry("p_poor", DataTypes.DoubleType),
      Map.entry("error", DataTypes.StringType),
      Map.entry("needs_review", DataTypes.BooleanType),
      Map.entry("script", DataTypes.StringType),
      Map.entry("lang_confidence", DataTypes.DoubleType),
      Map.entry("lang_source", DataTypes.StringType),
      Map.entry("evidence", DataTypes.StringType),
      Map.entry("known_tokens", DataTypes.IntegerType),
      Map.entry("tokens", DataTypes.IntegerType));

  private PredictionSchema() {}

  /** The Spark type of the library's column {@code column}. */
  static DataType type(String column) {
    DataType t = TYPES.get(column);
    if (t == null) {
      throw new IllegalStateException("the prediction column '" + column + "' has no Spark type");
    }
    return t;
  }

  /** {@code input}'s fields, then ours under their output names. */
  static StructType append(StructType input, PredictionColumns ours, boolean explain) {
    List<StructField> fields = new ArrayList<>(List.of(input.fields()));
    for (String c : columns(explain)) {
      fields.add(DataTypes.createStructField(ours.name(c), type(c), true));
    }
    return DataTypes.createStructType(fields);
  }

  /** The library's own names of our columns, in output order. */
  static List<String> columns(boolean explain) {
    List<String> out = new ArrayList<>(PredictionColumns.BASE);
    if (explain) {
      out.addAll(PredictionColumns.EXPLAIN);
    }
    return out;
  }
}

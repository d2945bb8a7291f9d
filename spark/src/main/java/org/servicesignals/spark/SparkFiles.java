package org.servicesignals.spark;

import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** The files the Spark job reads and writes, through Spark's own CSV and Parquet sources. */
public final class SparkFiles {
  private SparkFiles() {}

  /** The formats the job reads and writes. */
  public enum Format {
    CSV, PARQUET;

    /** The format a path's extension names ({@code answers.csv}, {@code scored.parquet}), if any. */
    public static Optional<Format> of(String path) {
      String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
      if (p.endsWith(".csv") || p.endsWith(".csv.gz")) {
        return Optional.of(CSV);
      }
      if (p.endsWith(".parquet")) {
        return Optional.of(PARQUET);
      }
      return Optional.empty();
    }
  }

  /**
   * Reads {@code path} (a file, a directory of part files or a glob). CSV as survey exports write
   * it: a header row, every value a string (ids like {@code 007} stay as written), RFC 4180 quotes
   * (a doubled quote is a quote) and answers spanning lines inside quotes, which is why a CSV file
   * is read whole by one task rather than split: classification is then spread by partitions.
   */
  public static Dataset<Row> read(SparkSession spark, String path, Format format, char delimiter) {
    DataFrameReader r = spark.read();
    return switch (format) {
      case CSV -> r.option("header", true).option("multiLine", true).option("quote", "\"").option("escape", "\"")
          .option("sep", String.valueOf(delimiter)).option("encoding", "UTF-8").csv(path);
      case PARQUET -> r.parquet(path);
    };
  }

  /** Writes {@code rows} to {@code path}, a directory of part files in row order. */
  public static void write(Dataset<Row> rows, String path, Format format, char delimiter, boolean overwrite) {
    DataFrameWriter<Row> w = rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    switch (format) {
      case CSV -> w.option("header", true).option("quote", "\"").option("escape", "\"")
          .option("sep", String.valueOf(delimiter)).csv(path);
      case PARQUET -> w.parquet(path);
    }
  }
}

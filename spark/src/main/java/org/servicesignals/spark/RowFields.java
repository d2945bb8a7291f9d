package org.servicesignals.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.servicesignals.core.InputException;
import org.servicesignals.core.SourceRow;

/**
 * How a Spark row becomes the library's {@link SourceRow}: the text, id and language columns (a
 * null among them read as empty, as an empty CSV cell is) and every other string column, whose
 * replacement characters tell of a file decoded with the wrong encoding, as in {@code classify}.
 */
final class RowFields implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] names;
  private final boolean[] read;
  private final boolean[] emptyWhenNull;

  private RowFields(String[] names, boolean[] read, boolean[] emptyWhenNull) {
    this.names = names;
    this.read = read;
    this.emptyWhenNull = emptyWhenNull;
  }

  /**
   * The fields of {@code schema} that {@code options} read; the text and language columns must be
   * string columns, the id column may be of any type.
   */
  static RowFields of(StructType schema, ClassifyOptions options) {
    require(schema, options.textColumn(), "text", true);
    if (options.idColumn() != null) {
      require(schema, options.idColumn(), "id", false);
    }
    if (options.langColumn() != null) {
      require(schema, options.langColumn(), "language", true);
    }
    StructField[] f = schema.fields();
    String[] names = schema.fieldNames();
    boolean[] read = new boolean[f.length];
    boolean[] emptyWhenNull = new boolean[f.length];
    for (int i = 0; i < f.length; i++) {
      boolean named = names[i].equals(options.textColumn()) || names[i].equals(options.idColumn())
          || names[i].equals(options.langColumn());
      read[i] = named || f[i].dataType().equals(DataTypes.StringType);
      emptyWhenNull[i] = named;
    }
    return new RowFields(names, read, emptyWhenNull);
  }

  private static void require(StructType schema, String column, String role, boolean text) {
    List<String> names = Arrays.asList(schema.fieldNames());
    if (!names.contains(column)) {
      throw new InputException("the dataset", "has no column '" + column + "' for the " + role
          + "; columns are " + names);
    }
    StructField f = schema.fields()[names.indexOf(column)];
    if (text && !f.dataType().equals(DataTypes.StringType)) {
      throw new InputException("the dataset", "the " + role + " column '" + column + "' holds "
          + f.dataType().simpleString() + ", not text");
    }
  }

  /** Row {@code row}, numbered {@code line}, as the library reads it. */
  SourceRow source(long line, Row row) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (!read[i]) {
        continue;
      }
      Object v = row.get(i);
      if (v != null) {
        out.put(names[i], v.toString());
      } else if (emptyWhenNull[i]) {
        out.put(names[i], "");
      }
    }
    return SourceRow.of(line, out);
  }
}

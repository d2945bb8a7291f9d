package org.servicesignals.cli;

import java.util.List;
import org.servicesignals.core.InputException;
import org.servicesignals.io.RowSource;

/** The column options of {@code classify}, checked against the input's header. */
final class Columns {
  private Columns() {}

  /** {@code --text-column}, else 'text', else the only column. */
  static String text(RowSource rows, String textColumn) {
    List<String> cols = rows.columns();
    if (textColumn != null) {
      require(rows, textColumn, "--text-column");
      return textColumn;
    }
    if (cols.contains("text") || cols.isEmpty()) {
      return "text";
    }
    if (cols.size() == 1) {
      return cols.get(0);
    }
    throw new InputException(rows.name(), 1, "no 'text' column; choose one with --text-column from " + cols);
  }

  /** Each of the {@code --text-column}s, in order and once each; without any, as {@link #text}. */
  static List<String> texts(RowSource rows, List<String> textColumns) {
    if (textColumns.isEmpty()) {
      return List.of(text(rows, null));
    }
    for (String c : textColumns) {
      require(rows, c, "--text-column");
    }
    return textColumns.stream().distinct().toList();
  }

  static void require(RowSource rows, String column, String option) {
    if (column != null && !rows.columns().isEmpty() && !rows.columns().contains(column)) {
      throw new InputException(rows.name(), 1, option + " '" + column + "' is not a column; columns are " + rows.columns());
    }
  }
}

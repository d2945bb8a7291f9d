package org.servicesignals.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Rows written as an XLSX workbook with fastexcel, streamed: rows go to the file as they come, and
 * text is written in its cell (an inline string), not in a table of every distinct string, so a
 * million messages take no more memory than a thousand. Every value keeps its kind: text is a text
 * cell — which a spreadsheet shows and never runs as a formula, whatever it starts with — numbers
 * (typed ones, and text written as a plain decimal number without leading zeros) are numbers, true
 * and false are booleans. A sheet holds {@link #MAX_ROWS} rows; more go on to a next sheet with the
 * header again. A cell holds {@link #MAX_CELL_CHARS} characters, Excel's limit; a longer text is cut
 * there.
 */
final class XlsxSink implements RowSink {
  /** Excel's rows per sheet, the header included. */
  static final int MAX_ROWS = 1_048_576;
  /** Excel's characters per cell. */
  static final int MAX_CELL_CHARS = 32_767;
  static final String SHEET = "classified";
  /** Rows kept before they are written out: a sheet's rows are streamed, not held. */
  private static final int FLUSH_EVERY = 1024;
  /**
   * A number as a person types it and a spreadsheet reads it: no leading zeros (an id like 007
   * stays text), at most 15 significant digits (longer ones, like card or phone numbers, lose
   * digits as numbers and stay text).
   */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,15})?");

  private final Workbook workbook;
  private final List<String> columns;
  private final int rowsPerSheet;
  private Worksheet sheet;
  private int sheets;
  private int row;

  XlsxSink(OutputStream out, List<String> columns) {
    this(out, columns, MAX_ROWS);
  }

  XlsxSink(OutputStream out, List<String> columns, int rowsPerSheet) {
    this.workbook = new Workbook(out, "service-signals", "1.0");
    this.columns = List.copyOf(columns);
    this.rowsPerSheet = rowsPerSheet;
  }

  @Override
  public void write(Map<String, Object> values) throws IOException {
    if (sheet == null || row == rowsPerSheet) {
      nextSheet();
    }
    for (int c = 0; c < columns.size(); c++) {
      put(row, c, values.get(columns.get(c)));
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  private void nextSheet() throws IOException {
    if (sheet != null) {
      sheet.finish();
    }
    sheets++;
    sheet = workbook.newWorksheet(sheets == 1 ? SHEET : SHEET + " " + sheets);
    for (int c = 0; c < columns.size(); c++) {
      sheet.inlineString(0, c, text(columns.get(c)));
    }
    sheet.style(0, 0).bold().set();
    row = 1;
  }

  private void put(int r, int c, Object v) {
    if (v instanceof JsonNode n) {
      v = n.isNull() ? null : n.isNumber() ? n.decimalValue() : n.isBoolean() ? (Object) n.booleanValue()
          : n.isValueNode() ? n.asText() : n.toString();
    }
    if (v == null) {
      return;
    }
    if (v instanceof Double d && Double.isFinite(d)) {
      sheet.value(r, c, new BigDecimal(Outputs.decimal(d)));
    } else if (v instanceof Number n && !(v instanceof Double)) {
      sheet.value(r, c, n);
    } else if (v instanceof Boolean b) {
      sheet.value(r, c, b);
    } else {
      String s = v.toString();
      if (NUMBER.matcher(s).matches()) {
        sheet.value(r, c, new BigDecimal(s));
      } else if (!s.isEmpty()) {
        sheet.inlineString(r, c, text(s));
      }
    }
  }

  /** Text as a cell can hold it: within Excel's length, and without characters XML 1.0 cannot carry. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_CELL_CHARS));
    for (int i = 0; i < s.length() && b.length() < MAX_CELL_CHARS; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean xml = cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0xD7FF
          || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
      if (b.length() + Character.charCount(cp) > MAX_CELL_CHARS) {
        break;
      }
      b.appendCodePoint(xml ? cp : 0xFFFD);
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    if (sheet == null) {
      nextSheet(); // a file with no rows still has its header
    }
    workbook.finish();
  }
}

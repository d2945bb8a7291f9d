package org.servicesignals.io;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writers for jsonl, csv, tsv, xlsx and a terminal table. */
public final class Outputs {
  /** What the writers write. */
  public enum Format {
    JSONL, CSV, TSV, XLSX, TABLE;

    /** The text format a file name implies ({@code .jsonl .ndjson .csv .tsv .tab}); empty for any other. */
    public static Optional<Format> of(String fileName) {
      return of(fileName, false);
    }

    /** As {@link #of(String)}, and {@code .xlsx} too when {@code workbooks} ({@link #xlsx} writes them). */
    public static Optional<Format> of(String fileName, boolean workbooks) {
      String f = Inputs.formatOf(fileName);
      return f == null || f.equals("txt") || f.equals("xlsx") && !workbooks ? Optional.empty()
          : Optional.of(valueOf(f.toUpperCase(Locale.ROOT)));
    }
  }

  /**
   * A sink writing {@code columns} as an XLSX workbook to {@code out} ({@link XlsxSink}: text stays
   * text and never becomes a formula, numbers stay numbers).
   */
  public static RowSink xlsx(java.io.OutputStream out, List<String> columns) {
    return new XlsxSink(out, columns);
  }

  private Outputs() {}

  /** {@code out} as a writer whose close only flushes: standard output stays open for what follows. */
  public static Writer unclosable(PrintWriter stdout) {
    return new java.io.FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }

  /**
   * How CSV and TSV cells are written.
   *
   * @param delimiter CSV's field separator (TSV always uses a tab)
   * @param guardFormulas neutralise cells a spreadsheet would run as formulas (OWASP CSV injection),
   *     as {@link FormulaCells} says
   * @param byteOrderMark start the file with a UTF-8 byte-order mark, which Excel needs to read
   *     UTF-8 rather than the system code page
   */
  public record Style(char delimiter, boolean guardFormulas, boolean byteOrderMark) {
    /** Comma, formulas neutralised, no byte-order mark. */
    public static final Style DEFAULT = new Style(',', true, false);
  }

  /** A sink writing {@code columns} (in this order) to {@code out}; the table has its own {@link #table}. */
  public static RowSink open(Writer w, Format format, List<String> columns) throws IOException {
    return open(w, format, columns, Style.DEFAULT);
  }

  /** As {@link #open(Writer, Format, List)}, with CSV and TSV cells written in {@code style}. */
  public static RowSink open(Writer w, Format format, List<String> columns, Style style) throws IOException {
    if (style.byteOrderMark() && (format == Format.CSV || format == Format.TSV)) {
      w.write('\uFEFF');
    }
    return switch (format) {
      case JSONL -> jsonl(w);
      case CSV -> delimited(w, columns, style.delimiter(), style.guardFormulas());
      case TSV -> delimited(w, columns, '\t', style.guardFormulas());
      case TABLE -> throw new IllegalArgumentException("the table is opened with Outputs.table");
      case XLSX -> throw new IllegalArgumentException("a workbook is written to a byte stream, with Outputs.xlsx");
    };
  }

  /** A probability as a plain decimal of at most six places: 0.000266, never 2.66E-4. */
  static String decimal(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    // below 1,000 and away from a rounding tie (by far more than the ten-millionth of a millionth
    // that d, its product and its shortest decimal can differ by), rounding d's millionths rounds
    // its shortest decimal (what BigDecimal.valueOf reads) the same way, with no BigDecimal made:
    // five of these a row are a measurable share of a million-row run
    double millionths = d * 1e6;
    if (d >= 0 && d < 1000 && Math.abs(millionths - Math.floor(millionths) - 0.5) > 1e-3) {
      return plain(Math.round(millionths));
    }
    return exactDecimal(d);
  }

  /** {@link #decimal}'s reference: the shortest decimal of {@code d} rounded half-even to six places. */
  static String exactDecimal(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    String s = java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** {@code millionths} / 10^6 as a plain decimal without trailing zeros: 266 is 0.000266, 1000000 is 1. */
  private static String plain(long millionths) {
    long whole = millionths / 1_000_000;
    int fraction = (int) (millionths % 1_000_000);
    if (fraction == 0) {
      return Long.toString(whole);
    }
    int places = 6;
    while (fraction % 10 == 0) {
      fraction /= 10;
      places--;
    }
    String digits = Integer.toString(fraction);
    StringBuilder b = new StringBuilder(places + 21).append(whole).append('.');
    for (int k = digits.length(); k < places; k++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  private static RowSink jsonl(Writer w) {
    ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new RowSink() {
      @Override
      public void write(Map<String, Object> row) throws IOException {
        // each row keeps its own fields: JSON Lines rows need not share one set of keys
        w.write(json.writeValueAsString(row));
        w.write('\n');
      }

      @Override
      public void flush() throws IOException {
        w.flush();
      }

      @Override
      public void close() throws IOException {
        w.close();
      }
    };
  }

  private static RowSink delimited(Writer w, List<String> columns, char separator, boolean guard) throws IOException {
    CsvSchema.Builder b = CsvSchema.builder().setColumnSeparator(separator).setUseHeader(true);
    for (String c : columns) {
      b.addColumn(c);
    }
    CsvSchema schema = b.build();
    if (separator == '\t') {
      // TSV has no quoting: tabs and newlines inside values would break the row, so they are escaped
      schema = schema.withoutQuoteChar();
    }
    boolean tsv = separator == '\t';
    SequenceWriter seq = new CsvMapper().writer(schema).writeValues(w);
    return new RowSink() {
      @Override
      public void write(Map<String, Object> row) throws IOException {
        List<Object> values = new ArrayList<>(columns.size());
        for (String c : columns) {
          Object v = row.get(c);
          if (v instanceof com.fasterxml.jackson.databind.JsonNode n) {
            v = n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString(); // one cell per JSON value
          }
          if (v instanceof Double d) {
            v = decimal(d);
          }
          if (guard && v instanceof String s) {
            v = FormulaCells.neutralise(s);
          }
          if (tsv && v instanceof String s) {
            // backslashes stay as they are: TSV input does not unescape, so a round trip keeps them
            v = s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
          }
          values.add(v == null ? "" : v);
        }
        seq.write(values);
      }

      @Override
      public void flush() throws IOException {
        seq.flush();
      }

      @Override
      public void close() throws IOException {
        seq.close();
      }
    };
  }

  /** A fixed-width table for a person at a terminal: a few columns, long text cut ({@link TerminalCells}). */
  public static RowSink table(PrintWriter out, List<String> columns, int textWidth) {
    return new RowSink() {
      boolean header = true;

      @Override
      public void write(Map<String, Object> row) {
        if (header) {
          out.println(line(columns, c -> c, textWidth));
          header = false;
        }
        out.println(line(columns, c -> {
          Object v = row.get(c);
          if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
          }
          if (v instanceof com.fasterxml.jackson.databind.JsonNode n && n.isValueNode()) {
            return n.asText();
          }
          return v == null ? "" : v.toString().replaceAll("\\s+", " ");
        }, textWidth));
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }

  private static String line(List<String> columns, java.util.function.Function<String, String> value, int textWidth) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      // "comment_label" is a label column, but a renamed "predicted_lang" keeps room for its name
      int width = i == 0 ? 12 : switch (c.startsWith("predicted_") ? c : c.substring(c.lastIndexOf('_') + 1)) {
        case "lang" -> 4;
        case "label" -> 11;
        case "confidence" -> 10;
        case "evidence" -> 24;
        default -> i == columns.size() - 1 ? 0 : textWidth;
      };
      String v = TerminalCells.cut(TerminalCells.escape(value.apply(c)), width);
      b.append(v);
      if (i < columns.size() - 1) {
        int pad = Math.max(1, width - TerminalCells.length(v) + 2);
        b.append(" ".repeat(pad));
      }
    }
    return b.toString().stripTrailing();
  }
}

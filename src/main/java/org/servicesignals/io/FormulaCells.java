package org.servicesignals.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps text that others wrote from running as a spreadsheet formula when a CSV or TSV file is
 * opened in Excel, LibreOffice or Google Sheets (OWASP, "CSV Injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a single quote in front, which spreadsheets
 * show as text and do not evaluate. Numbers are left as they are, and so is text that is a plain
 * number ({@code -5}, {@code +4,5}), which a spreadsheet reads as that number and nothing else.
 * {@link Outputs} applies this to every CSV and TSV cell unless {@link Outputs.Style} says not to.
 */
public final class FormulaCells {
  private FormulaCells() {}

  /** {@code s}, with a single quote in front when a spreadsheet would read it as a formula. */
  public static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0); // most cells start with none of these: no number to look for
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula && !NUMBER.matcher(s).matches() ? "'" + s : s;
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?");

  /** A sink that neutralises every string value before {@code sink} writes it. */
  public static RowSink guard(RowSink sink) {
    return new RowSink() {
      @Override
      public void write(Map<String, Object> row) throws IOException {
        Map<String, Object> safe = new LinkedHashMap<>(row);
        safe.replaceAll((k, v) -> v instanceof String s ? neutralise(s) : v);
        sink.write(safe);
      }

      @Override
      public void close() throws IOException {
        sink.close();
      }
    };
  }
}

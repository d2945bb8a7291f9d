package org.servicesignals.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps text that others wrote from running as a spreadsheet formula when a CSV or TSV file is
 * opened in Excel, LibreOffice or Google Sheets (OWASP, "CSV Injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a single quote in front, which spreadsheets
 * show as text and do not evaluate. Numbers are left as they are; only strings are changed.
 * A mail's subject and sender are written by strangers, so triage's CSV goes through this.
 */
public final class FormulaCells {
  private FormulaCells() {}

  /** {@code s}, with a single quote in front when a spreadsheet would read it as a formula. */
  public static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

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

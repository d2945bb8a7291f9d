package org.servicesignals.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input record: its fields in input order, where it was found, and why it is broken, if it is.
 *
 * @param line 1-based line (CSV/TSV/JSONL/TXT) or sheet row (XLSX) where the record starts
 * @param fields column name to value, in input order
 * @param error why the record itself is malformed (empty when it is fine); it is still written
 */
public record Row(long line, Map<String, String> fields, String error) {
  public Row {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    error = error == null ? "" : error;
  }

  public Row(long line, Map<String, String> fields) {
    this(line, fields, "");
  }
}

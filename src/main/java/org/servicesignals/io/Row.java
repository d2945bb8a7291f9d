package org.servicesignals.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.servicesignals.core.SourceRow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input record: its fields in input order, where it was found, and why it is broken, if it is.
 *
 * @param line 1-based line (CSV/TSV/JSONL/TXT) or sheet row (XLSX) where the record starts
 * @param fields column name to value as text, in input order
 * @param error why the record itself is malformed (empty when it is fine); it is still written
 * @param values the same fields as the input typed them, for writers that can keep types (JSONL
 *     numbers stay numbers); for text inputs the same strings as {@code fields}
 */
public record Row(long line, Map<String, String> fields, String error, Map<String, Object> values) {
  public Row {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    error = error == null ? "" : error;
    values = values == null ? Collections.unmodifiableMap(fields) // the same map (already unmodifiable), held once
        : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Row(long line, Map<String, String> fields, String error) {
    this(line, fields, error, null);
  }

  public Row(long line, Map<String, String> fields) {
    this(line, fields, "", null);
  }

  /** The row as batch classification reads it: text fields, and which cells hold JSON structures. */
  public SourceRow source() {
    if ((Object) values == fields) {
      return new SourceRow(line, fields, Map.of(), error); // text cells only: nothing structured
    }
    Map<String, String> structured = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof JsonNode n && n.isContainerNode()) {
        structured.put(k, n.isArray() ? "array" : "object");
      }
    });
    return new SourceRow(line, fields, structured, error);
  }
}

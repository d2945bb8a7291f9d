package org.servicesignals.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One input row as batch classification reads it, whatever file it came from.
 *
 * @param line 1-based line (or sheet row) where the row starts, for messages
 * @param fields column name to value as text, in input order
 * @param structured columns whose value is a structure, not text, to what it is ("object", "array")
 * @param error why the row itself is malformed; empty when it is fine (the row is still written)
 */
public record SourceRow(long line, Map<String, String> fields, Map<String, String> structured, String error) {
  public SourceRow {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    structured = Map.copyOf(structured);
    error = Objects.requireNonNullElse(error, "");
  }

  /** A plain row of text fields. */
  public static SourceRow of(long line, Map<String, String> fields) {
    return new SourceRow(line, fields, Map.of(), "");
  }
}

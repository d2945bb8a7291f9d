package org.servicesignals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Line-based inputs: plain text (one message per line, column {@code text}) and JSON Lines (one
 * object per line). Blank lines are not records. A JSONL line that is not a JSON object is still a
 * row: it comes back with its raw text in {@code _raw} and an error saying why.
 */
final class LineRows implements RowSource {
  static final String TEXT = "text";
  static final String RAW = "_raw";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final boolean json;
  private final BufferedReader reader;
  private final List<String> columns = new ArrayList<>();
  private long lineNo;
  private String pending;

  LineRows(String name, InputStream in, boolean json) {
    this.name = name;
    this.json = json;
    try {
      this.reader = new BufferedReader(TextDecoding.reader(in), 1 << 16);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
    if (!json) {
      columns.add(TEXT);
    }
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending == null) {
        String line = reader.readLine();
        if (line == null) {
          return false;
        }
        lineNo++;
        if (!line.isBlank()) {
          pending = line;
        }
      }
      return true;
    } catch (IOException e) {
      throw new InputException(name, lineNo, "cannot read: " + e.getMessage());
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = pending;
    pending = null;
    if (!json) {
      return new Row(lineNo, Map.of(TEXT, line));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      fields.put(RAW, line);
      remember(RAW);
      return new Row(lineNo, fields, "line " + lineNo + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      fields.put(RAW, line);
      remember(RAW);
      return new Row(lineNo, fields, "line " + lineNo + " is not a JSON object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      fields.put(e.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
      remember(e.getKey());
    }
    return new Row(lineNo, fields);
  }

  private void remember(String column) {
    if (!columns.contains(column)) {
      columns.add(column);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

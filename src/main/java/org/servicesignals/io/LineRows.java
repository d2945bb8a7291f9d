package org.servicesignals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.servicesignals.core.InputException;

/**
 * Line-based inputs: plain text (one message per line, column {@code text}) and JSON Lines (one
 * object per line). In plain text a blank line is an empty answer (blank lines at the end of the
 * file are not); in JSONL blank lines are not records. A JSONL line that is not a JSON object is
 * still a row: it comes back with its raw text in {@code _raw} and an error saying why. JSON values
 * keep their types for JSONL output; nested objects and arrays are given as JSON text.
 */
final class LineRows implements RowSource {
  static final String TEXT = "text";
  static final String RAW = "_raw";

  /** Made when the first JSON line is read: plain text never loads Jackson, a tenth of a second at start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final String name;
  private final boolean json;
  private final BoundedLines reader;
  private final List<String> columns = new ArrayList<>();
  private final java.util.Set<String> known = new java.util.HashSet<>(); // columns, for lookups in constant time
  private long lineNo;
  /** Lines read but not yet returned: blank plain-text lines wait until a non-blank line follows. */
  private final java.util.ArrayDeque<Object[]> queue = new java.util.ArrayDeque<>();
  private final List<Long> blankLines = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  @Override
  public List<String> notes() {
    return notes;
  }

  /**
   * @param knownColumns JSONL keys already known from a first pass over the file, in first-seen
   *     order, so that writers with a fixed header see every key from the start
   */
  LineRows(String name, InputStream in, boolean json, List<String> knownColumns) {
    this(name, in, json);
    knownColumns.forEach(this::remember);
  }

  LineRows(String name, InputStream in, boolean json) {
    this.name = name;
    this.json = json;
    try {
      TextDecoding.Decoded text = TextDecoding.decode(in);
      text.note().ifPresent(notes::add);
      this.reader = new BoundedLines(text.reader(), Inputs.MAX_CELL_CHARS);
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
      while (queue.isEmpty()) {
        String line = reader.next();
        if (line == null) {
          return false; // blank lines at the very end are not answers
        }
        lineNo++;
        if (reader.cut()) {
          flushBlankLines();
          queue.add(new Object[] {lineNo, line.substring(0, 200), String.format(java.util.Locale.ROOT,
              "line %d is %,d characters long, over the longest read (%,d); its start is kept", lineNo,
              reader.length(), Inputs.MAX_CELL_CHARS)});
          continue;
        }
        if (line.isBlank()) {
          blankLines.add(lineNo);
          continue;
        }
        flushBlankLines();
        queue.add(new Object[] {lineNo, line});
      }
      return true;
    } catch (IOException e) {
      throw new InputException(name, lineNo, "cannot read: " + e.getMessage());
    }
  }

  /** Blank plain-text lines followed by a line are empty answers; in JSONL they are not records. */
  private void flushBlankLines() {
    if (!json) {
      for (long b : blankLines) {
        queue.add(new Object[] {b, ""});
      }
    }
    blankLines.clear();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object[] next = queue.poll();
    long at = (Long) next[0];
    String line = (String) next[1];
    if (next.length > 2) { // cut: the start of the line is kept where a person will look for it
      String column = json ? RAW : TEXT;
      if (json) {
        remember(RAW);
      }
      return new Row(at, Map.of(column, line + "…"), (String) next[2]);
    }
    if (!json) {
      return new Row(at, Map.of(TEXT, line));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      fields.put(RAW, line);
      remember(RAW);
      return new Row(at, fields, "line " + at + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      fields.put(RAW, line);
      remember(RAW);
      return new Row(at, fields, "line " + at + " is not a JSON object");
    }
    if (node.size() > Inputs.MAX_COLUMNS) {
      fields.put(RAW, line.substring(0, Math.min(line.length(), 200)) + "…");
      remember(RAW);
      return new Row(at, fields, "line " + at + " has " + node.size() + " keys; at most " + Inputs.MAX_COLUMNS
          + " are read");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      fields.put(e.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
      values.put(e.getKey(), v);
      remember(e.getKey());
    }
    return new Row(at, fields, "", values);
  }

  /** Every key of every JSON object line of {@code file}, in first-seen order. */
  static List<String> keys(java.nio.file.Path file) {
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    try (LineRows rows = new LineRows(file.toString(), java.nio.file.Files.newInputStream(file), true)) {
      while (rows.hasNext()) {
        keys.addAll(rows.next().fields().keySet());
      }
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    return List.copyOf(keys);
  }

  private void remember(String column) {
    if (known.add(column)) {
      columns.add(column);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // closing a reader we only read from: nothing to recover
    }
  }
}

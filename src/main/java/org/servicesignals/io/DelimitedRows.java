package org.servicesignals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) and TSV (tab-separated,
 * no quoting) read with Jackson's CSV parser. The first record is the header. A record with fewer
 * fields than the header is padded with empty values; one with more is still written, with an
 * error that lists the extra fields. A file that stops parsing (an unclosed quote) is an
 * {@link InputException} naming the line.
 */
final class DelimitedRows implements RowSource {
  private static final CsvMapper MAPPER = new CsvMapper()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES);

  private final String name;
  private final Reader reader;
  private final MappingIterator<String[]> records;
  private final List<String> columns;
  private long nextLine;

  DelimitedRows(String name, InputStream in, char separator) {
    this.name = name;
    try {
      this.reader = TextDecoding.reader(in);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
      if (separator == '\t') {
        schema = schema.withoutQuoteChar();
      }
      this.records = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
      if (!hasNextRecord()) {
        throw new InputException(name, 1, "empty file: no header line");
      }
      this.columns = header(records.next());
      this.nextLine = records.getCurrentLocation().getLineNr() + 1;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private List<String> header(String[] h) {
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < h.length; i++) {
      String c = h[i].strip();
      if (c.isEmpty()) {
        c = "column" + (i + 1);
      }
      String unique = c;
      for (int k = 2; cols.contains(unique); k++) {
        unique = c + "_" + k;
      }
      cols.add(unique);
    }
    return List.copyOf(cols);
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
    return hasNextRecord();
  }

  private boolean hasNextRecord() {
    try {
      return records.hasNextValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    long line = nextLine;
    String[] values;
    try {
      values = records.nextValue();
    } catch (IOException e) {
      throw failure(e);
    }
    nextLine = records.getCurrentLocation().getLineNr() + 1;
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.put(columns.get(i), i < values.length ? values[i] : "");
    }
    String error = "";
    if (values.length > columns.size()) {
      error = "line " + line + " has " + values.length + " fields but the header has " + columns.size()
          + "; extra fields: " + Arrays.toString(Arrays.copyOfRange(values, columns.size(), values.length));
    }
    return new Row(line, fields, error);
  }

  private InputException failure(IOException e) {
    long line = e instanceof JsonProcessingException j && j.getLocation() != null
        ? j.getLocation().getLineNr() : nextLine;
    String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return new InputException(name, line, "malformed " + (name.endsWith(".tsv") ? "TSV" : "CSV") + ": " + reason);
  }

  @Override
  public void close() {
    try {
      records.close();
      reader.close();
    } catch (IOException e) {
      // closing a reader we only read from: nothing to recover
    }
  }
}

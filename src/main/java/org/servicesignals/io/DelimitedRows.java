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
import org.servicesignals.core.InputException;

/**
 * CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) and TSV (tab-separated,
 * no quoting) read with Jackson's CSV parser. The first record is the header. A record with fewer
 * fields than the header is padded with empty values; one with more non-empty fields is still
 * written, with an error that lists the extra fields. A blank line is an empty answer in a
 * one-column file and is skipped in a wider one (as spreadsheets and pandas do). A file that stops
 * parsing (an unclosed quote) is an {@link InputException} naming the line where the record began.
 */
final class DelimitedRows implements RowSource {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final String name;
  private final Reader reader;
  private final MappingIterator<String[]> records;
  private final List<String> columns;
  private Row pending;
  private long recordStart = 1;

  DelimitedRows(String name, InputStream in, char separator) {
    this.name = name;
    try {
      this.reader = TextDecoding.reader(in);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
      if (separator == '\t') {
        schema = schema.withoutQuoteChar();
      }
      this.records = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
      String[] header = nextRecord();
      if (header == null) {
        throw new InputException(name, 1, "empty file: no header line");
      }
      if (header.length > Inputs.MAX_COLUMNS) {
        throw new InputException(name, 1, "the header has " + header.length + " columns; at most "
            + Inputs.MAX_COLUMNS + " are read");
      }
      this.columns = Headers.unique(Arrays.asList(header));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The next record, or null at the end; {@link #recordStart} is the line it starts on. */
  private String[] nextRecord() throws IOException {
    if (!records.hasNextValue()) {
      return null;
    }
    recordStart = records.getParser().currentLocation().getLineNr();
    return records.nextValue();
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
        String[] values = nextRecord();
        if (values == null) {
          return false;
        }
        boolean blank = values.length == 0 || (values.length == 1 && values[0].isEmpty());
        if (!blank || columns.size() == 1) {
          pending = row(values);
        }
      }
      return true;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = pending;
    pending = null;
    return r;
  }

  private Row row(String[] values) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.put(columns.get(i), i < values.length ? values[i] : "");
    }
    List<String> extra = new ArrayList<>();
    for (int i = columns.size(); i < values.length; i++) {
      extra.add(values[i]);
    }
    String error = "";
    if (extra.stream().anyMatch(v -> !v.isBlank())) {
      error = "line " + recordStart + " has " + values.length + " fields but the header has " + columns.size()
          + "; extra fields: " + extra;
    }
    return new Row(recordStart, fields, error);
  }

  private InputException failure(IOException e) {
    String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return new InputException(name, recordStart,
        "malformed " + (name.endsWith(".tsv") ? "TSV" : "CSV") + " in the record starting here: " + reason);
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

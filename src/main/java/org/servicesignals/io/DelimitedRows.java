package org.servicesignals.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
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
 * one-column file and is skipped in a wider one (as spreadsheets and pandas do).
 *
 * <p>A record the parser gives up on — a quote that is never closed, a cell over {@link
 * Inputs#MAX_CELL_CHARS} characters — costs one row, not the file: the record's first line comes
 * back as a row with an error saying why, and reading starts again on the next line (a {@link
 * ReplayReader} gives the parser back what it had read past that line). Only a broken header line
 * stops the file.
 */
final class DelimitedRows implements RowSource {
  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Inputs.MAX_CELL_CHARS).build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // a parser that gives up must not close the input
      .build()).enable(CsvParser.Feature.WRAP_AS_ARRAY);
  /** Characters of a given-up line shown in its error. */
  private static final int SHOWN = 60;

  private final String name;
  private final ReplayReader reader;
  private final CsvSchema schema;
  private MappingIterator<String[]> records;
  private final List<String> columns;
  private Row pending;
  private long recordStart = 1;
  /** Absolute character offset where the record being read starts. */
  private long recordOffset;
  /** Lines and characters before the current parser's input: it starts again after a given-up line. */
  private long lineBase;
  private long offsetBase;
  /** Set instead of a record when the parser gave up on one. */
  private String givenUp;

  /** @param separator the field separator, or {@link #SNIFF} to take it from the header line */
  DelimitedRows(String name, InputStream in, char separator) {
    this.name = name;
    try {
      TextDecoding.Decoded text = TextDecoding.decode(in);
      text.note().ifPresent(notes::add);
      this.reader = new ReplayReader(text.reader());
      boolean tsv = separator == '\t'; // TSV has no quoting; a CSV found to use tabs keeps its quotes
      if (separator == SNIFF) {
        separator = sniff(reader);
      }
      this.separator = separator;
      CsvSchema s = CsvSchema.emptySchema().withColumnSeparator(separator);
      this.schema = tsv ? s.withoutQuoteChar() : s;
      this.records = parser();
      String[] header = nextRecord();
      if (header == null) {
        throw new InputException(name, 1, givenUp == null ? "empty file: no header line" : "the header line cannot be read: " + givenUp);
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

  /** Asks {@link DelimitedRows} to find the separator in the header line. */
  static final char SNIFF = Inputs.SNIFF;
  /** Characters of the input looked at to find the separator: the header line fits in them. */
  private static final int HEAD = 1 << 16;

  private final char separator;
  private final List<String> notes = new ArrayList<>();

  @Override
  public List<String> notes() {
    return notes;
  }

  /**
   * The separator of a "CSV" file as the header line shows it: a comma, or a semicolon (what Excel
   * writes where the decimal separator is a comma: Finland, most of Europe) or a tab when the
   * header has more of those than commas outside quotes.
   */
  static char sniff(ReplayReader in) throws IOException {
    char[] head = new char[HEAD];
    int n = 0;
    // up to the header line's end, not a full buffer: a pipe's first line is answered before more come
    for (int r; n < HEAD && !lineEnds(head, n) && (r = in.read(head, n, HEAD - n)) > 0; ) {
      n += r;
    }
    in.rewind(0);
    return sniff(java.nio.CharBuffer.wrap(head, 0, n));
  }

  /** The separator {@code head}'s first line (outside quotes) shows: as {@link #sniff(ReplayReader)}. */
  static char sniff(CharSequence head) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  /** Whether the first {@code n} characters hold a line break outside quotes: the whole header line. */
  private static boolean lineEnds(char[] head, int n) {
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      if (head[i] == '"') {
        quoted = !quoted;
      } else if (!quoted && (head[i] == '\n' || head[i] == '\r')) {
        return true;
      }
    }
    return false;
  }

  /** The field separator read. */
  char separator() {
    return separator;
  }

  private MappingIterator<String[]> parser() throws IOException {
    offsetBase = reader.position();
    return MAPPER.readerFor(String[].class).with(schema).readValues(reader);
  }

  /**
   * The next record, or null at the end or when the parser gave up on the record ({@link #givenUp}
   * says why); {@link #recordStart} is the line it starts on.
   */
  private String[] nextRecord() throws IOException {
    givenUp = null;
    try {
      if (!records.hasNextValue()) {
        return null;
      }
      JsonLocation at = records.getParser().currentLocation();
      recordStart = lineBase + at.getLineNr();
      recordOffset = offsetBase + at.getCharOffset();
      reader.release(recordOffset);
      return records.nextValue();
    } catch (JsonProcessingException e) {
      giveUp(tooLong(e) ? String.format(java.util.Locale.ROOT, "a cell is longer than %,d characters, the longest read",
          Inputs.MAX_CELL_CHARS) : "malformed " + kind() + " (" + e.getOriginalMessage() + ")");
    }
    return null;
  }

  /** Skips the first line of the record the parser gave up on, and parses again from the next one. */
  private void giveUp(String why) throws IOException {
    String line = reader.skipLine(recordOffset, SHOWN);
    givenUp = "line " + recordStart + ": " + why + " in the record starting \"" + line
        + (line.length() == SHOWN ? "…" : "") + "\"; the line is kept as this row and reading goes on with line "
        + (recordStart + 1);
    lineBase = recordStart;
    records = parser();
  }

  private static boolean tooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
  }

  private String kind() {
    return name.endsWith(".tsv") ? "TSV" : "CSV";
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
        if (givenUp != null) {
          Map<String, String> empty = new LinkedHashMap<>();
          columns.forEach(c -> empty.put(c, ""));
          pending = new Row(recordStart, empty, givenUp);
          break;
        }
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
    return row(columns, values, recordStart);
  }

  /** A record's values under {@code columns}: padded when short, with an error when it has more non-empty fields. */
  static Row row(List<String> columns, String[] values, long recordStart) {
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
    return new InputException(name, recordStart, "cannot read: " + e.getMessage());
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

package org.servicesignals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.servicesignals.core.InputException;

/**
 * CSV or TSV that a program writes into a pipe as it goes, each record handed on as soon as its
 * last line has come. One Jackson parser over the whole stream cannot do that: to end a record it
 * reads the start of the next one. So lines are gathered until the record is whole — its quotes
 * balanced (RFC 4180 doubles a quote inside a field, so a whole record has an even number) — and
 * that record alone is given to Jackson's CSV parser. Rows come out as {@link DelimitedRows} gives
 * them (padded, extra fields an error, blank lines skipped in a wider file); a quote never closed
 * costs its first line, read as an error, and the lines after it are read again.
 */
final class StreamedDelimitedRows implements RowSource {
  private static final ObjectReader RECORD = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class);

  private final String name;
  private final BoundedLines lines;
  private final boolean quotes;
  private final ObjectReader reader;
  private final List<String> columns;
  private final List<String> notes = new ArrayList<>();
  /** Lines read again after a record whose quote never closed gave up its first line. */
  private final Deque<Object[]> again = new ArrayDeque<>();
  private long lineNo;
  private Row pending;

  StreamedDelimitedRows(String name, InputStream in, char separator) {
    this.name = name;
    try {
      TextDecoding.Decoded text = TextDecoding.decode(in);
      text.note().ifPresent(notes::add);
      this.lines = new BoundedLines(text.reader(), Inputs.MAX_CELL_CHARS);
      boolean tsv = separator == '\t';
      this.quotes = !tsv;
      Object[] header = record();
      if (header == null) {
        throw new InputException(name, 1, "empty input: no header line");
      }
      char sep = separator == Inputs.SNIFF ? DelimitedRows.sniff((String) header[1]) : separator;
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
      this.reader = RECORD.with(tsv ? schema.withoutQuoteChar() : schema);
      String[] names = parse((String) header[1]);
      if (names == null || names.length > Inputs.MAX_COLUMNS) {
        throw new InputException(name, 1, names == null ? "the header line cannot be read"
            : "the header has " + names.length + " columns; at most " + Inputs.MAX_COLUMNS + " are read");
      }
      this.columns = Headers.unique(Arrays.asList(names));
    } catch (IOException e) {
      throw new InputException(name, lineNo, "cannot read: " + e.getMessage());
    }
  }

  /** The next line, read again or new: its number and text; null at the end. */
  private Object[] line() throws IOException {
    if (!again.isEmpty()) {
      return again.poll();
    }
    String l = lines.next();
    if (l == null) {
      return null;
    }
    lineNo++;
    return new Object[] {lineNo, lines.cut() ? null : l};
  }

  /**
   * The next whole record: its first line's number, its text (lines joined with a line feed), and,
   * when it is no record, why; null at the end.
   */
  private Object[] record() throws IOException {
    Object[] first = line();
    if (first == null) {
      return null;
    }
    if (first[1] == null) {
      return new Object[] {first[0], "", String.format(java.util.Locale.ROOT,
          "line %d is over the longest read (%,d characters)", (Long) first[0], Inputs.MAX_CELL_CHARS)};
    }
    StringBuilder b = new StringBuilder((String) first[1]);
    List<Object[]> taken = new ArrayList<>();
    while (quotes && odd(b)) {
      Object[] next = line();
      if (next == null || next[1] == null || b.length() > Inputs.MAX_CELL_CHARS) {
        if (next != null) {
          taken.add(next);
        }
        for (int i = taken.size() - 1; i >= 0; i--) {
          again.push(taken.get(i)); // read again, after the first line given up
        }
        return new Object[] {first[0], "", "line " + first[0] + ": a quote opened here is never closed; the line is "
            + "kept as this row and reading goes on with line " + ((Long) first[0] + 1)};
      }
      taken.add(next);
      b.append('\n').append((String) next[1]);
    }
    return new Object[] {first[0], b.toString()};
  }

  private static boolean odd(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == '"' ? 1 : 0;
    }
    return n % 2 == 1;
  }

  private String[] parse(String record) {
    try {
      try (com.fasterxml.jackson.databind.MappingIterator<String[]> it = reader.readValues(record)) {
        return it.hasNextValue() ? it.nextValue() : new String[0];
      }
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      throw new InputException(name, lineNo, "cannot read: " + e.getMessage());
    }
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending == null) {
        Object[] r = record();
        if (r == null) {
          return false;
        }
        long at = (Long) r[0];
        if (r.length > 2) {
          pending = new Row(at, empty(), (String) r[2]);
          break;
        }
        String[] values = parse((String) r[1]);
        if (values == null) {
          pending = new Row(at, empty(), "line " + at + ": malformed " + (quotes ? "CSV" : "TSV") + " record");
        } else if (values.length > 1 || values.length == 1 && !values[0].isEmpty() || columns.size() == 1) {
          pending = DelimitedRows.row(columns, values, at);
        }
      }
      return true;
    } catch (IOException e) {
      throw new InputException(name, lineNo, "cannot read: " + e.getMessage());
    }
  }

  private Map<String, String> empty() {
    Map<String, String> m = new LinkedHashMap<>();
    columns.forEach(c -> m.put(c, ""));
    return m;
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

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      // closing a stream we only read from: nothing to recover
    }
  }
}

package org.servicesignals.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.servicesignals.core.InputException;

/**
 * The first sheet of an XLSX workbook, read row by row with fastexcel-reader (no whole-sheet DOM,
 * so large exports fit in memory). Row 1 is the header; fully empty rows are skipped.
 */
final class XlsxRows implements RowSource {
  private final String name;
  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final List<String> columns = new ArrayList<>();
  private Row pending;

  /** Reads {@code file} in place: the workbook is a zip, and only a file can be read without loading it whole. */
  XlsxRows(String name, java.io.File file) {
    this(name, checked(name, file));
  }

  /** Reads a workbook from a stream (standard input), copied to a temporary file to be checked and read in place. */
  XlsxRows(String name, InputStream in) {
    this(name, copy(name, in));
  }

  private XlsxRows(String name, java.nio.file.Path temporary) {
    this(name, temporary.toFile());
    this.temporary = temporary;
  }

  private static Opener checked(String name, java.io.File file) {
    ZipBombCheck.check(name, file);
    return () -> new ReadableWorkbook(file, OPTIONS);
  }

  private static java.nio.file.Path copy(String name, InputStream in) {
    try {
      java.nio.file.Path t = java.nio.file.Files.createTempFile("service-signals-", ".xlsx");
      t.toFile().deleteOnExit(); // also when the workbook turns out unreadable
      java.nio.file.Files.copy(in, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return t;
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  private java.nio.file.Path temporary;

  /** Cell formats are read so that a date cell comes back as a date, not as Excel's serial number. */
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private interface Opener {
    ReadableWorkbook open() throws IOException;
  }

  private XlsxRows(String name, Opener opener) {
    this.name = name;
    try {
      this.workbook = opener.open();
      this.stream = workbook.getFirstSheet().openStream();
    } catch (IOException | RuntimeException e) {
      throw new InputException(name, "not a readable XLSX workbook (" + e.getMessage() + ")");
    }
    this.rows = stream.iterator();
    org.dhatim.fastexcel.reader.Row header = nextNonEmpty();
    if (header == null) {
      throw new InputException(name, 1, "empty sheet: no header row");
    }
    List<String> raw = new ArrayList<>();
    for (int i = 0; i < header.getCellCount(); i++) {
      raw.add(text(header.getCell(i)));
    }
    columns.addAll(Headers.unique(raw));
  }

  private org.dhatim.fastexcel.reader.Row nextNonEmpty() {
    try {
      while (rows.hasNext()) {
        org.dhatim.fastexcel.reader.Row r = rows.next();
        for (int i = 0; i < r.getCellCount(); i++) {
          if (!text(r.getCell(i)).isBlank()) {
            return r;
          }
        }
      }
      return null;
    } catch (RuntimeException e) {
      throw new InputException(name, "broken XLSX sheet: " + e.getMessage());
    }
  }

  private static String text(Cell c) {
    if (c == null) {
      return "";
    }
    if (c.getType() == CellType.NUMBER && isDateFormat(c.getDataFormatString())) {
      try {
        LocalDateTime d = c.asDate();
        return d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString();
      } catch (RuntimeException e) {
        // not a date after all: fall through to the text
      }
    }
    String t = c.getText();
    return t == null ? "" : t;
  }

  /** Excel date and time formats ("dd/mm/yyyy", "m/d/yy h:mm"), not numbers or text ("0.00", "@"). */
  static boolean isDateFormat(String format) {
    if (format == null) {
      return false;
    }
    String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
    return f.matches(".*[dyh].*") || f.matches(".*m.*") && !f.contains("0");
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
    if (pending == null) {
      org.dhatim.fastexcel.reader.Row r = nextNonEmpty();
      if (r == null) {
        return false;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        fields.put(columns.get(i), i < r.getCellCount() ? text(r.getCell(i)) : "");
      }
      String error = "";
      for (int i = columns.size(); i < r.getCellCount(); i++) {
        if (!text(r.getCell(i)).isBlank()) {
          error = "row " + r.getRowNum() + " has values beyond the header's " + columns.size() + " columns";
          break;
        }
      }
      pending = new Row(r.getRowNum(), fields, error);
    }
    return true;
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
  public void close() {
    stream.close();
    try {
      workbook.close();
      if (temporary != null) {
        java.nio.file.Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      // read-only workbook and our own temporary copy: nothing to recover
    }
  }
}

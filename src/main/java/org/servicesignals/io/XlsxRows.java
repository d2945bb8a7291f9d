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
import org.dhatim.fastexcel.reader.Sheet;
import org.servicesignals.core.InputException;

/**
 * One sheet of an XLSX workbook (the first, or one chosen by name or number), read row by row with
 * fastexcel-reader (no whole-sheet DOM, so large exports fit in memory). Row 1 is the header; fully
 * empty rows are skipped. A sheet the workbook does not have is an error that lists the sheets.
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
    this(name, file, java.util.Optional.empty());
  }

  /** @param sheet the sheet's name, or its number from 1; empty for the first */
  XlsxRows(String name, java.io.File file, java.util.Optional<String> sheet) {
    this(name, checked(name, file), sheet);
  }

  /** Reads a workbook from a stream (standard input), copied to a temporary file to be checked and read in place. */
  XlsxRows(String name, InputStream in) {
    this(name, in, java.util.Optional.empty());
  }

  XlsxRows(String name, InputStream in, java.util.Optional<String> sheet) {
    this(name, copy(name, in), sheet);
  }

  private XlsxRows(String name, java.nio.file.Path temporary, java.util.Optional<String> sheet) {
    this(name, temporary.toFile(), sheet);
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

  private XlsxRows(String name, Opener opener, java.util.Optional<String> sheet) {
    this.name = name;
    try {
      this.workbook = opener.open();
    } catch (IOException | RuntimeException e) {
      throw new InputException(name, "not a readable XLSX workbook (" + e.getMessage() + ")");
    }
    Sheet chosen = sheet(sheet);
    try {
      this.stream = chosen.openStream();
    } catch (IOException | RuntimeException e) {
      close(workbook);
      throw new InputException(name, "sheet '" + chosen.getName() + "' cannot be read (" + e.getMessage() + ")");
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

  /** The sheet named {@code wanted} (exactly, else ignoring case), or numbered so from 1; the first when empty. */
  private Sheet sheet(java.util.Optional<String> wanted) {
    List<Sheet> sheets = workbook.getSheets().toList();
    if (sheets.isEmpty()) {
      close(workbook);
      throw new InputException(name, "the workbook has no sheets");
    }
    if (wanted.isEmpty()) {
      return sheets.get(0);
    }
    String w = wanted.get().strip();
    java.util.Optional<Sheet> found = sheets.stream().filter(s -> s.getName().equals(w)).findFirst()
        .or(() -> sheets.stream().filter(s -> s.getName().equalsIgnoreCase(w)).findFirst());
    if (found.isEmpty() && w.matches("\\d{1,6}")) {
      int n = Integer.parseInt(w);
      found = n >= 1 && n <= sheets.size() ? java.util.Optional.of(sheets.get(n - 1)) : java.util.Optional.empty();
    }
    if (found.isEmpty()) {
      close(workbook);
      List<String> listed = new ArrayList<>();
      for (int i = 0; i < sheets.size(); i++) {
        listed.add((i + 1) + " '" + sheets.get(i).getName() + "'");
      }
      throw new InputException(name, "no sheet '" + w + "'; the workbook's sheets are " + String.join(", ", listed)
          + " (--sheet takes a name or a number)");
    }
    return found.get();
  }

  private static void close(ReadableWorkbook wb) {
    try {
      wb.close();
    } catch (IOException e) {
      // closing after a failure: the failure is what is reported
    }
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

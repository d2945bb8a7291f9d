package org.servicesignals.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.servicesignals.core.InputException;

/** Opens an input by its format: csv, tsv, jsonl, txt or xlsx. */
public final class Inputs {
  public static final List<String> FORMATS = List.of("csv", "tsv", "jsonl", "txt", "xlsx");
  /** More columns (or JSON keys) than any survey export has: a header or line with more is refused. */
  public static final int MAX_COLUMNS = 10_000;
  /**
   * The longest cell or line read, in characters: ten times the longest message classified by
   * default. A longer one becomes that row's error (its start shown), so one runaway cell — an
   * unclosed quote, a line with no end — costs a row and bounded memory, never the run.
   */
  public static final int MAX_CELL_CHARS = 1_000_000;

  private Inputs() {}

  /** The format a file name implies, or null when its extension is not one we read. */
  public static String formatOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "csv", "tsv", "jsonl", "txt", "xlsx" -> ext;
      case "ndjson" -> "jsonl";
      case "tab" -> "tsv";
      default -> null;
    };
  }

  /** A CSV delimiter of this value means: take it from the header line (comma, semicolon or tab). */
  public static final char SNIFF = 0;

  public static RowSource open(Path file, String format) {
    return open(file, format, ReadOptions.DEFAULT);
  }

  /** Opens {@code file}; a CSV is split at {@code csvDelimiter}, or at what its header shows ({@link #SNIFF}). */
  public static RowSource open(Path file, String format, char csvDelimiter) {
    return open(file, format, ReadOptions.DEFAULT.withDelimiter(csvDelimiter));
  }

  /** Opens {@code file} as {@code options} say: its delimiter, its sheet, the rows below its header to skip. */
  public static RowSource open(Path file, String format, ReadOptions options) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a directory, not a file");
    }
    if (format.equals("xlsx") && Files.isRegularFile(file)) {
      return SurveyHeaders.of(new XlsxRows(name, file.toFile(), options.sheet()), options.skipRows());
    }
    options.sheet().ifPresent(s -> {
      throw new InputException(name, "--sheet is for XLSX workbooks; this input is " + format);
    });
    if (format.equals("jsonl") && Files.isRegularFile(file)) {
      // JSON Lines rows need not share keys: read them all first, so no late key is dropped
      List<String> keys = LineRows.keys(file);
      AtomicLong read = new AtomicLong();
      try {
        return MeasuredRows.of(new LineRows(name, MeasuredRows.counting(Files.newInputStream(file), read), true, keys),
            read, Files.size(file));
      } catch (IOException e) {
        throw new InputException(name, "cannot open: " + e.getMessage());
      }
    }
    InputStream in;
    long size;
    try {
      in = Files.newInputStream(file);
      size = Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot open: " + e.getMessage());
    }
    AtomicLong read = new AtomicLong();
    return MeasuredRows.of(open(name, MeasuredRows.counting(in, read), format, options), read, size);
  }

  public static RowSource open(String name, InputStream in, String format) {
    return open(name, in, format, SNIFF);
  }

  public static RowSource open(String name, InputStream in, String format, char csvDelimiter) {
    return open(name, in, format, ReadOptions.DEFAULT.withDelimiter(csvDelimiter));
  }

  /**
   * Opens a stream as {@code options} say. Tables (CSV, TSV, XLSX) lose the rows below their header
   * that are not answers ({@link SurveyHeaders}); line formats have no header to follow.
   */
  public static RowSource open(String name, InputStream in, String format, ReadOptions options) {
    char csvDelimiter = options.delimiter();
    if (options.sheet().isPresent() && !format.equalsIgnoreCase("xlsx")) {
      throw new InputException(name, "--sheet is for XLSX workbooks; this input is " + format);
    }
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "csv", "tsv" -> {
        char sep = format.equalsIgnoreCase("tsv") ? '\t' : csvDelimiter;
        yield SurveyHeaders.of(options.asItComes() ? new StreamedDelimitedRows(name, in, sep)
            : new DelimitedRows(name, in, sep), options.skipRows());
      }
      case "jsonl" -> new LineRows(name, in, true);
      case "txt" -> new LineRows(name, in, false);
      case "xlsx" -> SurveyHeaders.of(new XlsxRows(name, in, options.sheet()), options.skipRows());
      default -> throw new InputException(name, "unknown input format '" + format + "': use " + FORMATS);
    };
  }
}

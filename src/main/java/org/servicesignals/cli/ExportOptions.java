package org.servicesignals.cli;

import java.util.Locale;
import java.util.Optional;
import org.servicesignals.io.ReadOptions;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Outputs;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How files are split and written for spreadsheets, and when a run with many failed rows fails. */
final class ExportOptions {
  /** Share of rows with errors above which a run exits 1, so a pipeline notices. */
  static final double MAX_ERROR_RATE = 0.5;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--delimiter", paramLabel = "C", converter = DelimiterConverter.class,
      description = "CSV field separator, for input and output: ',' ';' '|' or 'tab' (default: input from its "
          + "header line, output ',').")
  Character delimiter;

  @Option(names = "--excel", description = "Start CSV/TSV output with a UTF-8 byte-order mark, so Excel reads the "
      + "scripts right (default: none).")
  boolean excel;

  @Option(names = "--raw-cells", description = "Write cells as they are, for programs: by default a cell starting "
      + "with = + - @, tab or carriage return gets a leading ' so a spreadsheet never runs it as a formula.")
  boolean raw;

  @Option(names = "--max-error-rate", paramLabel = "R",
      description = "Exit with code 1 when more than this share of rows could not be classified (rows are still "
          + "written; default: ${DEFAULT-VALUE}; 1 never fails).")
  double maxErrorRate = MAX_ERROR_RATE;

  @Option(names = "--skip-rows", paramLabel = "N",
      description = "Rows below the header that are more header, not answers (default: those a Qualtrics or "
          + "SurveyMonkey export has, found and named on standard error; 0 reads every row).")
  Integer skipRows;

  @Option(names = "--sheet", paramLabel = "NAME|N", description = "The XLSX sheet to read, by name or number from 1 "
      + "(default: the first).")
  String sheet;

  @Option(names = "--no-progress", description = "No progress bar (there is none when standard error is not a terminal).")
  boolean noProgress;

  char inputDelimiter() {
    return delimiter == null ? Inputs.SNIFF : delimiter;
  }

  /** How the input is read: its delimiter, its sheet, and the rows below its header to skip (found, by default). */
  ReadOptions readOptions() {
    return new ReadOptions(inputDelimiter(), Optional.ofNullable(sheet), skipRows == null ? ReadOptions.DETECT : skipRows,
        false);
  }

  Outputs.Style style() {
    return new Outputs.Style(delimiter == null ? ',' : delimiter, !raw, excel);
  }

  void validate() {
    if (skipRows != null && skipRows < 0) {
      throw Options.usage(spec, "--skip-rows must be 0 or more, not " + skipRows);
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw Options.usage(spec, "--max-error-rate must be between 0 and 1, not " + maxErrorRate);
    }
  }

  /** Whether {@code errors} of {@code rows} is more than the run may have. */
  boolean tooMany(long errors, long rows) {
    return rows > 0 && errors > maxErrorRate * rows;
  }

  /** 1 (and why, on {@code err}) when more rows failed than the run may have, else 0. */
  int exitCode(long errors, long rows, java.io.PrintWriter err) {
    if (tooMany(errors, rows)) {
      err.println("error: " + tooManyMessage(errors, rows));
      return CommandLine.ExitCode.SOFTWARE;
    }
    return CommandLine.ExitCode.OK;
  }

  String tooManyMessage(long errors, long rows) {
    return String.format(Locale.ROOT, "%,d of %,d rows (%.0f%%) could not be classified, more than --max-error-rate %s;"
        + " the rows are written with their errors", errors, rows, 100.0 * errors / rows, maxErrorRate);
  }

  /** ',' ';' '|' or 'tab'. */
  static final class DelimiterConverter implements CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case ",", "comma" -> ',';
        case ";", "semicolon" -> ';';
        case "|", "pipe" -> '|';
        case "tab", "\t", "\\t" -> '\t';
        default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a delimiter: use , ; | or tab");
      };
    }
  }
}

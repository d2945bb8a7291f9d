package org.servicesignals.io;

import java.util.Objects;
import java.util.Optional;

/**
 * How an input file is read beyond its format.
 *
 * @param delimiter a CSV's field separator, or {@link Inputs#SNIFF} to take it from the header line
 * @param sheet the XLSX sheet, by name or by 1-based number; empty for the first
 * @param skipRows rows below the header that are not answers; {@link #DETECT} finds a survey
 *     tool's extra header rows ({@link SurveyHeaders})
 * @param asItComes a stream is being fed as it is read (a pipe answered line by line): each CSV
 *     or TSV record is handed on as soon as it is whole ({@link StreamedDelimitedRows})
 */
public record ReadOptions(char delimiter, Optional<String> sheet, int skipRows, boolean asItComes) {
  /** Skip what a survey tool's export is known to put below the header, and nothing else. */
  public static final int DETECT = -1;
  /** The delimiter from the header line, the first sheet, every row below the header read. */
  public static final ReadOptions DEFAULT = new ReadOptions(Inputs.SNIFF, Optional.empty(), 0, false);

  public ReadOptions {
    Objects.requireNonNull(sheet, "sheet");
    if (skipRows < DETECT) {
      throw new IllegalArgumentException("rows to skip must be 0 or more, not " + skipRows);
    }
  }

  /** These options with the CSV delimiter {@code d}. */
  public ReadOptions withDelimiter(char d) {
    return new ReadOptions(d, sheet, skipRows, asItComes);
  }

  /** These options for a stream read as it comes, or not. */
  public ReadOptions asItComes(boolean streamed) {
    return new ReadOptions(delimiter, sheet, skipRows, streamed);
  }
}

package org.servicesignals.train;

/**
 * Why a row of a labelled file was not used, and where it is.
 *
 * @param source the file
 * @param line 1-based line (or sheet row) of the row; 0 when the problem is the file's
 * @param reason what is wrong with it
 */
public record RowProblem(String source, long line, String reason) {
  @Override
  public String toString() {
    return source + (line > 0 ? ":" + line : "") + ": " + reason;
  }
}

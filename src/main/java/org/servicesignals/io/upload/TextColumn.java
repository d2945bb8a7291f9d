package org.servicesignals.io.upload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of an uploaded table holds the messages: {@code text}; else the only column; else
 * the first column whose cells are mostly words — at least half of its non-empty cells in the first
 * rows hold two or more words with letters — so an id ({@code R-1003}), a date or a rating is passed
 * over for the comment beside it.
 */
public final class TextColumn {
  public static final String TEXT = "text";
  /** Rows looked at to tell a column of words from a column of codes. */
  public static final int SAMPLE = 100;

  private TextColumn() {}

  /** The text column of a table with {@code columns}, judged on {@code rows}; empty when none looks like text. */
  public static Optional<String> choose(List<String> columns, List<Map<String, String>> rows) {
    if (columns.contains(TEXT)) {
      return Optional.of(TEXT);
    }
    if (columns.size() == 1) {
      return Optional.of(columns.get(0));
    }
    List<Map<String, String>> sample = rows.subList(0, Math.min(SAMPLE, rows.size()));
    for (String c : columns) {
      int filled = 0;
      int words = 0;
      for (Map<String, String> r : sample) {
        String v = r.getOrDefault(c, "").strip();
        if (!v.isEmpty()) {
          filled++;
          if (wordy(v)) {
            words++;
          }
        }
      }
      if (filled > 0 && words * 2 >= filled) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Two or more whitespace-separated words, each holding a letter. */
  private static boolean wordy(String v) {
    int n = 0;
    for (String w : v.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetter) && ++n >= 2) {
        return true;
      }
    }
    return false;
  }
}

package org.servicesignals.classify;

import java.util.Objects;
import java.util.Optional;
import org.servicesignals.core.Lang;

/**
 * How {@link BatchClassifier} reads rows.
 *
 * @param textColumn the column holding the message
 * @param idColumn the column holding the row id; empty means the line number is the id
 * @param langColumn a column declaring each row's language; empty cells are detected
 * @param lang one language declared for every row (a language column's non-empty cell wins)
 * @param explain whether predictions carry evidence
 * @param threads worker threads, 1 or more
 * @param maxChars longest message classified; a longer one is that row's error
 */
public record BatchOptions(String textColumn, Optional<String> idColumn, Optional<String> langColumn,
    Optional<Lang> lang, boolean explain, int threads, int maxChars) {
  /**
   * The default longest message: 100,000 characters is some 15,000 words, far past any survey answer
   * or e-mail, and keeps the memory one message can take (about 100 times its size while analysed)
   * to a few tens of megabytes.
   */
  public static final int MAX_CHARS = 100_000;

  /** More threads than this only adds contention: one chunk has {@link BatchClassifier#CHUNK} rows. */
  public static final int MAX_THREADS = 256;

  public BatchOptions {
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(langColumn, "langColumn");
    Objects.requireNonNull(lang, "lang");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", not " + threads);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("the longest message must be at least 1 character, not " + maxChars);
    }
  }

  /** The text column, nothing declared, no evidence, all cores. */
  public static BatchOptions of(String textColumn) {
    return new BatchOptions(textColumn, Optional.empty(), Optional.empty(), Optional.empty(), false,
        Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), MAX_CHARS);
  }
}

package org.servicesignals.spark;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Lang;

/**
 * How {@link ServiceSignals#classify} reads a {@code Dataset<Row>}: the options of {@code classify}
 * on the command line, in a form Spark can ship to its executors.
 *
 * @param textColumn the column holding the message (a string column)
 * @param idColumn the column holding the row id, or null (the row number is the id)
 * @param langColumn a string column declaring each row's language, or null; empty cells are detected
 * @param lang one language declared for every row, or null (a language column's non-empty cell wins)
 * @param explain whether to add {@code lang_source evidence known_tokens tokens}
 * @param maxChars longest message classified; a longer one is that row's error
 * @param reviewBelow confidence below which {@code needs_review} is true
 * @param models a directory on the driver with {@code <lang>.bin} and {@code <lang>.card.json}, or
 *     null for the models shipped in the jar
 * @param partitions partitions to classify in, in input order; 0 keeps the input's partitioning
 */
public record ClassifyOptions(String textColumn, String idColumn, String langColumn, Lang lang, boolean explain,
    int maxChars, double reviewBelow, String models, int partitions) implements Serializable {

  public ClassifyOptions {
    Objects.requireNonNull(textColumn, "textColumn");
    if (maxChars < 1) {
      throw new IllegalArgumentException("the longest message must be at least 1 character, not " + maxChars);
    }
    if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
      throw new IllegalArgumentException("the review threshold is a probability between 0 and 1, not " + reviewBelow);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (as the input) or more, not " + partitions);
    }
  }

  /** The text column; nothing declared, no evidence, the shipped models, the input's partitions. */
  public static ClassifyOptions of(String textColumn) {
    return new ClassifyOptions(textColumn, null, null, null, false, BatchOptions.MAX_CHARS,
        PredictionColumns.REVIEW_BELOW, null, 0);
  }

  public ClassifyOptions withIdColumn(String column) {
    return new ClassifyOptions(textColumn, column, langColumn, lang, explain, maxChars, reviewBelow, models, partitions);
  }

  public ClassifyOptions withLangColumn(String column) {
    return new ClassifyOptions(textColumn, idColumn, column, lang, explain, maxChars, reviewBelow, models, partitions);
  }

  public ClassifyOptions withLang(Lang l) {
    return new ClassifyOptions(textColumn, idColumn, langColumn, l, explain, maxChars, reviewBelow, models, partitions);
  }

  public ClassifyOptions withExplain(boolean on) {
    return new ClassifyOptions(textColumn, idColumn, langColumn, lang, on, maxChars, reviewBelow, models, partitions);
  }

  public ClassifyOptions withMaxChars(int n) {
    return new ClassifyOptions(textColumn, idColumn, langColumn, lang, explain, n, reviewBelow, models, partitions);
  }

  public ClassifyOptions withReviewBelow(double p) {
    return new ClassifyOptions(textColumn, idColumn, langColumn, lang, explain, maxChars, p, models, partitions);
  }

  public ClassifyOptions withModels(String dir) {
    return new ClassifyOptions(textColumn, idColumn, langColumn, lang, explain, maxChars, reviewBelow, dir, partitions);
  }

  public ClassifyOptions withPartitions(int n) {
    return new ClassifyOptions(textColumn, idColumn, langColumn, lang, explain, maxChars, reviewBelow, models, n);
  }

  /**
   * The library's options for one task: one thread, since Spark already runs one task per core and
   * a second thread per task would only contend with the next task.
   */
  BatchOptions batchOptions() {
    return new BatchOptions(textColumn, Optional.ofNullable(idColumn), Optional.ofNullable(langColumn),
        Optional.ofNullable(lang), explain, 1, maxChars);
  }
}

package org.servicesignals.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.RowSource;
import org.servicesignals.langid.LanguageIdentifier;

/** What {@code classify} on the command line gives for the same rows: the reference for the Spark job. */
final class CorePath {
  static final Classifier SHIPPED = new Classifier(LanguageIdentifier.load(), ModelFiles.load(null));

  private CorePath() {}

  /** The prediction columns {@link BatchClassifier} gives each row, as {@link PredictionColumns} writes them. */
  static List<Map<String, Object>> predictions(List<SourceRow> rows, BatchOptions options, PredictionColumns ours)
      throws InterruptedException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (BatchClassifier batch = new BatchClassifier(SHIPPED, options)) {
      for (Prediction p : batch.classify(rows)) {
        Map<String, Object> m = new LinkedHashMap<>();
        ours.put(m, p);
        out.add(m);
      }
    }
    return out;
  }

  /** The rows of a file as {@code classify} reads them. */
  static List<org.servicesignals.io.Row> read(Path file, String format) throws Exception {
    List<org.servicesignals.io.Row> rows = new ArrayList<>();
    try (RowSource src = Inputs.open(file, format)) {
      src.forEachRemaining(rows::add);
    }
    return rows;
  }

  /** The prediction columns of a Spark row, by their output names. */
  static Map<String, Object> predicted(Row row, PredictionColumns ours) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String name : ours.names()) {
      m.put(name, row.getAs(name));
    }
    return m;
  }
}

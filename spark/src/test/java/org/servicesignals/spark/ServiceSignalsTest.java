package org.servicesignals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.InputException;
import org.servicesignals.core.SourceRow;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;

/**
 * The transformation against the library's own {@code classify} path on the same rows, on a real
 * Spark session with two local cores: the shipped sample export and rows of every corpus's test
 * split, with the rows that must come back with an error.
 */
class ServiceSignalsTest {
  static final SparkSession SPARK = LocalSpark.session();
  static final Path SAMPLE = LocalSpark.REPO.resolve("corpora/samples/survey-export.csv");
  static final List<String> CORPORA = List.of("hi", "fi", "ur", "ta", "en", "hi-Latn", "ur-Latn", "ta-Latn");
  static final StructType MESSAGES = new StructType()
      .add("id", DataTypes.StringType)
      .add("score", DataTypes.IntegerType)
      .add("text", DataTypes.StringType)
      .add("lang", DataTypes.StringType);

  @Test
  void sampleExportAsClassifyScoresIt() throws Exception {
    Dataset<Row> in = SparkFiles.read(SPARK, SAMPLE.toString(), SparkFiles.Format.CSV, ',');
    List<Row> got = ServiceSignals.classify(in, ClassifyOptions.of("comment").withIdColumn("response_id"))
        .collectAsList();

    List<org.servicesignals.io.Row> rows = CorePath.read(SAMPLE, "csv");
    List<String> columns = new ArrayList<>(rows.get(0).fields().keySet());
    PredictionColumns ours = PredictionColumns.beside(columns, false);
    List<Map<String, Object>> expected = CorePath.predictions(rows.stream().map(org.servicesignals.io.Row::source).toList(),
        new BatchOptions("comment", Optional.of("response_id"), Optional.empty(), Optional.empty(), false, 2,
            BatchOptions.MAX_CHARS), ours);

    assertThat(got).hasSize(20).hasSameSizeAs(rows);
    List<Object> errors = expected.stream().map(m -> m.get("error")).toList();
    assertThat(errors).contains("empty text").anyMatch(e -> e.toString().contains("French (fra), which is not supported"));
    for (int i = 0; i < rows.size(); i++) {
      Row row = got.get(i);
      for (String c : columns) {
        // Spark reads an empty cell as null, classify as ""
        assertThat(Objects.toString(row.<Object>getAs(c), "")).as("%s of row %d", c, i).isEqualTo(rows.get(i).fields().get(c));
      }
      assertThat(CorePath.predicted(row, ours)).as("row %s", row.<String>getAs("response_id")).isEqualTo(expected.get(i));
    }
    assertThat(Arrays.asList(ServiceSignals.classify(in, "comment").columns()))
        .containsExactly("response_id", "submitted", "country", "channel", "comment",
            "lang", "label", "confidence", "p_exceptional", "p_good", "p_poor", "error", "needs_review",
            "script", "lang_confidence");
  }

  @Test
  void testSplitsAndBadRowsAsClassifyScoresThemInOrder() throws Exception {
    List<Row> rows = messages(40);
    int maxChars = 2_000;
    rows.add(RowFactory.create("empty", 1, "", null));
    rows.add(RowFactory.create("null", 2, null, null));
    rows.add(RowFactory.create("blank", 3, "   ", "en"));
    rows.add(RowFactory.create("french", 4,
        "Le service était correct, mais la livraison a pris trois semaines et personne ne répondait.", null));
    rows.add(RowFactory.create("declared-xx", 5, "The service was fine.", "xx"));
    rows.add(RowFactory.create("declared-fi", 6, "Palvelu oli todella hyvää ja nopeaa", "fi"));
    rows.add(RowFactory.create("too-long", 7, "Slow. ".repeat(500), null));
    rows.add(RowFactory.create("bad-bytes", 8, "Great service \uFFFD thanks", null));
    rows.add(RowFactory.create("thumbs", 9, "👍👍", null));
    Dataset<Row> in = SPARK.createDataFrame(rows, MESSAGES);
    ClassifyOptions options = ClassifyOptions.of("text").withIdColumn("id").withLangColumn("lang")
        .withMaxChars(maxChars).withPartitions(3);

    Dataset<Row> out = ServiceSignals.classify(in, options);
    assertThat(out.javaRDD().getNumPartitions()).isEqualTo(3);
    List<Row> got = out.collectAsList();

    List<SourceRow> source = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("id", rows.get(i).getString(0));
      fields.put("text", Objects.toString(rows.get(i).get(2), ""));
      fields.put("lang", Objects.toString(rows.get(i).get(3), ""));
      source.add(SourceRow.of(i + 1, fields));
    }
    PredictionColumns ours = PredictionColumns.beside(List.of(MESSAGES.fieldNames()), false);
    List<Map<String, Object>> expected = CorePath.predictions(source, new BatchOptions("text", Optional.of("id"),
        Optional.of("lang"), Optional.empty(), false, 2, maxChars), ours);

    assertThat(got).extracting(r -> r.getString(0)).containsExactlyElementsOf(rows.stream().map(r -> r.getString(0)).toList());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(got.get(i).getInt(1)).isEqualTo(rows.get(i).getInt(1));
      assertThat(got.get(i).get(2)).isEqualTo(rows.get(i).get(2));
      assertThat(CorePath.predicted(got.get(i), ours)).as("row %s", rows.get(i).getString(0)).isEqualTo(expected.get(i));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (Row r : got) {
      errors.put(r.getString(0), r.getAs("error"));
    }
    assertThat(errors.get("empty")).isEqualTo("empty text");
    assertThat(errors.get("null")).isEqualTo("empty text");
    assertThat(errors.get("french")).contains("French").contains("not supported");
    assertThat(errors.get("declared-xx")).isEqualTo("language 'xx' in column 'lang' is not supported (hi, fi, ur, ta, en)");
    assertThat(errors.get("declared-fi")).isEmpty();
    assertThat(errors.get("too-long")).isEqualTo("line " + (rows.size() - 2) + ": the message is 3,000 characters, over the limit of 2,000");
    assertThat(errors.get("bad-bytes")).contains("not valid UTF-8");
    assertThat(errors.get("thumbs")).isEmpty();
    for (int i = 0; i < rows.size() - 9; i++) {
      if (i % CORPORA.size() < 5) { // hi fi ur ta en in their own scripts and spellings: all labelled
        assertThat(got.get(i).<String>getAs("label")).as("row %s", rows.get(i).getString(0)).isNotNull();
      }
    }
  }

  @Test
  void evidenceAsClassifyExplainsIt() throws Exception {
    List<Row> rows = messages(6);
    Dataset<Row> in = SPARK.createDataFrame(rows, MESSAGES);
    List<Row> got = ServiceSignals.classify(in, ClassifyOptions.of("text").withExplain(true)).collectAsList();

    List<SourceRow> source = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      source.add(SourceRow.of(i + 1, Map.of("id", rows.get(i).getString(0), "text", rows.get(i).getString(2))));
    }
    PredictionColumns ours = PredictionColumns.beside(List.of(MESSAGES.fieldNames()), true);
    List<Map<String, Object>> expected = CorePath.predictions(source, new BatchOptions("text", Optional.empty(),
        Optional.empty(), Optional.empty(), true, 2, BatchOptions.MAX_CHARS), ours);
    assertThat(ours.names()).contains("lang_source", "evidence", "known_tokens", "tokens");
    for (int i = 0; i < rows.size(); i++) {
      assertThat(CorePath.predicted(got.get(i), ours)).isEqualTo(expected.get(i));
    }
    assertThat(got).extracting(r -> (String) r.getAs("evidence")).anyMatch(e -> e.matches(".*\\[\\d+,\\d+\\].*"));
  }

  @Test
  void columnsTheInputHasAreKeptAndOursRenamed(@TempDir Path tmp) {
    StructType schema = new StructType().add("text", DataTypes.StringType).add("label", DataTypes.StringType)
        .add("Confidence", DataTypes.DoubleType).add("predicted_label", DataTypes.StringType)
        .add("LANG", DataTypes.StringType);
    Dataset<Row> in = SPARK.createDataFrame(List.of(
        RowFactory.create("Kiitos, paketti tuli ajallaan", "mine", 0.5, "theirs", "x"),
        RowFactory.create("Nobody answered my emails for two weeks", null, null, null, null)), schema);

    Dataset<Row> out = ServiceSignals.classify(in, "text");

    assertThat(Arrays.asList(out.columns())).containsExactly("text", "label", "Confidence", "predicted_label", "LANG",
        "predicted_lang", "predicted_label_2", "predicted_confidence", "p_exceptional", "p_good", "p_poor", "error",
        "needs_review", "script", "lang_confidence");
    List<Row> got = out.collectAsList();
    assertThat(got.get(0).<String>getAs("label")).isEqualTo("mine");
    assertThat(got.get(0).<Double>getAs("Confidence")).isEqualTo(0.5);
    assertThat(got.get(0).<String>getAs("predicted_label")).isEqualTo("theirs");
    assertThat(got.get(0).<String>getAs("predicted_lang")).isEqualTo("fi");
    assertThat(got.get(1).<String>getAs("predicted_label_2")).isEqualTo("poor");
    assertThat(ServiceSignals.columns(in, ClassifyOptions.of("text")).renamed()).containsExactly("lang", "label", "confidence");
    // Parquet refuses columns that differ only by case: the renamed ones never do
    out.write().parquet(tmp.resolve("out.parquet").toString());
    assertThat(SPARK.read().parquet(tmp.resolve("out.parquet").toString()).count()).isEqualTo(2);
  }

  @Test
  void modelsFromADirectoryAreBroadcastAndGiveTheSameLabels() {
    Dataset<Row> in = SPARK.createDataFrame(messages(8), MESSAGES);
    List<Row> shipped = ServiceSignals.classify(in, "text").collectAsList();
    List<Row> fromDir = ServiceSignals.classify(in, ClassifyOptions.of("text")
        .withModels(LocalSpark.REPO.resolve("models").toString()).withPartitions(2)).collectAsList();
    assertThat(fromDir).isEqualTo(shipped);
  }

  @Test
  void badColumnsAndModelsStopBeforeAnyTaskRuns(@TempDir Path tmp) throws Exception {
    Dataset<Row> in = SPARK.createDataFrame(messages(1), MESSAGES);
    assertThatThrownBy(() -> ServiceSignals.classify(in, "comment")).isInstanceOf(InputException.class)
        .hasMessage("the dataset: has no column 'comment' for the text; columns are [id, score, text, lang]");
    assertThatThrownBy(() -> ServiceSignals.classify(in, "score")).isInstanceOf(InputException.class)
        .hasMessage("the dataset: the text column 'score' holds int, not text");
    assertThatThrownBy(() -> ServiceSignals.classify(in, ClassifyOptions.of("text").withLangColumn("score")))
        .isInstanceOf(InputException.class).hasMessageContaining("language column 'score' holds int");
    Path empty = Files.createDirectories(tmp.resolve("models"));
    assertThatThrownBy(() -> ServiceSignals.classify(in, ClassifyOptions.of("text").withModels(empty.toString())))
        .isInstanceOf(InputException.class).hasMessageContaining(empty + ": no models found");
    assertThatThrownBy(() -> ClassifyOptions.of("text").withPartitions(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyDatasetGivesAnEmptyDatasetWithOurColumns() {
    Dataset<Row> in = SPARK.createDataFrame(List.of(), MESSAGES);
    Dataset<Row> out = ServiceSignals.classify(in, ClassifyOptions.of("text").withPartitions(2));
    assertThat(out.count()).isZero();
    assertThat(out.columns()).hasSize(MESSAGES.size() + PredictionColumns.BASE.size());
  }

  /** The first {@code perCorpus} messages of each corpus's test split, interleaved. */
  static List<Row> messages(int perCorpus) {
    List<List<Sample>> corpora = new ArrayList<>();
    for (String c : CORPORA) {
      corpora.add(CorpusFiles.read(LocalSpark.REPO.resolve("corpora").resolve(c).resolve("test.tsv")));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < perCorpus; i++) {
      for (List<Sample> corpus : corpora) {
        Sample s = corpus.get(i);
        rows.add(RowFactory.create(s.id(), rows.size(), s.text(), null));
      }
    }
    return rows;
  }
}

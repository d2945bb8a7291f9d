package org.servicesignals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spark-classify} end to end on files in a temporary directory, as spark-submit runs it. */
class SparkClassifyTest {
  static final SparkSession SPARK = LocalSpark.session();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SparkClassify.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The rows of a job's output directory in part-file order: the order the job wrote them in. */
  static List<Row> readInOrder(Path dir, SparkFiles.Format format) throws Exception {
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        rows.addAll(SparkFiles.read(SPARK, part.toString(), format, ',').collectAsList());
      }
    }
    return rows;
  }

  @Test
  void sampleExportCsvInParquetOut(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("scored.parquet");
    Run r = run("--input", ServiceSignalsTest.SAMPLE.toString(), "--output", out.toString(),
        "--text-column", "comment", "--id-column", "response_id");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("20 rows classified").contains("2 with an error").contains("(parquet)");
    List<Row> rows = readInOrder(out, SparkFiles.Format.PARQUET);
    assertThat(rows).extracting(x -> x.<String>getAs("response_id"))
        .containsExactlyElementsOf(Stream.iterate(1001, i -> i + 1).limit(20).map(i -> "R-" + i).toList());
    assertThat(Arrays.asList(rows.get(0).schema().fieldNames())).containsExactly("response_id", "submitted", "country",
        "channel", "comment", "lang", "label", "confidence", "p_exceptional", "p_good", "p_poor", "error", "needs_review",
        "script", "lang_confidence");
    assertThat(rows.get(0).<String>getAs("label")).isEqualTo("poor");
    assertThat(rows.get(0).<Double>getAs("p_poor")).isGreaterThan(0.5);
    assertThat(rows.get(18).<String>getAs("error")).contains("French");
    assertThat(rows.get(19).<String>getAs("error")).isEqualTo("empty text");

    Run again = run("--input", ServiceSignalsTest.SAMPLE.toString(), "--output", out.toString(), "--text-column", "comment");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).startsWith("error: " + out + ": exists: give --overwrite");
    assertThat(run("--input", ServiceSignalsTest.SAMPLE.toString(), "--output", out.toString(), "--text-column", "comment",
        "--overwrite").code()).isZero();
  }

  @Test
  void parquetInCsvOutInOrderOverPartitions(@TempDir Path tmp) throws Exception {
    List<Row> messages = ServiceSignalsTest.messages(5);
    Path in = tmp.resolve("answers.parquet");
    SPARK.createDataFrame(messages, ServiceSignalsTest.MESSAGES).coalesce(1).write().parquet(in.toString());
    Path out = tmp.resolve("scored.csv");

    Run r = run("--input", in.toString(), "--output", out.toString(), "--explain", "--partitions", "3",
        "--lang-column", "lang");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(messages.size() + " rows classified").contains("(csv)");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("part-"))).hasSize(3);
    }
    List<Row> rows = readInOrder(out, SparkFiles.Format.CSV);
    assertThat(rows).extracting(x -> x.<String>getAs("id"))
        .containsExactlyElementsOf(messages.stream().map(m -> m.getString(0)).toList());
    assertThat(rows).extracting(x -> x.<String>getAs("text"))
        .containsExactlyElementsOf(messages.stream().map(m -> m.getString(2)).toList());
    assertThat(rows.get(0).schema().fieldNames()).contains("evidence", "lang_source", "known_tokens", "tokens");
  }

  @Test
  void excelStyleCsvKeepsEveryRecord(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("vastaukset.csv");
    String csv = "\uFEFFid;kommentti\r\n"
        + "1;\"Paketti tuli ajallaan.\r\nKiitos!\"\r\n"
        + "2;\"He sanoivat \"\"huomenna\"\" kolme viikkoa putkeen\"\r\n"
        + "3;\r\n"
        + "4;Asiakaspalvelu ei vastannut viikkoon\r\n";
    Files.writeString(in, csv, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    Run r = run("--input", in.toString(), "--output", out.toString(), "--delimiter", ";", "--text-column", "kommentti",
        "--id-column", "id");

    assertThat(r.code()).as(r.err()).isZero();
    List<Row> rows = readInOrder(out, SparkFiles.Format.PARQUET);
    assertThat(rows).extracting(x -> x.<String>getAs("id")).containsExactly("1", "2", "3", "4");
    // Spark's CSV reader ends lines inside quotes with \n, whatever the file used
    assertThat(rows.get(0).<String>getAs("kommentti")).isEqualTo("Paketti tuli ajallaan.\nKiitos!");
    assertThat(rows.get(1).<String>getAs("kommentti")).isEqualTo("He sanoivat \"huomenna\" kolme viikkoa putkeen");
    assertThat(rows).extracting(x -> x.<String>getAs("lang")).containsExactly("fi", "fi", "und", "fi");
    assertThat(rows.get(2).<String>getAs("error")).isEqualTo("empty text");
  }

  @Test
  void badInputIsExitCodeTwoWithWhatAndWhere(@TempDir Path tmp) {
    String sample = ServiceSignalsTest.SAMPLE.toString();
    String out = tmp.resolve("out").toString();

    Run missing = run("--input", tmp.resolve("nope.csv").toString(), "--output", out);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: " + tmp.resolve("nope.csv") + ": does not exist (or the pattern "
        + "matches no file)" + System.lineSeparator());

    Run column = run("--input", sample, "--output", out);
    assertThat(column.code()).isEqualTo(2);
    assertThat(column.err()).isEqualTo("error: " + sample + ": --text-column 'text' is not a column; columns are "
        + "[response_id, submitted, country, channel, comment]" + System.lineSeparator());

    Run format = run("--input", tmp.resolve("answers.txt").toString(), "--output", out);
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("cannot tell the format of --input").contains("--format csv or parquet");

    Run lang = run("--input", sample, "--output", out, "--text-column", "comment", "--lang", "fr");
    assertThat(lang.code()).isEqualTo(2);
    assertThat(lang.err()).contains("--lang 'fr' is not supported: use one of hi, fi, ur, ta, en");

    Run models = run("--input", sample, "--output", out, "--text-column", "comment", "--models",
        tmp.resolve("no-models").toString());
    assertThat(models.code()).isEqualTo(2);
    assertThat(models.err()).contains("no-models: no models found");

    Run partitions = run("--input", sample, "--output", out, "--text-column", "comment", "--partitions", "-2");
    assertThat(partitions.code()).isEqualTo(2);
    assertThat(partitions.err()).contains("partitions must be 0");

    assertThat(Files.exists(tmp.resolve("out"))).isFalse();
  }
}

package org.servicesignals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar as a cluster runs it: Spark's own {@code SparkSubmit} (what the {@code spark-submit}
 * script starts) in a JVM whose classpath holds Spark and its dependencies only, so the classifier
 * meets Spark's Jackson, Scala and logging, and nothing of the build's.
 */
class SparkSubmitIT {
  static final Path JOB = Path.of("target/service-signals-spark.jar");

  record Run(int code, String out, String err) {}

  static Run submit(Path tmp, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
    cmd.addAll(List.of("-cp", Files.readString(Path.of("target/spark-classpath.txt")).strip(),
        "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf", "spark.ui.enabled=false",
        "--conf", "spark.log.level=WARN", "--class", SparkClassify.class.getName(), JOB.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "stdout", ".txt");
    Path err = Files.createTempFile(tmp, "stderr", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("spark-submit did not finish in 5 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJobJarRunsUnderSparkSubmitOnSparksOwnClasspath(@TempDir Path tmp) throws Exception {
    assertThat(JOB).as("the job jar: run 'mvn verify', not 'mvn test'").isRegularFile();
    Path out = tmp.resolve("scored.parquet");
    Run r = submit(tmp, "--input", ServiceSignalsTest.SAMPLE.toString(), "--output", out.toString(),
        "--text-column", "comment", "--id-column", "response_id");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("20 rows classified").contains("2 with an error");
    List<Row> rows = SparkClassifyTest.readInOrder(out, SparkFiles.Format.PARQUET);
    assertThat(rows).hasSize(20);
    assertThat(rows.get(0).<String>getAs("response_id")).isEqualTo("R-1001");
    assertThat(rows.get(0).<String>getAs("label")).isEqualTo("poor");
    assertThat(rows).extracting(x -> x.<String>getAs("lang")).containsSequence("hi", "hi", "hi", "hi", "fi");
  }

  @Test
  void badInputUnderSparkSubmitIsExitCodeTwoAndOneLine(@TempDir Path tmp) throws Exception {
    Run r = submit(tmp, "--input", ServiceSignalsTest.SAMPLE.toString(), "--output", tmp.resolve("out").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("error: " + ServiceSignalsTest.SAMPLE + ": --text-column 'text' is not a column")
        .doesNotContain("Exception");
  }
}

package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.report.SmallCorpora;

/**
 * {@code report} on cut-down corpora of two languages (fewer seeds and resamples): the page and the
 * JSON, the JSON valid against its schema, and the same numbers on a second run.
 */
class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static Cli first;
  private static JsonNode report;

  static Cli run(Path out) {
    return Cli.run("report", "--corpora", dir.resolve("corpora").toString(), "--lang", "fi,ur", "--seeds", "2",
        "--bootstrap", "100", "--top", "5", "--html", out.toString(), "--json", out.resolve("report.json").toString());
  }

  @BeforeAll
  static void runOnce() throws Exception {
    SmallCorpora.write(dir.resolve("corpora"));
    first = run(dir.resolve("first"));
    report = JSON.readTree(dir.resolve("first").resolve("report.json").toFile());
  }

  @Test
  void writesThePageAndTheJson() throws Exception {
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("learning curve", "ablation", "joint model", "wrote ");
    String html = Files.readString(dir.resolve("first").resolve("index.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Peers were not run");
    assertThat(report.get("languages").properties()).extracting(java.util.Map.Entry::getKey).containsExactly("fi", "ur");
    JsonNode fi = report.get("languages").get("fi");
    assertThat(fi.get("splits").get("test").get("scores").get("macro_f1").asDouble()).isGreaterThan(0.8);
    assertThat(fi.get("learning_curve")).hasSize(4);
    assertThat(fi.get("learning_curve").get(0).get("macro_f1_by_seed").get("wild")).hasSize(2);
    assertThat(fi.get("learning_curve").get(3).get("macro_f1_by_seed").get("wild")).hasSize(1);
    assertThat(fi.get("ablation")).hasSize(9); // four analyses, then the five feature sets other than the shipped one
    assertThat(fi.get("indicative_features").get("poor")).hasSize(5);
    assertThat(report.get("joint_model").get("macro_f1").get("ur").get("wild").get("joint").asDouble()).isGreaterThan(0.5);
    assertThat(report.get("peers").isNull()).isTrue();
  }

  @Test
  void theJsonFollowsItsSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/org/servicesignals/report/report.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(report);
    assertThat(errors).isEmpty();

    ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("languages").get("fi").get("corpus")).put("tokens", -1);
    assertThat(schema.validate(report)).as("the schema catches a broken report").isNotEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("languages").get("fi").get("corpus")).remove("tokens");
    report = JSON.readTree(dir.resolve("first").resolve("report.json").toFile());
  }

  @Test
  void aSecondRunGivesTheSameNumbers() throws Exception {
    Cli second = run(dir.resolve("second"));
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(Files.readString(dir.resolve("second").resolve("report.json")))
        .isEqualTo(Files.readString(dir.resolve("first").resolve("report.json")));
    assertThat(Files.readString(dir.resolve("second").resolve("index.html")))
        .isEqualTo(Files.readString(dir.resolve("first").resolve("index.html")));
  }

  @Test
  void badOptionsAreSaidNotThrown() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Cli r = Cli.run("report", "--html", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("a-file").contains("--html needs a directory").doesNotContain("Exception");
    Cli seeds = Cli.run("report", "--html", dir.resolve("x").toString(), "--seeds", "0");
    assertThat(seeds.code()).isEqualTo(2);
    assertThat(seeds.err()).contains("--seeds").contains("1 or more");
  }
}

package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate FILE} on a labelled survey export with star ratings ({@code
 * corpora/samples/rated-survey.csv}): its JSON follows the schema, and its scores are what
 * scikit-learn computes from the predictions dump alone.
 */
class EvaluateFileCommandTest {
  static final String SURVEY = "corpora/samples/rated-survey.csv";
  static final String STARS = "1=poor,2=poor,3=good,4=good,5=exceptional";
  private static final ObjectMapper JSON = new ObjectMapper();

  static boolean sklearn() {
    return CompareCommandTest.installed("/usr/bin/python3", "-c", "import sklearn");
  }

  static JsonNode validated(Path json) throws Exception {
    return validated(json, "evaluate-file.schema.json");
  }

  /** {@code json} read, after checking it against {@code src/main/resources/schemas/<schema>}. */
  static JsonNode validated(Path json, String schemaName) throws Exception {
    JsonNode report = JSON.readTree(json.toFile());
    try (InputStream schema = EvaluateFiles.class.getResourceAsStream("/schemas/" + schemaName)) {
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      Set<ValidationMessage> problems = s.validate(report);
      assertThat(problems).as("schema problems").isEmpty();
    }
    return report;
  }

  /** scikit-learn's scores from a predictions dump, overall and per lang. */
  static JsonNode recompute(Path predictions, Path dir, String... classes) throws Exception {
    Path script = dir.resolve("recompute_scores.py");
    try (InputStream in = EvaluateFileCommandTest.class.getResourceAsStream("recompute_scores.py")) {
      Files.copy(in, script);
    }
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", script.toString(), predictions.toString()));
    cmd.addAll(List.of(classes));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return JSON.readTree(out);
  }

  static void sameScores(JsonNode groups, JsonNode sklearn) {
    assertThat(sklearn.size()).isEqualTo(groups.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = sklearn.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode ours = groups.get(e.getKey());
      assertThat(ours).as(e.getKey()).isNotNull();
      JsonNode theirs = e.getValue();
      assertThat(ours.get("messages").asInt()).as(e.getKey()).isEqualTo(theirs.get("messages").asInt());
      assertThat(ours.get("macro_f1").asDouble()).as(e.getKey() + " macro-F1")
          .isCloseTo(theirs.get("macro_f1").asDouble(), within(1e-4));
      assertThat(ours.get("accuracy").asDouble()).as(e.getKey() + " accuracy")
          .isCloseTo(theirs.get("accuracy").asDouble(), within(1e-4));
      JsonNode matrix = ours.get("confusion_gold_by_predicted");
      assertThat(matrix.toString()).as(e.getKey() + " confusion").isEqualTo(theirs.get("confusion").toString());
    }
  }

  @Test
  void starRatingsScoredAsScikitLearnRecomputesThemFromThePredictions(@TempDir Path dir) throws Exception {
    assumeTrue(sklearn(), "python3-sklearn is not installed (apt-get install python3-sklearn): cannot cross-check");
    Path json = dir.resolve("survey.json");
    Path predictions = dir.resolve("predictions.csv");
    Path wrong = dir.resolve("misclassified.jsonl");
    Cli r = Cli.run("evaluate", SURVEY, "--text-column", "comment", "--label-column", "rating", "--label-map", STARS,
        "--lang-column", "language", "--id-column", "response_id", "--json", json.toString(),
        "--predictions", predictions.toString(), "--misclassified", wrong.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = validated(json);
    assertThat(report.at("/rows/read").asInt()).isEqualTo(122);
    assertThat(report.at("/rows/scored").asInt()).isEqualTo(120);
    assertThat(report.at("/report/groups").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("en", "fi", "hi", "ta", "ur", "all");
    sameScores(report.at("/report/groups"), recompute(predictions, dir, "exceptional", "good", "poor"));

    // the baseline is this file's: 11 of each language's 24 rows are poor
    JsonNode fi = report.at("/report/groups/fi");
    assertThat(fi.at("/majority_baseline/label").asText()).isEqualTo("poor");
    assertThat(fi.at("/majority_baseline/accuracy").asDouble()).isCloseTo(11.0 / 24, within(1e-4));
    assertThat(r.out()).contains("Models: shipped in the jar").contains("majority");

    // every wrong prediction, with its probabilities and evidence, and nothing else
    List<String> lines = Files.readAllLines(wrong);
    int errors = 0;
    for (JsonNode g : List.of(report.at("/report/groups/all"))) {
      errors = g.get("messages").asInt() - (int) Math.round(g.get("accuracy").asDouble() * g.get("messages").asInt());
    }
    assertThat(lines).hasSize(errors);
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      assertThat(row.get("gold").asText()).isNotEqualTo(row.get("predicted").asText());
      assertThat(row.has("p_poor") && row.has("evidence") && row.has("text") && row.has("id")).isTrue();
    }
  }

  @Test
  void poorAgainstTheRestCollapsesGoldAndPredictionsAlike(@TempDir Path dir) throws Exception {
    assumeTrue(sklearn(), "python3-sklearn is not installed (apt-get install python3-sklearn): cannot cross-check");
    Path json = dir.resolve("binary.json");
    Path predictions = dir.resolve("predictions.csv");
    Cli r = Cli.run("evaluate", SURVEY, "--text-column", "comment", "--label-column", "rating", "--label-map", STARS,
        "--lang-column", "language", "--binary", "poor", "--json", json.toString(), "--predictions",
        predictions.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = validated(json);
    assertThat(report.at("/report/classes").toString()).isEqualTo("[\"poor\",\"rest\"]");
    assertThat(report.at("/report/groups/all/classes/poor/support").asInt()).isEqualTo(55);
    assertThat(report.at("/report/groups/all/classes/rest/support").asInt()).isEqualTo(65);
    sameScores(report.at("/report/groups"), recompute(predictions, dir, "poor", "rest"));
  }

  @Test
  void rowsWithoutAUsableLabelAreListedAndCountedNeverDropped(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("e.json");
    Cli r = Cli.run("evaluate", SURVEY, "--text-column", "comment", "--label-column", "rating", "--label-map", STARS,
        "--lang-column", "language", "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(SURVEY + ":39: no label")
        .contains(SURVEY + ":83: column 'rating': 'n/a' is not a label");
    JsonNode report = validated(json);
    assertThat(report.at("/rows/not_scored").asInt()).isEqualTo(2);
    assertThat(report.at("/not_scored/1/line").asInt()).isEqualTo(83);
    assertThat(report.at("/rows/scored").asInt() + report.at("/rows/not_scored").asInt())
        .isEqualTo(report.at("/rows/read").asInt());
  }

  @Test
  void aWorkbookWithNumericRatingsAndAGoldLanguageColumn(@TempDir Path dir) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (var in = org.servicesignals.io.Inputs.open(Path.of(SURVEY), "csv")) {
      while (in.hasNext() && rows.size() < 30) {
        Map<String, String> f = in.next().fields();
        if (!f.get("rating").matches("\\d")) {
          continue;
        }
        rows.add(new String[] {f.get("response_id"), f.get("language"), f.get("rating"), f.get("comment")});
      }
    }
    Path xlsx = dir.resolve("survey.xlsx");
    try (var out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "survey", "1.0");
      Worksheet ws = wb.newWorksheet("answers");
      String[] header = {"id", "country language", "stars", "answer"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      for (int i = 0; i < rows.size(); i++) {
        ws.value(i + 1, 0, rows.get(i)[0]);
        ws.value(i + 1, 1, rows.get(i)[1]);
        ws.value(i + 1, 2, Integer.parseInt(rows.get(i)[2])); // a number cell, as spreadsheets keep ratings
        ws.value(i + 1, 3, rows.get(i)[3]);
      }
      wb.finish();
    }
    Path json = dir.resolve("x.json");
    Cli r = Cli.run("evaluate", xlsx.toString(), "--text-column", "answer", "--label-column", "stars", "--label-map",
        STARS, "--gold-lang-column", "country language", "--models", "models", "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = validated(json);
    assertThat(report.at("/rows/scored").asInt()).isEqualTo(30);
    assertThat(report.at("/report/language_identification/all/messages").asInt()).isEqualTo(30);
    assertThat(report.at("/report/language_identification/all/accuracy").asDouble()).isGreaterThan(0.9);
    assertThat(report.at("/models/0").asText()).isEqualTo("Models: models (--models)");
    assertThat(r.out()).contains("Models: models (--models)").doesNotContain("shipped in the jar");
  }

  @Test
  void aReshuffledSplitIsCaughtAsLeakage(@TempDir Path dir) throws Exception {
    List<String> train = Files.readAllLines(Path.of("corpora/en/train.tsv"));
    List<String> test = Files.readAllLines(Path.of("corpora/en/test.tsv"));
    String header = train.get(0);
    List<String> all = new ArrayList<>(train.subList(1, train.size()));
    all.addAll(test.subList(1, test.size()));
    Collections.shuffle(all, new Random(7));
    int cut = all.size() * 9 / 10;
    Files.createDirectories(dir.resolve("mine/en"));
    List<String> newTrain = new ArrayList<>(List.of(header));
    newTrain.addAll(all.subList(0, cut));
    List<String> newTest = new ArrayList<>(List.of(header));
    newTest.addAll(all.subList(cut, all.size()));
    Files.write(dir.resolve("mine/en/train.tsv"), newTrain);
    Files.write(dir.resolve("mine/en/test.tsv"), newTest);
    Set<String> trained = new HashSet<>();
    train.subList(1, train.size()).forEach(l -> trained.add(l.split("\t")[2]));
    long copies = newTest.subList(1, newTest.size()).stream().filter(l -> trained.contains(l.split("\t")[2])).count();
    assertThat(copies).isPositive();

    Path json = dir.resolve("leak.json");
    Cli r = Cli.run("evaluate", dir.resolve("mine/en/test.tsv").toString(), "--lang", "en", "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("WARNING: leakage").contains("by the en model");
    JsonNode leak = validated(json).at("/leakage/en");
    assertThat(leak.get("checked").asBoolean()).isTrue();
    assertThat(leak.get("overlapping").asLong()).isGreaterThanOrEqualTo(copies);

    Cli refused = Cli.run("compare", "--corpora", dir.resolve("mine").toString(), "--lang", "en");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("trained on another training split").contains("--allow-other-training")
        .doesNotContain("Exception");
  }

  @Test
  void theOriginalSplitsDoNotLeak(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("wild.json");
    Cli r = Cli.run("evaluate", "corpora/en/wild.tsv", "--lang", "en", "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("leakage");
    assertThat(validated(json).at("/leakage/en/overlapping").asInt()).isZero();
  }

  @Test
  void aMissingColumnIsNamed() {
    Cli r = Cli.run("evaluate", SURVEY, "--text-column", "comment", "--label-column", "stars");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--label-column 'stars' is not a column").doesNotContain("Exception");
  }
}

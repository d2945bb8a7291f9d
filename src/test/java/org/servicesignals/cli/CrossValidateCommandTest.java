package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cross-validate} on a small labelled file, with the real peers ({@code fasttext},
 * {@code python3-sklearn}, installed by {@code .ci/run}); skipped where they are missing.
 */
class CrossValidateCommandTest {
  @Test
  void everySystemOnTheSameFoldsWithPairedTests(@TempDir Path dir) throws Exception {
    assumeTrue(CompareCommandTest.installed("sh", "-c", "command -v fasttext"), "fasttext is not installed");
    assumeTrue(CompareCommandTest.installed("/usr/bin/python3", "-c", "import sklearn"),
        "python3-sklearn is not installed");
    List<String> wild = Files.readAllLines(Path.of("corpora/en/wild.tsv"));
    List<String> rows = new ArrayList<>(List.of("ref\tverdict\tmessage"));
    for (int i = 1; i <= 60; i++) {
      String[] f = wild.get(i).split("\t");
      rows.add(f[0] + "\t" + f[1].toUpperCase(java.util.Locale.ROOT) + "\t" + f[2]);
    }
    rows.add("x-1\t\tno label here");
    Path file = dir.resolve("mine.tsv");
    Files.write(file, rows);
    Path json = dir.resolve("cv.json");
    Cli r = Cli.run("cross-validate", file.toString(), "--text-column", "message", "--label-column", "verdict",
        "--id-column", "ref", "--lang", "en", "--folds", "2", "--bootstrap", "200", "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("mine.tsv:62: no label");
    assertThat(r.out()).contains("service-signals", "fasttext", "sklearn-svm", "majority").containsPattern(
        "service-signals is (better than|as good as|worse than) fasttext");
    JsonNode cv = EvaluateFileCommandTest.validated(json, "cross-validate.schema.json").get("cross_validation");
    assertThat(cv.get("folds").asInt()).isEqualTo(2);
    for (String lang : new String[] {"en", "all"}) {
      JsonNode systems = cv.at("/languages/" + lang);
      for (String s : new String[] {"service-signals", "fasttext", "sklearn-svm", "majority"}) {
        assertThat(systems.at("/" + s + "/messages").asInt()).as(s).isEqualTo(60);
        assertThat(systems.at("/" + s + "/macro_f1_ci95").size()).isEqualTo(2);
      }
      assertThat(cv.at("/significance/" + lang + "/fasttext/verdict").asText()).isNotEmpty();
    }
    assertThat(cv.at("/languages/en/service-signals/fold_macro_f1").size()).isEqualTo(2);
    assertThat(cv.at("/languages/en/service-signals/macro_f1").asDouble())
        .isGreaterThan(cv.at("/languages/en/majority/macro_f1").asDouble());
  }

  @Test
  void tooFewFoldsIsAUsageError() {
    Cli r = Cli.run("cross-validate", "corpora/samples/rated-survey.csv", "--folds", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--folds must be at least 2");
  }
}

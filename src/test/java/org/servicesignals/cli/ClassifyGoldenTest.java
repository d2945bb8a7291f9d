package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSource;

/**
 * `classify` on a fixed mixed export — the five languages' wild messages and romanised messages
 * interleaved, with an empty answer, emoji, French, a message that breaks the detector, folded
 * letters and a formula — gives exactly the expected predictions, row for row: a change meant
 * only to make classification faster or leaner must leave every column as it was.
 *
 * <p>A change to the models or to the judgement changes this file on purpose; write it again with
 * {@code mvn -B test -Dtest=ClassifyGoldenTest -Dgolden.update=true} and read its diff.
 */
class ClassifyGoldenTest {
  static final Path INPUT = Path.of("src/test/resources/golden/classify-mixed.csv");
  static final Path EXPECTED = Path.of("src/test/resources/golden/classify-mixed.expected.csv");

  @Test
  void everyRowGetsTheExpectedPrediction(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "--id-column", "id", "--text-column", "text", "--threads", "2", "-o",
        out.toString(), INPUT.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> got = withoutText(out);
    if (Boolean.getBoolean("golden.update")) {
      Files.write(EXPECTED, got, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
    assertThat(got).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(got.get(i)).as("row %d of %s", i, EXPECTED).isEqualTo(expected.get(i));
    }
  }

  /** The output's rows with the text column (the second) left out: the expected file holds predictions only. */
  private static List<String> withoutText(Path out) throws Exception {
    List<String> rows = new ArrayList<>();
    try (RowSource in = Inputs.open(out, "csv")) {
      List<String> header = null;
      while (in.hasNext()) {
        Row row = in.next();
        if (header == null) {
          header = new ArrayList<>(row.fields().keySet());
          header.remove("text");
          rows.add(String.join(",", header));
        }
        List<String> cells = new ArrayList<>();
        for (String c : header) {
          cells.add(csvCell(row.fields().getOrDefault(c, "")));
        }
        rows.add(String.join(",", cells));
      }
    }
    return rows;
  }

  private static String csvCell(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}

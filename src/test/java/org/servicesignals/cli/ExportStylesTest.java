package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicesignals.cli.ClassifyCommandTest.csv;
import static org.servicesignals.cli.ClassifyCommandTest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real export per style an analyst brings (the files in {@code src/test/resources/exports}),
 * through {@code classify}: every answer comes back once, in order, classified or with its error,
 * and no header row is ever classified as an answer.
 */
class ExportStylesTest {
  static Path export(String name) throws Exception {
    return Path.of(ExportStylesTest.class.getResource("/exports/" + name).toURI());
  }

  private static List<JsonNode> classify(Path dir, String... args) throws Exception {
    Path out = dir.resolve("out.jsonl");
    List<String> all = new ArrayList<>(List.of("classify", "-o", out.toString()));
    all.addAll(List.of(args));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return jsonl(out);
  }

  private static List<String> column(List<JsonNode> rows, String column) {
    return rows.stream().map(r -> r.get(column).asText()).toList();
  }

  @Test
  void europeanExcelSemicolonsDecimalCommasCrlfAndBom(@TempDir Path dir) throws Exception {
    List<JsonNode> rows = classify(dir, "--text-column", "Kommentti", "--id-column", "Vastaustunnus",
        export("european-excel.csv").toString());
    assertThat(column(rows, "Vastaustunnus")).containsExactly("1", "2", "3", "4");
    assertThat(column(rows, "Arvosana")).containsExactly("4,5", "1,0", "3,5", "5,0");
    assertThat(rows.get(1).get("Kommentti").asText()).contains("vastannut.\r\nHuonoa palvelua.");
    assertThat(column(rows, "lang")).containsExactly("fi", "fi", "fi", "en");
    assertThat(column(rows, "label")).containsExactly("good", "poor", "good", "poor");
    assertThat(column(rows, "error")).containsOnly("");
  }

  @Test
  void qualtricsQuestionTextAndImportIdRowsAreSkippedAndNamed(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "--text-column", "Q2_TEXT", "--id-column", "ResponseId", "-o", out.toString(),
        export("qualtrics.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped lines 2-3 of").contains("Qualtrics export's question-text and import-id rows");
    List<JsonNode> rows = jsonl(out);
    assertThat(column(rows, "ResponseId")).containsExactly("R_1a", "R_2b", "R_3c");
    assertThat(column(rows, "label")).containsExactly("exceptional", "poor", "good");
    assertThat(column(rows, "Q2_TEXT")).doesNotContain("What could we do better?");

    Cli kept = Cli.run("classify", "--skip-rows", "0", "--text-column", "Q2_TEXT", "-o", out.toString(),
        export("qualtrics.csv").toString());
    assertThat(kept.err()).doesNotContain("skipped");
    assertThat(column(jsonl(out), "Q2_TEXT")).startsWith("What could we do better?", "{\"ImportId\":\"QID2_TEXT\"}");
  }

  @Test
  void surveyMonkeySubAnswerRowIsSkipped(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "--text-column", "What could we do better?", "-o", out.toString(),
        export("surveymonkey.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped line 2 of").contains("SurveyMonkey export's second header row");
    List<String[]> rows = csv(out, ',');
    assertThat(rows).hasSize(4);
    assertThat(rows.stream().skip(1).map(x -> x[0]).toList()).containsExactly("11400001", "11400002", "11400003");
    assertThat(rows.stream().skip(1).map(x -> x[8]).toList()).containsExactly("good", "poor", "good");
  }

  @Test
  void explicitSkipRowsSkipsThatManyAndSaysSo(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "--skip-rows", "1", "--text-column", "Q2_TEXT", "-o", out.toString(),
        export("qualtrics.csv").toString());
    assertThat(r.err()).contains("skipped line 2 of").contains("as --skip-rows 1 says");
    assertThat(column(jsonl(out), "Q2_TEXT")).hasSize(4).first().isEqualTo("{\"ImportId\":\"QID2_TEXT\"}");
    assertThat(Cli.run("classify", "--skip-rows", "-1", export("qualtrics.csv").toString()).code()).isEqualTo(2);
  }

  @Test
  void googleFormsTimestampsStayAndTwoQuestionsGetTwoSetsOfColumns(@TempDir Path dir) throws Exception {
    List<JsonNode> rows = classify(dir, "--text-column", "How was our service?", "--text-column", "Anything else?",
        export("google-forms.csv").toString());
    assertThat(column(rows, "Timestamp")).containsExactly("2026/12/01 10:15:32 AM GMT+2", "2026/12/01 3:02:11 PM GMT+2",
        "2026/12/02 8:45:00 AM GMT+2");
    assertThat(column(rows, "How was our service?_label")).containsExactly("exceptional", "poor", "good");
    assertThat(column(rows, "How was our service?_lang")).containsExactly("en", "en", "hi");
    assertThat(column(rows, "Anything else?_error")).containsExactly("", "empty text", "");
    assertThat(rows.get(0).has("label")).isFalse();
  }

  @Test
  void windows1252IsReadAsWindows1252AndSaidSo(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "--text-column", "palaute", "-o", out.toString(), export("windows-1252.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("read as Windows-1252");
    List<JsonNode> rows = jsonl(out);
    assertThat(column(rows, "asiakas")).containsExactly("Jönsson", "Müller", "Søren");
    assertThat(column(rows, "palaute")).containsExactly("Kiitos, asia hoitui nopeasti ja ystävällisesti.",
        "Odotin tunnin – eikä kukaan vastannut. Hinta 5 € liikaa.", "“Great service”, the agent was très helpful");
    assertThat(column(rows, "error")).containsOnly("");
    assertThat(column(rows, "lang")).containsExactly("fi", "fi", "en");
  }

  @Test
  void aWorkbookSheetIsChosenByNameOrNumberAndAnUnknownOneListsThem(@TempDir Path dir) throws Exception {
    String book = export("several-sheets.xlsx").toString();
    List<JsonNode> byName = classify(dir, "--sheet", "Responses", "--text-column", "comment", book);
    assertThat(column(byName, "id")).containsExactly("r1", "r2", "r3");
    assertThat(column(byName, "label").subList(0, 2)).containsExactly("exceptional", "poor");
    assertThat(column(classify(dir, "--sheet", "3", book), "text")).containsExactly("Kiitos, nopeaa palvelua");
    assertThat(column(classify(dir, "--sheet", "notes 2026", book), "lang")).containsExactly("fi");

    Cli first = Cli.run("classify", book);
    assertThat(first.code()).isEqualTo(2);
    assertThat(first.err()).contains("no 'text' column").contains("Label, Count");
    Cli unknown = Cli.run("classify", "--sheet", "Answers", book);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no sheet 'Answers'").contains("1 'Summary', 2 'Responses', 3 'Notes 2026'")
        .doesNotContain("Exception");
    Cli notABook = Cli.run("classify", "--sheet", "1", export("qualtrics.csv").toString());
    assertThat(notABook.code()).isEqualTo(2);
    assertThat(notABook.err()).contains("--sheet is for XLSX workbooks");
  }

  @Test
  void xlsxOutputKeepsEveryColumnTextAsTextAndNumbersAsNumbers(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scored.xlsx");
    Cli r = Cli.run("classify", "--sheet", "Responses", "--text-column", "comment", "-o", out.toString(),
        export("several-sheets.xlsx").toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<Map<String, Cell>> rows = sheet(out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).keySet()).startsWith("id", "score", "comment", "lang", "label", "confidence");
    assertThat(rows.get(0).get("score").getType()).isEqualTo(CellType.NUMBER);
    assertThat(rows.get(1).get("score").asNumber()).isEqualByComparingTo("2.5");
    assertThat(rows.get(0).get("confidence").getType()).isEqualTo(CellType.NUMBER);
    assertThat(rows.get(0).get("needs_review").getType()).isEqualTo(CellType.BOOLEAN);
    Cell formula = rows.get(2).get("comment");
    assertThat(formula.getType()).isEqualTo(CellType.STRING);
    assertThat(formula.getFormula()).isNull();
    assertThat(formula.asString()).isEqualTo("=HYPERLINK(\"http://x.example\",\"click\") service was fine");
    assertThat(rows.get(0).get("label").asString()).isEqualTo("exceptional");

    Cli toStdout = Cli.run("classify", "--format", "xlsx", export("several-sheets.xlsx").toString());
    assertThat(toStdout.code()).isEqualTo(2);
    assertThat(toStdout.err()).contains("XLSX output needs a file");
  }

  /** The first sheet's rows, each as header name to cell. */
  static List<Map<String, Cell>> sheet(Path xlsx) throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      Sheet s = wb.getFirstSheet();
      List<org.dhatim.fastexcel.reader.Row> all = s.read();
      List<String> header = all.get(0).stream().map(Cell::getText).toList();
      List<Map<String, Cell>> rows = new ArrayList<>();
      for (org.dhatim.fastexcel.reader.Row row : all.subList(1, all.size())) {
        Map<String, Cell> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (row.getCell(i) != null) {
            m.put(header.get(i), row.getCell(i));
          }
        }
        rows.add(m);
      }
      return rows;
    }
  }

  /**
   * The deliberately broken export: an unclosed quote, a byte that is not UTF-8, a row too long and
   * one too short, empty cells, formula cells, and two text columns. Every row comes back, in
   * order, each text column with its prediction or with the error that row deserves.
   */
  @Test
  void aBrokenExportGivesEveryRowBackWithItsErrorOrPrediction(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "--text-column", "comment", "--text-column", "reason", "--id-column", "id",
        "-o", out.toString(), export("broken.csv").toString());
    assertThat(r.code()).as("5 of 9 rows have an error: over --max-error-rate 0.5").isEqualTo(1);
    assertThat(r.err()).contains("5 of 9 rows (56%) could not be classified").doesNotContain("Exception");
    List<JsonNode> rows = jsonl(out);
    assertThat(rows).hasSize(9);
    Map<String, String[]> want = new TreeMap<>();
    // line: comment's label or error, reason's label or error
    want.put("2", new String[] {"label:good", "label:good"});
    want.put("3", new String[] {"error:line 3: malformed CSV", "error:line 3: malformed CSV"});
    want.put("4", new String[] {"label:", "label:"});
    want.put("5", new String[] {"error:text has bytes that are not valid UTF-8",
        "error:line 5: column 'comment' has bytes that are not valid UTF-8"});
    want.put("6", new String[] {"error:empty text", "label:good"});
    want.put("7", new String[] {"error:line 7 has 6 fields but the header has 4; extra fields: [extra, more]",
        "error:line 7 has 6 fields"});
    want.put("8", new String[] {"label:poor", "error:empty text"});
    want.put("9", new String[] {"label:good", "label:good"});
    want.put("10", new String[] {"label:poor", "label:"});
    List<String> ids = column(rows, "id");
    assertThat(ids).containsExactly("b1", "", "b3", "b4", "b5", "b6", "b7", "b8", "b9");
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      String[] expected = want.get(String.valueOf(i + 2));
      String[] prefixes = {"comment_", "reason_"};
      for (int k = 0; k < 2; k++) {
        String label = row.get(prefixes[k] + "label").asText("");
        String error = row.get(prefixes[k] + "error").asText();
        String what = "row " + (i + 2) + " " + prefixes[k];
        if (expected[k].startsWith("label:")) {
          assertThat(error).as(what).isEmpty();
          assertThat(label).as(what).isIn("exceptional", "good", "poor").startsWith(expected[k].substring(6));
        } else {
          assertThat(error).as(what).startsWith(expected[k].substring(6));
          assertThat(row.get(prefixes[k] + "label").isNull()).as(what).isTrue();
        }
      }
    }
    assertThat(rows.get(2).get("comment").asText()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"open\")");
    assertThat(rows.get(7).get("comment_lang").asText()).isEqualTo("hi");

    Path sheetOut = dir.resolve("out.csv");
    Cli csvRun = Cli.run("classify", "--text-column", "comment", "--text-column", "reason", "-o", sheetOut.toString(),
        export("broken.csv").toString());
    assertThat(csvRun.code()).isEqualTo(1);
    List<String[]> written = csv(sheetOut, ',');
    assertThat(written).hasSize(10);
    assertThat(written.get(3)[1]).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"open\")");
    assertThat(written.get(3)[2]).startsWith("'+1 the agent");
    assertThat(written.get(9)[1]).startsWith("'@SUM(1+1)");
    assertThat(written.get(9)[2]).startsWith("'-3 stars");
  }
}

package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code classify} on real files with the shipped models. */
class ClassifyCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> jsonl(Path p) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  static List<String[]> csv(Path p, char sep) throws Exception {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep);
    if (sep == '\t') {
      schema = schema.withoutQuoteChar();
    }
    List<String[]> rows = new ArrayList<>();
    try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class).with(schema)
        .<String[]>readValues(p.toFile())) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  /** The messy survey export every analyst has: BOM, CRLF, quotes, newlines, an empty cell, a stray byte. */
  static Path messyCsv(Path dir) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String body = "id,text\r\n"
        + "a1,Waited forty minutes on hold and the line went dead. Twice.\r\n"
        + "a2,\"Quoted text with \"\"doubled quotes\"\" and a\nnew line inside\"\r\n"
        + "a3,\r\n"
        + "a4,\"Le service était correct, sans plus.\"\r\n"
        + "a5,\"डिलीवरी समय पर हुई, सब ठीक था\"\r\n"
        + "a6,\"Kiitos, asia hoitui nopeasti ja ystävällisesti.\"\r\n"
        + "a7,\"آرڈر وقت پر پہنچ گیا، شکریہ\"\r\n"
        + "a8,ஆர்டர் சரியான நேரத்தில் வந்தது\r\n"
        + "a9,\"+1 great support, the agent called me back the same evening\"\r\n";
    b.write(body.getBytes(StandardCharsets.UTF_8));
    b.write("a10,\"stray byte ".getBytes(StandardCharsets.UTF_8));
    b.write(0xFE);
    b.write(" in here\"\r\n".getBytes(StandardCharsets.UTF_8));
    Path in = dir.resolve("export.csv");
    Files.write(in, b.toByteArray());
    return in;
  }

  @Test
  void everyRowComesBackInOrderWithThePredictionColumns(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "--text-column", "text", "--id-column", "id", "-o", out.toString(),
        messyCsv(dir).toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = jsonl(out);
    assertThat(rows).extracting(n -> n.get("id").asText())
        .containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10");
    for (JsonNode n : rows) {
      for (String c : List.of("text", "lang", "label", "confidence", "p_exceptional", "p_good", "p_poor", "error")) {
        assertThat(n.has(c)).as("%s has %s", n.get("id"), c).isTrue();
      }
      if (n.get("error").asText().isEmpty()) {
        assertThat(n.get("label").asText()).isIn("exceptional", "good", "poor");
        double sum = n.get("p_exceptional").asDouble() + n.get("p_good").asDouble() + n.get("p_poor").asDouble();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(n.get("confidence").asDouble()).isBetween(0.0, 1.0);
      }
    }
    Map<String, JsonNode> by = new java.util.HashMap<>();
    rows.forEach(n -> by.put(n.get("id").asText(), n));
    assertThat(by.get("a2").get("text").asText()).contains("\"doubled quotes\"").contains("\n");
    assertThat(by.get("a3").get("error").asText()).isEqualTo("empty text");
    assertThat(by.get("a4").get("error").asText()).contains("French").contains("not supported");
    assertThat(by.get("a4").get("lang").asText()).isEqualTo("und");
    assertThat(by.get("a10").get("error").asText()).contains("UTF-8");
    assertThat(by.get("a1").get("lang").asText()).isEqualTo("en");
    assertThat(by.get("a5").get("lang").asText()).isEqualTo("hi");
    assertThat(by.get("a6").get("lang").asText()).isEqualTo("fi");
    assertThat(by.get("a7").get("lang").asText()).isEqualTo("ur");
    assertThat(by.get("a8").get("lang").asText()).isEqualTo("ta");
    assertThat(by.get("a1").get("label").asText()).isEqualTo("poor");
    assertThat(r.err()).contains("classified 10 rows (3 with errors)");
  }

  @Test
  void csvOutputKeepsEveryInputColumn(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("survey.csv");
    Files.writeString(in, "respondent,score,comment,country\n"
        + "r1,9,\"The engineer came on time and fixed it, thanks\",UK\n"
        + "r2,1,\"Nobody answered my emails for two weeks\",IE\n");
    Path out = dir.resolve("scored.csv");
    Cli r = Cli.run("classify", "--text-column", "comment", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = csv(out, ',');
    assertThat(rows.get(0)).containsExactly("respondent", "score", "comment", "country", "lang", "label",
        "confidence", "p_exceptional", "p_good", "p_poor", "error", "needs_review", "script", "lang_confidence");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)[0]).isEqualTo("r1");
    assertThat(rows.get(2)[3]).isEqualTo("IE");
    assertThat(rows.get(2)[5]).isEqualTo("poor");
  }

  @Test
  void xlsxInputTsvOutput(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("export.xlsx");
    try (OutputStream os = Files.newOutputStream(in)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      Worksheet ws = wb.newWorksheet("answers");
      String[][] cells = {{"id", "text", "lang"},
          {"x1", "Palvelu oli todella hidasta eikä kukaan vastannut", "fi"},
          {"x2", "सेवा\tबहुत अच्छी थी", ""},
          {"x3", "Bonjour", "fr"}};
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          ws.value(r, c, cells[r][c]);
        }
      }
      ws.value(4, 0, "x4"); // the text cell of this row is missing
      wb.finish();
    }
    Path out = dir.resolve("out.tsv");
    Cli r = Cli.run("classify", "--id-column", "id", "--lang-column", "lang", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = csv(out, '\t');
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).containsExactly("id", "text", "lang", "predicted_lang", "label", "confidence",
        "p_exceptional", "p_good", "p_poor", "error", "needs_review", "script", "lang_confidence");
    int error = List.of(rows.get(0)).indexOf("error");
    assertThat(rows.get(1)[0]).isEqualTo("x1");
    assertThat(rows.get(2)[1]).isEqualTo("सेवा\\tबहुत अच्छी थी");
    assertThat(rows.get(3)[error]).contains("'fr'").contains("not supported");
    assertThat(rows.get(4)[0]).isEqualTo("x4");
    assertThat(rows.get(4)[error]).isEqualTo("empty text");
    assertThat(r.err()).contains("already has columns [lang]");
  }

  @Test
  void jsonlLinesThatAreNotJsonAreStillWritten(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("inbox.jsonl");
    Files.writeString(in, "{\"id\": 1, \"text\": \"Refund still missing after three weeks\", \"meta\": {\"ch\": \"email\"}}\n"
        + "{\"id\": 2, \"text\": \n"
        + "\n"
        + "{\"id\": 3, \"text\": \"They waived the fee and called back to check on me, wonderful\"}\n");
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "--id-column", "id", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = jsonl(out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("meta").get("ch").asText()).isEqualTo("email");
    assertThat(rows.get(1).get("_raw").asText()).isEqualTo("{\"id\": 2, \"text\": ");
    assertThat(rows.get(1).get("error").asText()).contains("line 2").contains("not valid JSON");
    assertThat(rows.get(2).get("id").asText()).isEqualTo("3");
  }

  @Test
  void messageTextsAsArgumentsGiveATable() {
    Cli r = Cli.run("classify", "Nobody answered my emails for two weeks", "सेवा बहुत अच्छी थी");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("lang").contains("label").contains("confidence");
    assertThat(lines[1]).contains("en").contains("poor");
    assertThat(lines[2]).contains("hi");
  }

  @Test
  void badInputExitsWithTwoAndNamesTheProblem(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("survey.csv");
    Files.writeString(in, "id,comment\n1,fine\n");
    Cli missingColumn = Cli.run("classify", "--text-column", "text", "-o", dir.resolve("o.csv").toString(), in.toString());
    assertThat(missingColumn.code()).isEqualTo(2);
    assertThat(missingColumn.err()).contains(in.toString()).contains("'text'").contains("[id, comment]");

    Cli noFile = Cli.run("classify", dir.resolve("nope.csv").toString());
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("nope.csv").contains("no such file");

    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "\"id,text\n1,ok\n");
    Cli malformed = Cli.run("classify", "-o", dir.resolve("b.jsonl").toString(), broken.toString());
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("broken.csv:1").contains("header line cannot be read");

    Cli badLang = Cli.run("classify", "--lang", "xx", "hello there");
    assertThat(badLang.code()).isEqualTo(2);
    assertThat(badLang.err()).contains("--lang 'xx'");

    for (Cli c : List.of(missingColumn, noFile, malformed, badLang)) {
      assertThat(c.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void helpListsTheCommands() {
    Cli r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("classify", "analyze", "train", "evaluate");
  }
}

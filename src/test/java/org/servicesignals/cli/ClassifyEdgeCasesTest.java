package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicesignals.cli.ClassifyCommandTest.csv;
import static org.servicesignals.cli.ClassifyCommandTest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messy inputs real exports contain: nothing lost, nothing overwritten, no stack traces. */
class ClassifyEdgeCasesTest {

  @Test
  void anInputIsNeverItsOwnOutput(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("same.csv");
    String body = "id,text\n1,Nobody answered\n2,Arrived on time\n";
    Files.writeString(in, body);
    Cli r = Cli.run("classify", "-o", in.toString(), in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is also the input");
    assertThat(Files.readString(in)).isEqualTo(body);
  }

  @Test
  void aFailedRunLeavesNoHalfWrittenOutput(@TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder("id,text\n");
    for (int i = 0; i < 5000; i++) {
      b.append(i).append(",fine thanks\n");
    }
    byte[] bytes = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // standard input that fails after 5,000 rows, as a dropped network mount or a dying disk does
    java.io.InputStream failing = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(bytes),
        new java.io.InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("Input/output error");
          }
        });
    Path out = dir.resolve("out.csv");
    java.io.InputStream stdin = System.in;
    Cli r;
    try {
      System.setIn(failing);
      r = Cli.run("classify", "--format", "csv", "-o", out.toString(), "-");
    } finally {
      System.setIn(stdin);
    }
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Input/output error").doesNotContain("\tat ");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void blankAnswersComeBackInOneColumnFilesAndLineNumbersAreExact(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("answers.csv");
    Files.writeString(one, "comment\nNobody answered\n\nArrived on time\n");
    Path out = dir.resolve("one.jsonl");
    assertThat(Cli.run("classify", "-o", out.toString(), one.toString()).code()).isZero();
    List<JsonNode> rows = jsonl(out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get("error").asText()).isEqualTo("empty text");

    Path txt = dir.resolve("answers.txt");
    Files.writeString(txt, "Nobody answered\n\nArrived on time\n\n\n");
    Path outTxt = dir.resolve("txt.jsonl");
    assertThat(Cli.run("classify", "-o", outTxt.toString(), txt.toString()).code()).isZero();
    assertThat(jsonl(outTxt)).hasSize(3);

    Path wide = dir.resolve("wide.csv");
    Files.writeString(wide, "id,text\n1,ok\n\n3,fine,,\n4,good,surplus\n");
    Path outWide = dir.resolve("wide.jsonl");
    assertThat(Cli.run("classify", "--id-column", "id", "-o", outWide.toString(), wide.toString()).code()).isZero();
    List<JsonNode> w = jsonl(outWide);
    assertThat(w).extracting(n -> n.get("id").asText()).containsExactly("1", "3", "4");
    assertThat(w.get(1).get("error").asText()).isEmpty(); // trailing empty fields are no error
    assertThat(w.get(2).get("error").asText()).startsWith("line 5 has 3 fields");
  }

  @Test
  void utf16ExportsAreRead(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("unicode.tsv");
    byte[] body = "id\ttext\n1\tसेवा बहुत अच्छी थी\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(in, withBom);
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(jsonl(out).get(0).get("lang").asText()).isEqualTo("hi");
  }

  @Test
  void repeatedXlsxHeadersKeepBothColumnsAndDatesStayDates(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("dup.xlsx");
    try (OutputStream os = Files.newOutputStream(in)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      Worksheet ws = wb.newWorksheet("s");
      ws.value(0, 0, "text");
      ws.value(0, 1, "text");
      ws.value(0, 2, "submitted");
      ws.value(0, 3, "score");
      ws.value(1, 0, "first answer");
      ws.value(1, 1, "Nobody answered my emails");
      ws.value(1, 2, java.time.LocalDate.of(2026, 10, 2));
      ws.style(1, 2).format("yyyy-mm-dd").set();
      ws.value(1, 3, 4.5);
      wb.finish();
    }
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "--text-column", "text_2", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = csv(out, ',');
    assertThat(rows.get(0)).startsWith("text", "text_2");
    assertThat(rows.get(1)).startsWith("first answer", "Nobody answered my emails", "2026-10-02", "4.5");
  }

  @Test
  void jsonlKeysThatAppearLateAreKeptAndNeverOverwritten(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("late.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2100; i++) {
      b.append("{\"id\": ").append(i).append(", \"text\": \"Arrived on time, thanks\"}\n");
    }
    b.append("{\"id\": 2100, \"text\": \"Nobody answered\", \"label\": \"HUMAN\", \"extra\": [1, 2]}\n");
    b.append("{\"id\": 2101, \"text\": {\"nested\": true}}\n");
    Files.writeString(in, b.toString());
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "--id-column", "id", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = csv(out, ',');
    List<String> header = List.of(rows.get(0));
    assertThat(header).contains("extra", "label", "predicted_label");
    String[] late = rows.get(2101);
    assertThat(late[header.indexOf("label")]).isEqualTo("HUMAN");
    assertThat(late[header.indexOf("extra")]).isEqualTo("[1,2]");
    assertThat(rows.get(2102)[header.indexOf("error")]).contains("holds a JSON object");

    Path outJson = dir.resolve("out.jsonl");
    assertThat(Cli.run("classify", "-o", outJson.toString(), in.toString()).code()).isZero();
    assertThat(jsonl(outJson).get(0).get("id").isNumber()).isTrue(); // JSON types survive
  }

  @Test
  void directoriesAndMissingFilesAreNamed(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("exports"));
    Cli asInput = Cli.run("classify", sub.toString());
    assertThat(asInput.code()).isEqualTo(2);
    assertThat(asInput.err()).contains("is a directory");

    Path in = dir.resolve("a.csv");
    Files.writeString(in, "text\nok\n");
    Cli asOutput = Cli.run("classify", "-o", Files.createDirectories(dir.resolve("out.csv")).toString(), in.toString());
    assertThat(asOutput.code()).isEqualTo(2);
    assertThat(asOutput.err()).contains("is a directory");

    Cli missing = Cli.run("classify", dir.resolve("nope/answers.csv").toString());
    assertThat(missing.code()).isEqualTo(2);

    Cli twoFiles = Cli.run("classify", in.toString(), in.toString());
    assertThat(twoFiles.code()).isEqualTo(2);
    assertThat(twoFiles.err()).contains("one input file");
    for (Cli c : List.of(asInput, asOutput, missing, twoFiles)) {
      assertThat(c.err()).doesNotContain("Exception");
    }
  }

  @Test
  void shortMessagesThatLookLikePathsAreMessages(@TempDir Path dir) throws Exception {
    Cli r = Cli.run("classify", "5/5", "Fast/friendly", "see notes.txt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().split("\n")).hasSize(4);
  }

  @Test
  void badBytesInAnyColumnAreReported(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("names.csv");
    byte[] head = "id,name,text\n1,Jos".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",Arrived on time\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // Latin-1 é in a UTF-8 file
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(in, all);
    Path out = dir.resolve("out.jsonl");
    assertThat(Cli.run("classify", "--max-error-rate", "1", "-o", out.toString(), in.toString()).code()).isZero();
    assertThat(jsonl(out).get(0).get("error").asText()).contains("'name'").contains("UTF-8");
  }

  @Test
  void aRunWhoseRowsMostlyFailExitsOneWithTheRowsWrittenAndASummary(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("fr.csv");
    Files.writeString(in, "id,text\n1,\"Le service était correct, sans plus.\"\n2,Der Kundendienst hat sehr schnell und freundlich geantwortet\n3,\n4,Service was fine\n");
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "-o", out.toString(), in.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("3 of 4 rows (75%) could not be classified").contains("--max-error-rate 0.5")
        .contains("error x1: language looks like French").contains("error x1: language looks like German").contains("error x1: empty text").contains("en   good=1");
    assertThat(Files.readAllLines(out)).hasSize(5);
    assertThat(Cli.run("classify", "--max-error-rate", "0.8", "-o", out.toString(), in.toString()).code()).isZero();
    Cli bad = Cli.run("classify", "--max-error-rate", "2", in.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--max-error-rate must be between 0 and 1");
  }

  @Test
  void csvOutputIsSafeForSpreadsheetsAndReadableNumbers(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "id;text;note\n1;Service was fine;=HYPERLINK(\"http://x\")\n2;@SUM(A1) great;-5\n");
    Path out = dir.resolve("out.csv");
    assertThat(Cli.run("classify", "-o", out.toString(), "--excel", in.toString()).code()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertThat(csv).contains("'=HYPERLINK").contains("'@SUM(A1) great").contains(",-5,").doesNotContain("E-");
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).matches(".*,0\\.\\d{1,6},0\\.\\d{1,6},.*");
    Path raw = dir.resolve("raw.csv");
    assertThat(Cli.run("classify", "-o", raw.toString(), "--raw-cells", "--delimiter", ";", in.toString()).code()).isZero();
    assertThat(Files.readString(raw)).startsWith("id;text;note;").contains(";\"=HYPERLINK(\"\"http://x\"\")\";");
  }

  @Test
  void outputKeepsTheUsualPermissions(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("a.csv");
    Files.writeString(in, "text\nArrived on time\n");
    Path out = dir.resolve("out.csv");
    assertThat(Cli.run("classify", "-o", out.toString(), in.toString()).code()).isZero();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void theTableShowsThePredictionNotAnInputColumnOfTheSameName(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("survey.csv");
    Files.writeString(in, "lang,comment\nxx,Nobody answered my emails for two weeks\n");
    Cli r = Cli.run("classify", "--text-column", "comment", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).contains("predicted_lang").contains("comment");
    assertThat(lines[1]).contains(" en ").contains("Nobody answered");
  }
}

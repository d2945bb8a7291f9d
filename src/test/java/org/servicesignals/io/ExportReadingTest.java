package org.servicesignals.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey tools' extra header rows, legacy encodings, and workbooks written row by row. */
class ExportReadingTest {
  private static List<Row> read(String csv, int skip) {
    List<Row> rows = new ArrayList<>();
    try (RowSource s = Inputs.open("in.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv",
        new ReadOptions(Inputs.SNIFF, Optional.empty(), skip, false))) {
      s.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void qualtricsImportIdRowsAreFoundOneOrTwoBelowTheHeader() {
    String ids = "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"\n";
    assertThat(read("ResponseId,Q2\nResponse ID,What could we do better?\n" + ids + "R_1,ok\n", ReadOptions.DETECT))
        .extracting(Row::line).containsExactly(4L);
    assertThat(read("Q1,Q2\n" + ids + "5,ok\n", ReadOptions.DETECT)).extracting(Row::line).containsExactly(3L);
    assertThat(read("Q1,Q2\nQuestion,What could we do better?\n" + ids + "5,ok\n", ReadOptions.DETECT))
        .as("without Qualtrics's own columns the second row is not looked at").hasSize(3);
  }

  @Test
  void ordinaryAnswersAreNeverTakenForHeaderRows() {
    assertThat(read("id,text\n1,Response\n2,fine\n", ReadOptions.DETECT)).hasSize(2);
    assertThat(read("id,text\n1,\"{\"\"ImportId\"\": 3}\"\n", ReadOptions.DETECT)).hasSize(1);
    assertThat(read("id,text\n1,What could we do better?\n2,{\"x\":1}\n", ReadOptions.DETECT)).hasSize(2);
    assertThat(read("a,b\n", ReadOptions.DETECT)).isEmpty();
    assertThat(read("a,b\n1,2\n", 5)).isEmpty();
  }

  @Test
  void surveyMonkeySubAnswersAreSkippedAndTheNoteSaysWhere() {
    String csv = "Respondent ID,Q,\n,Response,Open-Ended Response\n77,Good,Nice\n";
    try (RowSource s = Inputs.open("sm.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv",
        new ReadOptions(Inputs.SNIFF, Optional.empty(), ReadOptions.DETECT, false))) {
      assertThat(s.hasNext()).isTrue();
      assertThat(s.notes()).singleElement().asString().contains("skipped line 2 of sm.csv").contains("SurveyMonkey");
      assertThat(s.next().fields()).containsEntry("Respondent ID", "77");
      assertThat(s.hasNext()).isFalse();
    }
  }

  @Test
  void windows1252IsToldFromUtf8WithAStrayByte() {
    Charset cp1252 = TextDecoding.WINDOWS_1252;
    assertThat(TextDecoding.windows1252("Päivämäärä;Kommentti\nHyvä\n".getBytes(cp1252))).isTrue();
    assertThat(TextDecoding.windows1252("“quoted” – and €5".getBytes(cp1252))).isTrue();
    assertThat(TextDecoding.windows1252("Päivämäärä".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(TextDecoding.windows1252("José only".getBytes(cp1252))).as("one byte is a stray byte").isFalse();
    assertThat(TextDecoding.windows1252(new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xFE})).isFalse();
    assertThat(TextDecoding.windows1252(new byte[] {'a', (byte) 0x81, 'b', (byte) 0xE4})).isFalse();
    byte[] mixed = ("Hyvä" + "सेवा").getBytes(StandardCharsets.UTF_8);
    mixed[3] = (byte) 0xE4;
    assertThat(TextDecoding.windows1252(mixed)).as("a UTF-8 sequence elsewhere: UTF-8 with a bad byte").isFalse();
  }

  @Test
  void aWorkbookGoesOnToAnotherSheetWhenOneIsFull(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.xlsx");
    try (var os = Files.newOutputStream(out); RowSink sink = new XlsxSink(os, List.of("id", "text", "p"), 3)) {
      for (int i = 1; i <= 5; i++) {
        sink.write(Map.of("id", "007", "text", i % 2 == 0 ? "-" + i : "\u0001bell " + i, "p", 0.000266));
      }
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("classified", "classified 2", "classified 3");
      List<org.dhatim.fastexcel.reader.Row> first = sheets.get(0).read();
      assertThat(first).hasSize(3);
      assertThat(first.get(0).getCell(1).asString()).isEqualTo("text");
      assertThat(first.get(1).getCell(0).asString()).as("a leading zero keeps an id text").isEqualTo("007");
      assertThat(first.get(1).getCell(1).asString()).isEqualTo("\uFFFDbell 1");
      assertThat(first.get(2).getCell(1).asNumber()).isEqualByComparingTo("-2");
      assertThat(first.get(1).getCell(2).asNumber()).isEqualByComparingTo("0.000266");
      assertThat(sheets.get(2).read()).hasSize(2);
    }
  }

  @Test
  void xlsxCellsAreCutAtExcelsLimit() {
    assertThat(XlsxSink.text("x".repeat(40_000))).hasSize(XlsxSink.MAX_CELL_CHARS);
    assertThat(XlsxSink.text("😀".repeat(20_000)).length()).isLessThanOrEqualTo(XlsxSink.MAX_CELL_CHARS).isEven();
  }

  @Test
  void theShareReadOfAFileIsKnown(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.csv");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("id,text\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 20_000; i++) {
      b.write((i + ",message number " + i + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(f, b.toByteArray());
    try (RowSource s = Inputs.open(f, "csv")) {
      s.next();
      double early = s.fractionRead().orElseThrow();
      s.forEachRemaining(r -> { });
      assertThat(early).isBetween(0.0, 0.5);
      assertThat(s.fractionRead().orElseThrow()).isEqualTo(1.0);
    }
  }

  private static List<Row> read(String csv, boolean asItComes) {
    List<Row> rows = new ArrayList<>();
    try (RowSource s = Inputs.open("stdin", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv",
        ReadOptions.DEFAULT.asItComes(asItComes))) {
      s.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void aStreamReadAsItComesGivesTheRowsAFileWould() {
    String csv = "id;text\n1;\"two\nlines, \"\"quoted\"\"\"\n\n2;plain\n3;a;b;c\n4\n5;\"never closed\n6;after\n";
    List<Row> whole = read(csv, false);
    List<Row> streamed = read(csv, true);
    assertThat(streamed).extracting(Row::fields).containsExactlyElementsOf(whole.stream().map(Row::fields).toList());
    assertThat(streamed).extracting(Row::line).containsExactlyElementsOf(whole.stream().map(Row::line).toList());
    assertThat(streamed.get(0).fields()).containsEntry("text", "two\nlines, \"quoted\"");
    assertThat(streamed.get(2).error()).contains("extra fields: [b, c]");
    assertThat(streamed.get(4).error()).contains("line 8").contains("never closed");
    assertThat(streamed.get(5).fields()).containsEntry("id", "6");
  }
}

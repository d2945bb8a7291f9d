package org.servicesignals.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.InputException;
import org.servicesignals.core.SourceRow;

class ReadersTest {
  private static List<Row> read(String format, byte[] bytes) {
    List<Row> out = new ArrayList<>();
    try (RowSource rows = Inputs.open("in." + format, new ByteArrayInputStream(bytes), format)) {
      rows.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<Row> read(String format, String text) {
    return read(format, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void csvKeepsQuotedNewlinesAndDoubledQuotesAndSkipsTheByteOrderMark() {
    List<Row> rows = read("csv", "\uFEFFid,text\r\n1,\"said \"\"hi\"\"\nthen left\"\r\n2,plain\r\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).fields()).containsEntry("id", "1").containsEntry("text", "said \"hi\"\nthen left");
    assertThat(rows.get(1).line()).isEqualTo(4);
  }

  @Test
  void aEuropeanExcelExportIsReadWithItsSemicolonsAndDecimalCommas() {
    String csv = "Vastaustunnus;Päivämäärä;Arvosana;Kommentti\r\n"
        + "101;6.12.2026;4,5;\"Nopea toimitus, kiitos\"\r\n"
        + "102;6.12.2026;1,0;\"Odotin puhelimessa tunnin.\r\nKukaan ei vastannut\"\r\n"
        + "103;7.12.2026;3;ihan ok\r\n";
    List<Row> rows = read("csv", csv);
    assertThat(rows).hasSize(3); // the quoted answer with a line break is one row, not two
    assertThat(rows.get(0).fields()).containsEntry("Arvosana", "4,5").containsEntry("Kommentti", "Nopea toimitus, kiitos");
    assertThat(rows.get(1).fields().get("Kommentti")).isEqualTo("Odotin puhelimessa tunnin.\r\nKukaan ei vastannut");
    assertThat(rows.get(2).line()).isEqualTo(5);
    assertThat(rows.get(2).fields()).containsEntry("Kommentti", "ihan ok");
  }

  @Test
  void theSeparatorIsTheHeadersCommaUnlessItHasMoreSemicolonsOrTabsOutsideQuotes() {
    assertThat(read("csv", "\"a;b\",text\n1,x\n").get(0).fields()).containsEntry("text", "x");
    assertThat(read("csv", "id\ttext\n1\t\"x, y\"\n").get(0).fields()).containsEntry("text", "x, y");
    assertThat(read("csv", "text\nhello; there\n").get(0).fields()).containsEntry("text", "hello; there");
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsKeptWithAnError() {
    List<Row> rows = read("csv", "id,text\n1,a,extra\n2,b\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).error()).contains("3 fields but the header has 2");
    assertThat(rows.get(1).error()).isEmpty();
  }

  @Test
  void anUnclosedQuoteCostsItsLineAndTheRowsAfterItAreRead() {
    List<Row> rows = read("csv", "id,text\n1,ok\n2,\"never closed\n3,fine\n");
    assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 4L);
    assertThat(rows.get(0).error()).isEmpty();
    assertThat(rows.get(1).error()).startsWith("line 3: malformed CSV").contains("2,\"never closed")
        .contains("reading goes on with line 4");
    assertThat(rows.get(2).fields()).containsEntry("id", "3").containsEntry("text", "fine");
    assertThat(rows.get(2).error()).isEmpty();
  }

  @Test
  void aStrayQuoteThatMeetsAnotherQuoteCostsOneLineWithCrLfToo() {
    List<Row> rows = read("csv", "id,text\r\n1,\"abc\r\n2,\"def\"\r\n3,\"multi\r\nline\"\r\n4,ok");
    assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 4L, 6L);
    assertThat(rows.get(0).error()).contains("line 2");
    assertThat(rows).extracting(r -> r.fields().get("text")).containsExactly("", "def", "multi\r\nline", "ok");
  }

  @Test
  void aStrayQuoteOnEveryLineStillGivesOneRowALine() {
    StringBuilder csv = new StringBuilder("id,text\n");
    for (int i = 0; i < 500; i++) {
      csv.append(i).append(i % 3 == 0 ? ",\"open\n" : ",plain\n");
    }
    List<Row> rows = read("csv", csv.toString());
    assertThat(rows).hasSize(500);
    assertThat(rows).extracting(Row::line).isSorted().doesNotHaveDuplicates();
    assertThat(rows.stream().filter(r -> r.fields().get("text").equals("plain")).count()).isEqualTo(333);
  }

  @Test
  void aCellOverTheReadingLimitCostsOneRowAndNamesTheLimit() {
    String huge = "x".repeat(Inputs.MAX_CELL_CHARS + 10);
    for (String format : List.of("csv", "tsv")) {
      String sep = format.equals("csv") ? "," : "\t";
      List<Row> rows = read(format, "id" + sep + "text\n1" + sep + "ok\n2" + sep + huge + "\n3" + sep + "fine\n");
      assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 4L);
      assertThat(rows.get(1).error()).contains("longer than 1,000,000 characters").contains("2" + sep + "xxx")
          .hasSizeLessThan(300);
      assertThat(rows.get(2).fields()).containsEntry("text", "fine");
    }
  }

  @Test
  void aLineOverTheReadingLimitCostsOneRowInTextAndJsonLines() {
    String huge = "y".repeat(Inputs.MAX_CELL_CHARS * 3);
    List<Row> txt = read("txt", "first\r\n" + huge + "\r\n\r\nlast");
    assertThat(txt).extracting(Row::line).containsExactly(1L, 2L, 3L, 4L);
    assertThat(txt.get(1).error()).contains("line 2 is 3,000,000 characters long");
    assertThat(txt.get(1).fields().get("text")).startsWith("yyy").hasSizeLessThan(300);
    assertThat(txt).extracting(r -> r.fields().get("text")).endsWith("", "last");

    List<Row> jsonl = read("jsonl", "{\"text\": \"a\"}\n{\"text\": \"" + huge + "\"}\n{\"text\": \"c\"}\n");
    assertThat(jsonl).hasSize(3);
    assertThat(jsonl.get(1).error()).contains("over the longest read");
    assertThat(jsonl.get(2).fields()).containsEntry("text", "c");
  }

  @Test
  void lineEndingsOfEveryKindEndTextLines() {
    assertThat(read("txt", "a\rb\r\nc\nd")).extracting(r -> r.fields().get("text")).containsExactly("a", "b", "c", "d");
  }

  /** A workbook whose one cell holds {@code chars} copies of one letter: tiny on disk, huge inflated. */
  private static byte[] workbook(int chars) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "test", "1.0");
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("answers");
    ws.value(0, 0, "text");
    ws.value(1, 0, "fine");
    ws.value(2, 0, "a".repeat(chars));
    wb.finish();
    return bytes.toByteArray();
  }

  @Test
  void aWorkbookThatInflatesLikeABombIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    byte[] bomb = workbook(30_000_000);
    assertThat(bomb.length).isLessThan(200_000);
    java.nio.file.Path file = dir.resolve("bomb.xlsx");
    java.nio.file.Files.write(file, bomb);
    assertThatThrownBy(() -> Inputs.open(file, "xlsx")).isInstanceOf(InputException.class)
        .hasMessageContaining("likely zip bomb").hasMessageStartingWith(file.toString());
    assertThatThrownBy(() -> read("xlsx", bomb)).isInstanceOf(InputException.class).hasMessageContaining("zip bomb");

    List<Row> ordinary = read("xlsx", workbook(50_000)); // a long answer, compressed as real ones are: read
    assertThat(ordinary).extracting(r -> r.fields().get("text").length()).containsExactly(4, 50_000);
  }

  @Test
  void anUnreadableHeaderLineStopsTheFileNamingIt() {
    assertThatThrownBy(() -> read("csv", "\"id,text\n1,a\n")).isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.csv:1").hasMessageContaining("header");
  }

  @Test
  void jsonlMarksStructuredCellsAndKeepsBrokenLinesAsRows() {
    List<Row> rows = read("jsonl", "{\"id\": 1, \"text\": {\"a\": 1}}\nnot json\n{\"id\": 3, \"text\": \"fine\"}\n");
    assertThat(rows).hasSize(3);
    SourceRow first = rows.get(0).source();
    assertThat(first.structured()).containsEntry("text", "object");
    assertThat(rows.get(1).error()).contains("not valid JSON");
    assertThat(rows.get(2).source().fields()).containsEntry("text", "fine");
    assertThat(rows.get(2).values().get("id").toString()).isEqualTo("3");
  }

  @Test
  void textFilesAreOneMessageALine() {
    List<Row> rows = read("txt", "first message\n\nthird\n");
    assertThat(rows).extracting(r -> r.fields().get("text")).containsExactly("first message", "", "third");
  }

  @Test
  void aFewNulBytesDoNotMakeUtf8TextUtf16() {
    byte[] bytes = {'\n', 0, (byte) 0xFF, '\n'}; // NUL at an odd offset, but U+0AFF is no text
    assertThat(read("txt", bytes)).extracting(r -> r.fields().get("text")).containsExactly("", "\u0000\uFFFD");
    byte[] utf16 = "सेवा अच्छी थी\nok\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(read("txt", utf16)).extracting(r -> r.fields().get("text")).containsExactly("सेवा अच्छी थी", "ok");
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharacters() {
    byte[] bytes = {'a', (byte) 0xFE, 'b', '\n'};
    assertThat(read("txt", bytes).get(0).fields().get("text")).isEqualTo("a\uFFFDb");
  }
}

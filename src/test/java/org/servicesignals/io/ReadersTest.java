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
  void aRowWithMoreFieldsThanTheHeaderIsKeptWithAnError() {
    List<Row> rows = read("csv", "id,text\n1,a,extra\n2,b\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).error()).contains("3 fields but the header has 2");
    assertThat(rows.get(1).error()).isEmpty();
  }

  @Test
  void anUnclosedQuoteNamesTheFileAndLine() {
    assertThatThrownBy(() -> read("csv", "id,text\n1,\"never closed\n")).isInstanceOf(InputException.class)
        .hasMessageStartingWith("in.csv:2");
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
  void bytesThatAreNotUtf8BecomeReplacementCharacters() {
    byte[] bytes = {'a', (byte) 0xFE, 'b', '\n'};
    assertThat(read("txt", bytes).get(0).fields().get("text")).isEqualTo("a\uFFFDb");
  }
}

package org.servicesignals.io.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.InputException;

class UploadsTest {
  private static List<UploadedMessage> read(String name, String body, int limit) {
    return Uploads.read(name, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), limit);
  }

  @Test
  void pastedTextIsOneMessageALineUnlessBlankLinesSeparateThem() {
    assertThat(PastedText.messages("one\r\n two \n\nthree\n")).containsExactly("one\r\n two", "three");
    assertThat(PastedText.messages("one\ntwo\r\nthree")).containsExactly("one", "two", "three");
    assertThat(PastedText.messages("\n  \n")).isEmpty();
    assertThat(PastedText.messages("a\n \t \nb\n\n\n\nc")).containsExactly("a", "b", "c");
  }

  @Test
  void theTextColumnIsTextElseTheOnlyElseTheFirstOfWords() {
    List<Map<String, String>> rows = List.of(
        Map.of("id", "R-1", "date", "2026-01-02", "comment", "very slow delivery", "note", "call back soon"),
        Map.of("id", "R-2", "date", "2026-01-03", "comment", "", "note", "ok"));
    assertThat(TextColumn.choose(List.of("id", "date", "comment", "note"), rows)).contains("comment");
    assertThat(TextColumn.choose(List.of("id", "text"), rows)).contains("text");
    assertThat(TextColumn.choose(List.of("answer"), rows)).contains("answer");
    assertThat(TextColumn.choose(List.of("id", "date"), rows)).isEmpty();
  }

  @Test
  void rowsKeepTheirIdsAndLanguagesAndAreNumberedOtherwise() {
    List<UploadedMessage> m = read("a.csv", "id,lang,text\nX1,fi,hyvä palvelu\n,,bad service\n", 10);
    assertThat(m).extracting(UploadedMessage::id).containsExactly("X1", "2");
    assertThat(m).extracting(x -> x.row().fields().get(Uploads.LANG)).containsExactly("fi", "");
    assertThat(m).extracting(UploadedMessage::text).containsExactly("hyvä palvelu", "bad service");
  }

  @Test
  void moreMessagesThanTheLimitStopTheReading() {
    assertThatThrownBy(() -> read("a.txt", "one\ntwo\nthree\n", 2)).isInstanceOf(TooManyMessages.class)
        .hasMessageContaining("a.txt holds more than 2 messages");
    assertThatThrownBy(() -> Uploads.pasted("one\ntwo\nthree", 2)).isInstanceOf(TooManyMessages.class);
  }

  @Test
  void aNameNotReadIsRefused() {
    assertThat(Uploads.readable("inbox.MBOX")).isTrue();
    assertThat(Uploads.readable("report.pdf")).isFalse();
    assertThatThrownBy(() -> read("report.pdf", "x", 10)).isInstanceOf(InputException.class);
  }
}

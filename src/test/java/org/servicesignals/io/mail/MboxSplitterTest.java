package org.servicesignals.io.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting mbox files into messages: separators, mboxrd/mboxo unquoting, line endings. */
class MboxSplitterTest {
  static List<String> split(String mbox) throws IOException {
    MboxSplitter s = new MboxSplitter(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    for (InputStream m = s.next(); m != null; m = s.next()) {
      out.add(new String(m.readAllBytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void fromLinesAfterAnEmptyLineSeparateMessages() throws IOException {
    assertThat(split("From a@x Mon Mar  2 08:00:00 2026\nSubject: one\n\nbody 1\n\n"
        + "From b@x Mon Mar  2 09:00:00 2026\nSubject: two\n\nbody 2\n"))
        .containsExactly("Subject: one\n\nbody 1\n\n", "Subject: two\n\nbody 2\n");
  }

  @Test
  void emptyFileAndBlankFileHaveNoMessages() throws IOException {
    assertThat(split("")).isEmpty();
    assertThat(split("\n\n  \n")).isEmpty();
  }

  @Test
  void mboxrdUnquotesOneLevel() throws IOException {
    assertThat(split("From a@x Mon Mar  2 08:00:00 2026\n\n>From the start\n>>From a quote\n>>>From deeper\n> From stays\n"))
        .containsExactly("\nFrom the start\n>From a quote\n>>From deeper\n> From stays\n");
  }

  @Test
  void anUnquotedFromInTheBodyIsNotASeparatorUnlessItCarriesADate() throws IOException {
    // mboxo writers that forgot to quote: "From" after a non-empty line, without a postmark date, stays body
    assertThat(split("From a@x Mon Mar  2 08:00:00 2026\n\nline\nFrom here on it works\n")).hasSize(1);
    // a real separator whose writer left out the empty line before it
    assertThat(split("From a@x Mon Mar  2 08:00:00 2026\n\nline\nFrom b@x Tue Mar  3 09:14:00 2026\n\nsecond\n"))
        .containsExactly("\nline\n", "\nsecond\n");
  }

  @Test
  void crlfLineEndings() throws IOException {
    assertThat(split("From a@x Mon Mar  2 08:00:00 2026\r\nSubject: one\r\n\r\nbody\r\n\r\n"
        + "From b@x Mon Mar  2 09:00:00 2026\r\nSubject: two\r\n\r\n>From x\r\n"))
        .containsExactly("Subject: one\r\n\r\nbody\r\n\r\n", "Subject: two\r\n\r\nFrom x\r\n");
  }

  @Test
  void textBeforeTheFirstSeparatorIsAMessage() throws IOException {
    assertThat(split("Subject: no postmark\n\nhello\n\nFrom b@x Mon Mar  2 09:00:00 2026\n\nsecond\n"))
        .containsExactly("Subject: no postmark\n\nhello\n\n", "\nsecond\n");
  }

  @Test
  void aMessageLeftHalfReadIsSkippedToTheNextSeparator() throws IOException {
    MboxSplitter s = new MboxSplitter(new ByteArrayInputStream(("From a Mon Mar  2 08:00:00 2026\n\n"
        + "x".repeat(100_000) + "\n\nFrom b Mon Mar  2 09:00:00 2026\n\nsecond\n").getBytes(StandardCharsets.UTF_8)));
    InputStream first = s.next();
    assertThat(first.readNBytes(10)).hasSize(10);
    assertThat(new String(s.next().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("\nsecond\n");
    assertThat(first.read()).isEqualTo(-1);
    assertThat(s.next()).isNull();
  }

  @Test
  void aLineLongerThanTheBufferStreamsThrough() throws IOException {
    String longLine = "y".repeat(300_000);
    assertThat(split("From a Mon Mar  2 08:00:00 2026\n\n" + longLine + "\n\nFrom b Mon Mar  2 09:00:00 2026\n\nz\n"))
        .containsExactly("\n" + longLine + "\n\n", "\nz\n");
  }
}

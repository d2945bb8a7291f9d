package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage} end to end on the fixture mailboxes with the shipped models. */
class TriageCommandTest {
  static final Path MAIL = Path.of("src/test/resources/mail");
  static final Path SUPPORT = MAIL.resolve("support.mbox");
  static final List<String> COLUMNS = List.of("message_id", "from", "date", "subject", "source", "position",
      "lang", "label", "confidence", "p_exceptional", "p_good", "p_poor", "error", "needs_review", "script",
      "lang_confidence", "evidence");
  /** Queue rank of a label column value: poor, unread (no label), good, exceptional. */
  static final List<String> RANKS = List.of("poor", "", "good", "exceptional");

  static int rank(String label) {
    return RANKS.indexOf(label == null ? "" : label);
  }

  @Test
  void csvQueueIsPoorFirstByConfidenceWithOneRowPerMessage(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("queue.csv");
    Cli r = Cli.run("triage", "-o", out.toString(), SUPPORT.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("triaged 16 messages: 7 poor, 1 unread, 5 good, 3 kudos -> " + out);
    List<String[]> rows = ClassifyCommandTest.csv(out, ',');
    assertThat(rows.get(0)).containsExactlyElementsOf(COLUMNS);
    List<String[]> body = rows.subList(1, rows.size());
    assertThat(body).hasSize(16);
    assertThat(body).extracting(row -> row[5]).containsExactlyInAnyOrder(
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");
    for (int i = 1; i < body.size(); i++) {
      String[] prev = body.get(i - 1);
      String[] cur = body.get(i);
      assertThat(rank(cur[7])).as("row %d", i).isGreaterThanOrEqualTo(rank(prev[7]));
      if (rank(cur[7]) == rank(prev[7]) && !cur[7].isEmpty()) {
        assertThat(Double.parseDouble(cur[8])).as("row %d", i).isLessThanOrEqualTo(Double.parseDouble(prev[8]));
      }
    }
    String[] first = body.get(0);
    assertThat(first[7]).isEqualTo("poor");
    assertThat(first[14]).as("evidence").isNotEmpty();
  }

  @Test
  void theBrokenMessageIsReportedWithItsPositionRightAfterThePoorOnes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("queue.csv");
    assertThat(Cli.run("triage", "-o", out.toString(), SUPPORT.toString()).code()).isZero();
    List<String[]> body = ClassifyCommandTest.csv(out, ',').subList(1, 17);
    int poor = (int) body.stream().filter(row -> row[7].equals("poor")).count();
    String[] broken = body.get(poor);
    assertThat(broken[5]).isEqualTo("14");
    assertThat(broken[3]).isEqualTo("Delivery feedback");
    assertThat(broken[7]).isEmpty();
    assertThat(broken[12]).isEqualTo(SUPPORT + " message 14: its text/plain part has damaged base64 "
        + "(Unexpected base64 byte: 64)");
    assertThat(body).filteredOn(row -> !row[12].isEmpty()).hasSize(1);
  }

  /** The example: a thank-you above the quoted complaint must not rank with the complaints. */
  @Test
  void thanksThatSortedItIsNotPoor(@TempDir Path dir) throws Exception {
    Path mbox = dir.resolve("thread.mbox");
    Files.writeString(mbox, """
        From dana@mailbox.example Mon Mar  2 08:01:12 2026
        From: Dana Whitfield <dana@mailbox.example>
        Subject: Refund still missing after three weeks
        Message-ID: <1@mailbox.example>

        I returned the kettle three weeks ago and I am still waiting for my refund. Nobody answers my
        emails. This is the worst service I have ever had.

        From dana@mailbox.example Wed Mar  4 17:45:03 2026
        From: Dana Whitfield <dana@mailbox.example>
        Subject: Re: Refund still missing after three weeks
        Message-ID: <2@mailbox.example>

        Thanks, that sorted it.

        On Wed, 4 Mar 2026 at 09:12, Kestrel Support <support@kestrel.example> wrote:
        > Dear Dana, the refund has been sent today.
        >
        > On Mon, 2 Mar 2026 at 08:01, Dana Whitfield <dana@mailbox.example> wrote:
        >> I returned the kettle three weeks ago and I am still waiting for my refund. Nobody answers my
        >> emails. This is the worst service I have ever had.
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("queue.jsonl");
    Cli r = Cli.run("triage", "--explain", "-o", out.toString(), mbox.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = ClassifyCommandTest.jsonl(out);
    assertThat(rows).extracting(n -> n.get("message_id").asText()).containsExactly("<1@mailbox.example>",
        "<2@mailbox.example>");
    assertThat(rows.get(0).get("label").asText()).isEqualTo("poor");
    JsonNode thanks = rows.get(1);
    assertThat(thanks.get("text").asText()).isEqualTo("Thanks, that sorted it.");
    assertThat(thanks.get("label").asText()).isNotEqualTo("poor");
    assertThat(thanks.get("p_poor").asDouble()).isLessThan(0.5);
  }

  @Test
  void jsonlRowsCarryTypedValuesAndExplainAddsTheClassifiedText(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("queue.jsonl");
    Cli r = Cli.run("triage", "--explain", "--threads", "1", "-o", out.toString(), SUPPORT.toString(),
        MAIL.resolve("maildir").toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> rows = ClassifyCommandTest.jsonl(out);
    assertThat(rows).hasSize(18);
    List<String> keys = new ArrayList<>();
    rows.get(0).fieldNames().forEachRemaining(keys::add);
    List<String> explained = new ArrayList<>(COLUMNS);
    explained.addAll(List.of("lang_source", "known_tokens", "tokens", "text"));
    assertThat(keys).containsExactlyElementsOf(explained);
    JsonNode hindi = rows.stream().filter(n -> n.get("subject").asText().equals("पैसे कट गए")).findFirst().orElseThrow();
    assertThat(hindi.get("position").isNumber()).isTrue();
    assertThat(hindi.get("label").asText()).isEqualTo("poor");
    assertThat(hindi.get("lang").asText()).isEqualTo("hi");
    assertThat(hindi.get("needs_review").isBoolean()).isTrue();
    assertThat(hindi.get("script").asText()).isEqualTo("Deva");
    assertThat(hindi.get("source").asText()).endsWith("1772524800.M2P2002.mailhost");
    assertThat(hindi.get("text").asText()).doesNotContain("iPhone");
    // evidence offsets point into the text
    String text = hindi.get("text").asText();
    String evidence = hindi.get("evidence").asText().split("; ")[0];
    String word = evidence.substring(0, evidence.lastIndexOf(" ["));
    int[] span = Arrays.stream(evidence.substring(evidence.lastIndexOf('[') + 1, evidence.length() - 1).split(","))
        .mapToInt(Integer::parseInt).toArray();
    assertThat(text.substring(span[0], span[1])).isEqualTo(word);
  }

  @Test
  void theTableShowsTheQueueForAPerson() {
    Cli r = Cli.run("triage", MAIL.resolve("maildir").toString(), MAIL.resolve("truncated.eml").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).startsWith("position").contains("label", "confidence", "lang", "from", "subject", "evidence",
        "error");
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).contains("poor", "Pooja Sharma");
    assertThat(lines[2]).contains("truncated.eml message 1: the message is cut short");
    assertThat(lines[3]).contains("good");
    assertThat(r.err()).contains("triaged 3 messages: 1 poor, 1 unread, 1 good, 0 kudos");
  }

  @Test
  void csvCellsThatWouldBeFormulasAreWrittenAsText(@TempDir Path dir) throws Exception {
    Path eml = dir.resolve("evil.eml");
    Files.writeString(eml, "From: =cmd|' /C calc'!A0 <x@evil.example>\nSubject: =HYPERLINK(\"http://evil.example\")\n"
        + "\nThe parcel never came and nobody answers the phone.\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("queue.csv");
    assertThat(Cli.run("triage", "-o", out.toString(), eml.toString()).code()).isZero();
    String[] row = ClassifyCommandTest.csv(out, ',').get(1);
    assertThat(row[3]).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    assertThat(row[1]).startsWith("'=");
  }

  @Test
  void filesInADirectoryThatAreNotMailAreNamed(@TempDir Path dir) throws Exception {
    Files.copy(MAIL.resolve("apple-reply.eml"), dir.resolve("reply.eml"));
    Files.writeString(dir.resolve("notes.txt"), "not mail");
    Cli r = Cli.run("triage", "--format", "csv", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(2);
    assertThat(r.err()).contains("note: 1 file is not mail (.mbox, .mbx, .eml or a maildir) and was not read: "
        + dir.resolve("notes.txt"));
  }

  @Test
  void aMissingPathStopsWithExitTwoBeforeAnythingIsRead(@TempDir Path dir) {
    Cli r = Cli.run("triage", SUPPORT.toString(), dir.resolve("nope.mbox").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + dir.resolve("nope.mbox") + ": does not exist\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnreadableFileStopsWithExitTwo(@TempDir Path dir) throws Exception {
    Path locked = dir.resolve("locked.mbox");
    Files.copy(SUPPORT, locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as root, every file can be read");
      Cli r = Cli.run("triage", locked.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("error: " + locked + ": cannot be read (permission denied)\n");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void badOptionsAreUsageErrors(@TempDir Path dir) {
    assertThat(Cli.run("triage", "--threads", "0", SUPPORT.toString()).code()).isEqualTo(2);
    Cli r = Cli.run("triage", "-o", dir.resolve("queue.xml").toString(), SUPPORT.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot tell the output format");
    assertThat(Cli.run("triage").code()).isEqualTo(2);
    Cli noDir = Cli.run("triage", "-o", dir.resolve("no/such/dir/queue.csv").toString(), SUPPORT.toString());
    assertThat(noDir.code()).isEqualTo(2);
    assertThat(noDir.err()).contains("does not exist").doesNotContain("triaged");
  }

  @Test
  void listedInHelp() {
    assertThat(Cli.run("--help").out()).contains("triage");
  }
}

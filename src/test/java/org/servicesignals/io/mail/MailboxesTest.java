package org.servicesignals.io.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.core.InputException;

/** Reading the fixture mailboxes: headers, charsets, MIME structure, stripping, broken messages. */
class MailboxesTest {
  static final Path MAIL = Path.of("src/test/resources/mail");
  static final Path SUPPORT = MAIL.resolve("support.mbox");

  static List<MailMessage> read(Path p) {
    try (Stream<MailMessage> s = Mailboxes.read(p)) {
      return s.toList();
    }
  }

  static MailMessage message(int position) {
    return read(SUPPORT).get(position - 1);
  }

  @Test
  void everyMessageOfTheMboxComesBackInOrderWithItsPosition() {
    List<MailMessage> all = read(SUPPORT);
    assertThat(all).hasSize(16);
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).position()).isEqualTo(i + 1);
      assertThat(all.get(i).source()).isEqualTo(SUPPORT.toString());
    }
    assertThat(all).filteredOn(m -> !m.ok()).extracting(MailMessage::position).containsExactly(14L);
  }

  @Test
  void headersAreDecoded() {
    MailMessage fi = message(3); // Q-encoded ISO-8859-1 name and subject
    assertThat(fi.from()).isEqualTo("Marjatta Heikkilä <marjatta.h@posti.example>");
    assertThat(fi.subject()).isEqualTo("VS: Laskutusvirhe jälleen");
    assertThat(fi.date()).isEqualTo("2026-03-03T11:20:45+02:00");
    assertThat(fi.messageId()).isEqualTo("<fi3.marjatta@posti.example>");
    MailMessage hi = message(5); // B-encoded UTF-8
    assertThat(hi.from()).isEqualTo("अमित वर्मा <amit.verma@dak.example>");
    assertThat(hi.subject()).isEqualTo("सुनीता जी का बहुत बहुत धन्यवाद");
    assertThat(message(7).subject()).isEqualTo("پارسل گم ہو گيا"); // B-encoded windows-1256
    assertThat(message(11).from()).isEqualTo("Grant, Oliver <oliver.grant@mailbox.example>");
    assertThat(message(1).date()).isEqualTo("2026-03-02T08:01:12Z");
  }

  @Test
  void bodiesAreDecodedFromTheirCharsetsAndTransferEncodings() {
    assertThat(message(3).body()).startsWith("Laskussani on taas väärä summa."); // ISO-8859-1, quoted-printable
    assertThat(message(4).body()).contains("Hyvitys 25 € näkyi"); // windows-1252
    assertThat(message(5).body()).startsWith("सुनीता जी ने रविवार को भी"); // UTF-8, base64
    assertThat(message(7).body()).startsWith("ميرا پارسل دس دن سے گم ہے."); // windows-1256
    assertThat(message(8).body()).startsWith("پارسل وقت پر مل گيا، شکريہ."); // labelled iso-8859-6
    assertThat(message(10).body()).startsWith("மூன்று முறை புகார் கொடுத்தும்"); // UTF-16 with a byte-order mark
  }

  @Test
  void htmlOnlyMailIsReadAsTextWithoutScriptsOrStyles() {
    MailMessage hi = message(6);
    assertThat(hi.body()).isEqualTo("तीन हफ़्ते हो गए, मेरा डेबिट कार्ड अब तक नहीं आया।\n\n"
        + "शाखा में कोई जवाब नहीं देता और हेल्पलाइन पर घंटों इंतज़ार करना पड़ता है। बहुत खराब सेवा।");
    assertThat(hi.body()).doesNotContain("tracking", "color", "धन्यवाद");
  }

  @Test
  void alternativePrefersPlainTextAndAttachmentsAreNotRead() {
    assertThat(message(9).body()).startsWith("கடந்த வாரம்").endsWith("மிக்க நன்றி!");
    MailMessage en = message(11);
    assertThat(en.body()).isEqualTo("The fridge arrived on the day you promised, the crew were careful and it works "
        + "perfectly.\nThank you for the quick delivery. Invoice attached for your records.");
    assertThat(en.body()).doesNotContain("terrible", "PDF");
  }

  @Test
  void forwardsWithNothingWrittenAboveAreReadAsTheForwardedMessage() {
    assertThat(message(12).body()).startsWith("Nettiyhteys on ollut poikki jo viikon.").doesNotContain("Lähettäjä");
    MailMessage rfc822 = message(13);
    assertThat(rfc822.body()).startsWith("Your driver Marcus carried the new oven").endsWith("thank you so much!");
    assertThat(rfc822.subject()).isEqualTo("Fw: Your driver Marcus");
    assertThat(rfc822.text()).startsWith("Your driver Marcus\n\nYour driver Marcus carried");
  }

  @Test
  void quotedRepliesAndSignaturesAreTakenOut() {
    MailMessage thanks = message(2);
    assertThat(thanks.body()).isEqualTo("Thanks, that sorted it.");
    assertThat(thanks.text()).isEqualTo("Thanks, that sorted it."); // a reply's subject is the thread's
    assertThat(message(3).body()).doesNotContain("hyvitämme", "Lähettäjä");
    assertThat(message(4).body()).isEqualTo("Kiitos! Hyvitys 25 € näkyi tililläni heti ja asia on nyt kunnossa. "
        + "Ystävällistä palvelua.");
    assertThat(message(16).body()).doesNotContain("dispatched", "Original");
  }

  @Test
  void quotedFromLinesAreUnquotedAndTheSignatureGoes() {
    assertThat(message(15).body()).isEqualTo("From the first call to the final visit, everything went smoothly.\n"
        + "From your reply I expected a wait, but the technician came the next morning, on time and tidy.");
  }

  @Test
  void aBrokenMessageSaysWhyAndKeepsItsHeadersAndPosition() {
    MailMessage broken = message(14);
    assertThat(broken.position()).isEqualTo(14);
    assertThat(broken.error()).isEqualTo(SUPPORT + " message 14: its text/plain part has damaged base64 "
        + "(Unexpected base64 byte: 64)");
    assertThat(broken.subject()).isEqualTo("Delivery feedback");
    assertThat(broken.body()).isEmpty();
    assertThat(message(15).ok()).isTrue(); // the run goes on
  }

  @Test
  void singleMessageFiles() {
    MailMessage apple = read(MAIL.resolve("apple-reply.eml")).get(0);
    assertThat(apple.position()).isEqualTo(1);
    assertThat(apple.body()).isEqualTo("Brilliant, the new drum belt fits and the dryer works again. "
        + "Thank you for sorting it so fast.");
    MailMessage outlook = read(MAIL.resolve("outlook-fi.eml")).get(0);
    assertThat(outlook.from()).isEqualTo("Juha Mäkinen <juha.makinen@posti.example>");
    assertThat(outlook.body()).startsWith("Tilasin puhelimen kaksi viikkoa sitten ja maksoin 149 € etukäteen")
        .endsWith("Juha Mäkinen").doesNotContain("Kiitos tilauksestasi", "Lähettäjä", "Calibri");
  }

  @Test
  void aTruncatedMessageIsReportedNotGuessed() {
    List<MailMessage> cut = read(MAIL.resolve("truncated.eml"));
    assertThat(cut).hasSize(1);
    assertThat(cut.get(0).error()).endsWith("truncated.eml message 1: the message is cut short: a multipart part "
        + "has no closing boundary");
    assertThat(cut.get(0).subject()).isEqualTo("Toimitus");
  }

  @Test
  void maildirReadsCurAndNewButNotTmp() {
    List<MailMessage> all = read(MAIL.resolve("maildir"));
    assertThat(all).extracting(m -> Path.of(m.source()).getParent().getFileName().toString())
        .containsExactly("cur", "new");
    assertThat(all.get(0).from()).isEqualTo("கார்த்திக் <karthik@anjal.example>");
    assertThat(all.get(0).body()).isEqualTo("புதிய இணைப்பு சரியான நேரத்தில் வேலை செய்யத் தொடங்கியது. "
        + "எல்லாம் சரியாக இருக்கிறது, நன்றி.");
    assertThat(all.get(1).subject()).isEqualTo("पैसे कट गए");
    assertThat(all.get(1).body()).doesNotContain("iPhone");
  }

  @Test
  void aDirectoryIsReadInNameOrderAndOtherFilesAreNamed(@TempDir Path dir) throws IOException {
    Files.copy(MAIL.resolve("apple-reply.eml"), dir.resolve("b.eml"));
    Files.copy(SUPPORT, dir.resolve("a.mbox"));
    Files.createDirectories(dir.resolve("sub"));
    Files.copy(MAIL.resolve("outlook-fi.eml"), dir.resolve("sub/c.EML"));
    Files.writeString(dir.resolve("notes.txt"), "not mail");
    List<Path> notMail = new ArrayList<>();
    List<MailMessage> all;
    try (Stream<MailMessage> s = Mailboxes.read(dir, notMail::add)) {
      all = s.toList();
    }
    assertThat(all).hasSize(18);
    assertThat(all.get(0).source()).endsWith("a.mbox");
    assertThat(all.get(16).source()).endsWith("b.eml");
    assertThat(all.get(17).source()).endsWith("c.EML");
    assertThat(notMail).containsExactly(dir.resolve("notes.txt"));
  }

  @Test
  void aFileThatCannotBeOpenedInADirectoryIsAMessageWithItsError(@TempDir Path dir) throws IOException {
    Path locked = dir.resolve("locked.eml");
    Files.copy(MAIL.resolve("apple-reply.eml"), locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "running as root, every file can be read");
      List<MailMessage> all = read(dir);
      assertThat(all).hasSize(1);
      assertThat(all.get(0).position()).isZero();
      assertThat(all.get(0).error()).isEqualTo(locked + ": cannot open the file: permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aMissingPathIsAnInputError(@TempDir Path dir) {
    assertThatThrownBy(() -> Mailboxes.read(dir.resolve("nope.mbox"))).isInstanceOf(InputException.class)
        .hasMessage(dir.resolve("nope.mbox") + ": does not exist");
  }

  @Test
  void uploadsAreReadByNameOrByContent() throws IOException {
    byte[] mbox = Files.readAllBytes(SUPPORT);
    try (Stream<MailMessage> s = Mailboxes.read("inbox.mbox", new ByteArrayInputStream(mbox))) {
      assertThat(s.toList()).hasSize(16).allMatch(m -> m.source().equals("inbox.mbox"));
    }
    try (Stream<MailMessage> s = Mailboxes.read("upload", new ByteArrayInputStream(mbox))) {
      assertThat(s.count()).isEqualTo(16); // starts with "From ": a mailbox
    }
    byte[] eml = Files.readAllBytes(MAIL.resolve("apple-reply.eml"));
    try (Stream<MailMessage> s = Mailboxes.read("message.eml", new ByteArrayInputStream(eml))) {
      assertThat(s.toList()).singleElement().satisfies(m -> assertThat(m.body()).startsWith("Brilliant"));
    }
    assertThat(Mailboxes.isMailFile("Inbox.MBOX")).isTrue();
    assertThat(Mailboxes.isMailFile("export.csv")).isFalse();
  }

  @Test
  void streamingReadsOneMessageAtATime() {
    int[] opened = new int[1];
    InputStream counting = new ByteArrayInputStream(mbox(3).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        opened[0] += 1;
        return super.read(b, off, Math.min(len, 64));
      }
    };
    try (Stream<MailMessage> s = Mailboxes.read("x.mbox", counting)) {
      var it = s.iterator();
      it.next();
      int afterFirst = opened[0];
      it.next();
      it.next();
      assertThat(afterFirst).isLessThan(opened[0]); // the rest is read only when asked for
    }
  }

  @Test
  void notMailAtAllIsAnErrorNotAnException() throws IOException {
    byte[] garbage = {0, 1, 2, (byte) 0xFF, '\n', '\n', 'x', (byte) 0x80};
    try (Stream<MailMessage> s = Mailboxes.read("junk.eml", new ByteArrayInputStream(garbage))) {
      assertThat(s.toList()).singleElement()
          .satisfies(m -> assertThat(m.error()).isEqualTo("junk.eml message 1: has no mail headers "
              + "(From, Date, Subject …): not an e-mail message"));
    }
  }

  @Test
  void aReplyWithNothingNewSaysSo() throws IOException {
    String reply = "From: a@x.example\nSubject: Re: Refund\n\nOn Mon, 2 Mar 2026, b@x.example wrote:\n> old\n";
    try (Stream<MailMessage> s = Mailboxes.read("r.eml", new ByteArrayInputStream(reply.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(s.toList()).singleElement().satisfies(m -> assertThat(m.error()).isEqualTo("r.eml message 1: "
          + "nothing to classify: a reply's subject (the thread's), and no new text in the body (all quoted or signature)"));
    }
  }

  @Test
  void damageIsNoticedAfterManyHarmlessWarnings() throws IOException {
    String eml = "From: a@x.example\nSubject: Order\nContent-Type: multipart/mixed; boundary=b\n\n"
        + "--b\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
        + "Price =ZZ 5 ".repeat(200) + "\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
        + "VGhlIHBhcmNlbA@@@@\n--b--\n";
    try (Stream<MailMessage> s = Mailboxes.read("m.eml", new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(s.toList()).singleElement().satisfies(m -> assertThat(m.error()).startsWith(
          "m.eml message 1: its text/plain part has damaged base64"));
    }
  }

  static String mbox(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("From x@y Mon Mar  2 08:00:00 2026\nSubject: message ").append(i).append("\n\n")
          .append("body ".repeat(200)).append("\n\n");
    }
    return b.toString();
  }
}

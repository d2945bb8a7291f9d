package org.servicesignals.io.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.TriageOrder;
import org.servicesignals.core.Prediction;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.RowSink;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * Generated mailboxes — random MIME structure (single parts, alternatives, mixed with attachments,
 * forwarded messages), charsets, transfer encodings, encoded-word headers, body lines that look like
 * separators or quotes, and damage (cut short, garbage bytes, broken base64, bytes alone) — through
 * the same path as {@code triage}: reader, batch classification, queue order, CSV writer. The oracle
 * knows how many messages it wrote: the run never fails, and exactly one row comes back per
 * message, in the file's order, with a label or an error and never both.
 */
class MailboxProperties {
  static Classifier classifier;

  @BeforeContainer
  static void load() {
    classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(Path.of("models")));
  }

  static final List<String> TEXTS = List.of(
      "The engineer never came and nobody called back.", "Thanks, that sorted it.",
      "सेवा बहुत अच्छी थी, धन्यवाद।", "मेरा कार्ड अब तक नहीं आया।",
      "Kiitos, nopeaa ja ystävällistä palvelua.", "Lasku on taas väärin, olen pettynyt.",
      "پارسل وقت پر مل گیا، شکریہ۔", "میرا پارسل دس دن سے گم ہے۔",
      "மிக்க நன்றி, அருமையான சேவை!", "இணையம் இன்னும் வேலை செய்யவில்லை.",
      "From the first call it went well.", ">From a quoted line", "> quoted reply line",
      "-- ", "On Mon, 2 Mar 2026, a@x.example wrote:", "---------- Forwarded message ---------",
      "", "=?utf-8?B?4KSq4KWI4KS44KWH?=", "<p>html <b>bold</b></p>", "😡😡", "★★★★☆", "é€\u0000\u202Eevil");
  static final List<String> CHARSETS = List.of("utf-8", "iso-8859-1", "iso-8859-15", "windows-1252",
      "windows-1256", "iso-8859-6", "utf-16", "us-ascii", "x-no-such-charset", "");
  static final List<String> ENCODINGS = List.of("7bit", "8bit", "quoted-printable", "base64", "x-unknown");

  /** How a generated message is damaged. */
  enum Damage { NONE, CUT_SHORT, GARBAGE_INSIDE, BROKEN_BASE64, BYTES_ONLY, NO_CLOSING_BOUNDARY }

  /** One generated part: its text lines, charset, transfer encoding and whether it is HTML. */
  record Part(List<String> lines, String charset, String encoding, boolean html) {}

  /** One generated message: its structure, its parts, how it is damaged. */
  record Gen(String structure, List<Part> parts, String subject, Damage damage, int cut, byte[] garbage) {}

  @Provide
  Arbitrary<List<Gen>> mailboxes() {
    Arbitrary<Part> part = Combinators.combine(Arbitraries.of(TEXTS).list().ofMinSize(0).ofMaxSize(6),
        Arbitraries.of(CHARSETS), Arbitraries.of(ENCODINGS), Arbitraries.of(true, false)).as(Part::new);
    Arbitrary<Gen> gen = Combinators.combine(
        Arbitraries.of("single", "alternative", "mixed", "forward", "nested"),
        part.list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.of(TEXTS),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(Damage.NONE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(Damage.class))),
        Arbitraries.integers().between(0, 2000),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)).as(Gen::new);
    return gen.list().ofMinSize(0).ofMaxSize(8);
  }

  @Property
  void everyMessageComesBackOnceInOrderAndTheRunNeverFails(@ForAll("mailboxes") List<Gen> messages) throws Exception {
    byte[] mbox = mbox(messages);
    List<MailMessage> read = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    try (Stream<MailMessage> s = Mailboxes.read("gen.mbox", new ByteArrayInputStream(mbox));
        BatchClassifier batch = new BatchClassifier(classifier, MailColumns.batchOptions(2))) {
      batch.run(s.iterator(), MailColumns::source, (m, p) -> {
        read.add(m);
        predictions.add(p);
      });
    }
    assertThat(read).as("messages in a mailbox of %d", messages.size()).hasSize(messages.size());
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).position()).isEqualTo(i + 1);
      Prediction p = predictions.get(i);
      assertThat(p.ok()).as("label xor error, message %d", i + 1).isEqualTo(p.label().isPresent());
      Statistics.label("message").collect(read.get(i).ok() ? (p.ok() ? "classified" : "read, not classified")
          : "broken");
      if (!read.get(i).ok()) {
        assertThat(p.error()).isEqualTo(read.get(i).error()).startsWith("gen.mbox message " + (i + 1) + ": ");
      }
    }
    // the queue is a reordering of the same rows, and the CSV has one line per message
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < predictions.size(); i++) {
      order.add(i);
    }
    order.sort(TriageOrder.by(predictions::get));
    assertThat(order).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, read.size()).boxed().toList());
    MailColumns columns = MailColumns.of(false);
    StringWriter csv = new StringWriter();
    try (RowSink sink = Outputs.open(csv, Outputs.Format.CSV, columns.names())) {
      for (int i : order) {
        sink.write(columns.row(read.get(i), predictions.get(i)));
      }
    }
    List<String[]> rows = new ArrayList<>();
    try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(csv.toString())) {
      while (it.hasNext()) {
        rows.add((String[]) it.next());
      }
    }
    assertThat(rows).hasSize(read.size() + 1);
  }

  @Property
  void eachGeneratedMessageAloneIsOneMessage(@ForAll("mailboxes") List<Gen> messages) {
    for (Gen g : messages) {
      try (Stream<MailMessage> s = Mailboxes.read("one.eml", new ByteArrayInputStream(message(g)))) {
        List<MailMessage> all = s.toList();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).position()).isEqualTo(1);
      }
    }
  }

  /** The mailbox: mboxrd separators, lines that look like separators quoted. */
  static byte[] mbox(List<Gen> messages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Gen g : messages) {
      out.write("From sender@gen.example Mon Mar  2 08:00:00 2026\n".getBytes(StandardCharsets.US_ASCII));
      byte[] m = message(g);
      int lineStart = 0;
      for (int i = 0; i <= m.length; i++) {
        if (i == m.length || m[i] == '\n') {
          int k = lineStart;
          while (k < i && m[k] == '>') {
            k++;
          }
          if (i - k >= 5 && new String(m, k, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
            out.write('>');
          }
          out.write(m, lineStart, i - lineStart);
          if (i < m.length) {
            out.write('\n');
          }
          lineStart = i + 1;
        }
      }
      if (m.length > 0 && m[m.length - 1] != '\n') {
        out.write('\n');
      }
      out.write('\n');
    }
    return out.toByteArray();
  }

  static byte[] message(Gen g) {
    if (g.damage() == Damage.BYTES_ONLY) {
      return g.garbage();
    }
    StringBuilder h = new StringBuilder();
    h.append("From: ").append(encodedWord("Gen Sender")).append(" <sender@gen.example>\n");
    h.append("Subject: ").append(g.subject().startsWith("=?") ? g.subject() : encodedWord(g.subject())).append('\n');
    h.append("Date: Mon, 2 Mar 2026 08:00:00 +0200\nMessage-ID: <gen@gen.example>\nMIME-Version: 1.0\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, h.toString());
    switch (g.structure()) {
      case "single" -> part(out, g.parts().get(0), g.damage());
      case "forward" -> {
        write(out, "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\nContent-Type: text/plain\n\n\n"
            + "--outer\nContent-Type: message/rfc822\n\nFrom: Inner <i@gen.example>\nSubject: inner\n");
        part(out, g.parts().get(0), g.damage());
        write(out, g.damage() == Damage.NO_CLOSING_BOUNDARY ? "\n" : "\n--outer--\n");
      }
      default -> {
        String type = switch (g.structure()) {
          case "alternative" -> "alternative";
          case "nested" -> "related";
          default -> "mixed";
        };
        write(out, "Content-Type: multipart/" + type + "; boundary=\"b1\"\n\npreamble\n");
        for (int i = 0; i < g.parts().size(); i++) {
          write(out, "--b1\n");
          if (g.structure().equals("mixed") && i == g.parts().size() - 1) {
            write(out, "Content-Disposition: attachment; filename=\"a.bin\"\n");
          }
          if (g.structure().equals("nested") && i == 0) {
            write(out, "Content-Type: multipart/alternative; boundary=\"b2\"\n\n--b2\n");
            part(out, g.parts().get(i), g.damage());
            write(out, "\n--b2--\n");
          } else {
            part(out, g.parts().get(i), g.damage());
          }
          write(out, "\n");
        }
        if (g.damage() != Damage.NO_CLOSING_BOUNDARY) {
          write(out, "--b1--\nepilogue\n");
        }
      }
    }
    byte[] bytes = out.toByteArray();
    return switch (g.damage()) {
      case CUT_SHORT -> java.util.Arrays.copyOf(bytes, Math.min(bytes.length, g.cut()));
      case GARBAGE_INSIDE -> {
        int at = Math.min(bytes.length, g.cut());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bytes, 0, at);
        b.writeBytes(g.garbage());
        b.write(bytes, at, bytes.length - at);
        yield b.toByteArray();
      }
      default -> bytes;
    };
  }

  static void part(ByteArrayOutputStream out, Part p, Damage damage) {
    String text = String.join("\n", p.lines());
    if (p.html()) {
      text = "<html><body><div>" + text.replace("\n", "<br>") + "</div><script>x()</script></body></html>";
    }
    Charset cs = charset(p.charset());
    byte[] raw = text.getBytes(cs);
    write(out, "Content-Type: text/" + (p.html() ? "html" : "plain")
        + (p.charset().isEmpty() ? "" : "; charset=\"" + p.charset() + "\"") + "\n");
    write(out, "Content-Transfer-Encoding: " + p.encoding() + "\n\n");
    switch (p.encoding()) {
      case "base64" -> {
        String b64 = Base64.getMimeEncoder().encodeToString(raw);
        write(out, damage == Damage.BROKEN_BASE64 ? b64 + "@@!!**" : b64);
      }
      case "quoted-printable" -> write(out, quotedPrintable(raw));
      default -> out.writeBytes(raw);
    }
  }

  static Charset charset(String name) {
    try {
      Charset cs = Charset.forName(name);
      return cs.canEncode() ? cs : StandardCharsets.UTF_8;
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  static String quotedPrintable(byte[] raw) {
    StringBuilder b = new StringBuilder();
    int col = 0;
    for (byte x : raw) {
      int c = x & 0xFF;
      String s = c == '\n' ? "\n" : (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c)
          : String.format("=%02X", c);
      if (col + s.length() > 72 && c != '\n') {
        b.append("=\n");
        col = 0;
      }
      b.append(s);
      col = c == '\n' ? 0 : col + s.length();
    }
    return b.toString();
  }

  static String encodedWord(String s) {
    return "=?utf-8?B?" + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)) + "?=";
  }

  static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}

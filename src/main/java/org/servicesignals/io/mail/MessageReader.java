package org.servicesignals.io.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Event;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.servicesignals.core.InputException;

/**
 * Reads one message with mime4j's pull parser ({@link MimeTokenStream}), which streams: only the
 * text parts are read into memory, attachments are passed over. The body is the text of the parts
 * a reader would see: in {@code multipart/alternative} the {@code text/plain} version, else the
 * HTML one as text ({@link HtmlText}); in other multiparts every inline text part in order;
 * attachments left out; a forwarded {@code message/rfc822} part read only when the sender wrote
 * nothing of their own. {@link QuotedText} then keeps the new part.
 *
 * <p>What goes wrong with one message is that message's error, never an exception: damaged base64
 * in a text part, a multipart cut short (no closing boundary), bytes no charset reads, a part over
 * the size limit, mime4j's limits (line length, header count, part count, nesting), no headers.
 * Only a failure to read the file itself is thrown, as an {@link InputException}.
 */
final class MessageReader {
  /** The largest text part read: past any real message, and far past what is classified. */
  static final int MAX_TEXT_BYTES = 16 << 20;
  /** Forwards inside forwards followed this deep. */
  private static final int MAX_FORWARDS = 4;
  /**
   * mime4j's limits, widened for real mail: HTML mail and base64 written without line breaks have
   * lines far past the default 1,000 bytes, and mailing-list headers run long.
   */
  private static final MimeConfig CONFIG = MimeConfig.custom()
      .setMaxLineLen(MAX_TEXT_BYTES)
      .setMaxHeaderCount(4096)
      .setMaxHeaderLen(1 << 20)
      .setMaxPartCount(1024)
      .build();

  private MessageReader() {}

  /** The message in {@code in}, which holds exactly one message; never throws for the message's content. */
  static MailMessage read(String source, long position, InputStream in) {
    Parse parse = new Parse();
    try {
      parse.run(in);
    } catch (IOException | MimeException | RuntimeException | StackOverflowError e) {
      SourceException file = SourceException.in(e);
      if (file != null) {
        throw new InputException(source, "cannot read message " + position + ": " + file.getMessage());
      }
      parse.fail(reason(e));
    }
    return parse.result(source, position);
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    return "mime4j cannot read it: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
  }

  /** One MIME entity: a message, or a part of one. */
  private static final class Part {
    final Part parent;
    final boolean message;
    final List<Part> children = new ArrayList<>();
    String type = "text/plain";
    boolean attachment;
    String text;

    Part(Part parent, boolean message) {
      this.parent = parent;
      this.message = message;
    }
  }

  /** The state of one message's parse. */
  private static final class Parse {
    private final Monitor monitor = new Monitor();
    private Part root;
    private int rootFields;
    private String messageId = "";
    private String from = "";
    private String date = "";
    private String subject = "";
    private String error = "";
    private boolean anyText;

    void run(InputStream in) throws IOException, MimeException {
      MimeTokenStream stream = new MimeTokenStream(CONFIG, monitor,
          new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
      stream.setRecursionMode(RecursionMode.M_RECURSE);
      stream.parse(in);
      Part cur = null;
      for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
        switch (s) {
          case T_START_MESSAGE, T_START_BODYPART -> {
            Part p = new Part(cur, s == EntityState.T_START_MESSAGE);
            if (cur == null) {
              root = p;
            } else {
              cur.children.add(p);
            }
            cur = p;
          }
          case T_FIELD -> {
            if (cur == root) {
              header(stream.getField());
            }
          }
          case T_START_MULTIPART -> describe(cur, stream.getBodyDescriptor());
          case T_BODY -> {
            describe(cur, stream.getBodyDescriptor());
            if (!cur.attachment && (cur.type.equals("text/plain") || cur.type.equals("text/html"))) {
              text(cur, stream);
            }
          }
          case T_END_MESSAGE, T_END_BODYPART -> cur = cur.parent;
          default -> {
            // multipart boundaries, preambles and epilogues carry nothing to read
          }
        }
      }
      if (monitor.cutShort()) {
        fail("the message is cut short: a multipart part has no closing boundary");
      }
    }

    /** The part's type and disposition; mime4j knows them once the body starts. */
    private static void describe(Part part, BodyDescriptor bd) {
      part.type = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
      part.attachment = bd instanceof MaximalBodyDescriptor m
          && "attachment".equalsIgnoreCase(m.getContentDispositionType());
    }

    private void header(Field field) {
      rootFields++;
      String name = field.getNameLowerCase();
      if (!List.of("message-id", "from", "date", "subject").contains(name)) {
        return;
      }
      ParsedField f = HeaderFields.parse(field);
      switch (name) {
        case "message-id" -> messageId = messageId.isEmpty() ? HeaderFields.oneLine(f.getBody()) : messageId;
        case "from" -> from = from.isEmpty() ? HeaderFields.sender(f) : from;
        case "date" -> date = date.isEmpty() ? HeaderFields.date(f) : date;
        default -> subject = subject.isEmpty() ? HeaderFields.text(f) : subject;
      }
    }

    private void text(Part part, MimeTokenStream stream) throws IOException {
      monitor.mark();
      // not closed: the stream is the parser's, which reads past what is left when it moves on
      byte[] bytes = stream.getDecodedInputStream().readNBytes(MAX_TEXT_BYTES + 1);
      if (bytes.length > MAX_TEXT_BYTES) {
        fail(String.format(Locale.ROOT, "a text part is over %d MB, too long to classify", MAX_TEXT_BYTES >> 20));
        return;
      }
      String damaged = monitor.base64();
      if (damaged != null) {
        fail("its " + part.type + " part has damaged base64 (" + damaged.strip() + ")");
        return;
      }
      MailCharsets.Decoded d = MailCharsets.decode(bytes, stream.getBodyDescriptor().getCharset());
      if (!d.error().isEmpty()) {
        fail(d.error());
        return;
      }
      anyText = true;
      part.text = part.type.equals("text/html") ? HtmlText.text(d.text()) : d.text();
    }

    void fail(String reason) {
      if (error.isEmpty()) {
        error = reason;
      }
    }

    MailMessage result(String source, long position) {
      String body = "";
      if (error.isEmpty()) {
        if (rootFields == 0) {
          fail("has no mail headers (From, Date, Subject …): not an e-mail message");
        } else {
          body = root == null ? "" : body(root, 0);
          if (body.isEmpty() && QuotedText.ownSubject(subject).isEmpty()) {
            String subjectIs = subject.isEmpty() ? "no subject" : "a reply's subject (the thread's)";
            fail("nothing to classify: " + subjectIs + (anyText ? ", and no new text in the body (all quoted or signature)"
                : ", and no text/plain or text/html part"));
          }
        }
      }
      return new MailMessage(source, position, messageId, from, date, subject, body,
          error.isEmpty() ? "" : MailMessage.where(source, position) + ": " + error);
    }
  }

  /** The new part of a message; a forwarded message's when the sender wrote nothing. */
  private static String body(Part message, int depth) {
    String own = QuotedText.newPart(own(message));
    if (!own.isEmpty() || depth >= MAX_FORWARDS) {
      return own;
    }
    for (Part forward : forwards(message, new ArrayList<>())) {
      String b = body(forward, depth + 1);
      if (!b.isEmpty()) {
        return b;
      }
    }
    return "";
  }

  /** The text a reader sees in {@code p}, forwarded messages left out. */
  private static String own(Part p) {
    if (p.attachment) {
      return "";
    }
    if (p.text != null) {
      return p.text;
    }
    if (p.type.equals("multipart/alternative")) {
      for (Part c : p.children) {
        if (c.type.equals("text/plain") && c.text != null && !c.attachment && !c.text.isBlank()) {
          return c.text; // the plain version, when the sender's client wrote one
        }
      }
      for (Part c : p.children) {
        String t = own(c);
        if (!t.isBlank()) {
          return t;
        }
      }
      return "";
    }
    if (p.type.startsWith("multipart/")) {
      List<String> texts = new ArrayList<>();
      for (Part c : p.children) {
        String t = own(c);
        if (!t.isBlank()) {
          texts.add(t.strip());
        }
      }
      return String.join("\n\n", texts);
    }
    return "";
  }

  /** The messages forwarded inside {@code p} ({@code message/rfc822} parts), outermost first. */
  private static List<Part> forwards(Part p, List<Part> out) {
    for (Part c : p.children) {
      if (c.message) {
        out.add(c);
      } else {
        forwards(c, out);
      }
    }
    return out;
  }

  /** Keeps the warnings of mime4j (which reads on after them) that mean a message is damaged. */
  private static final class Monitor extends DecodeMonitor {
    private boolean cutShort;
    private String base64;

    @Override
    public boolean warn(String message, String dummy) {
      String m = message == null ? "" : message;
      cutShort |= m.equals(Event.MIME_BODY_PREMATURE_END.toString());
      if (base64 == null && m.toLowerCase(Locale.ROOT).contains("base64")) {
        base64 = m;
      }
      return false;
    }

    @Override
    public boolean isListening() {
      return true;
    }

    /** Forgets the base64 complaints so far: the next part is read. */
    void mark() {
      base64 = null;
    }

    /** The first base64 complaint since {@link #mark()}; null when none. */
    String base64() {
      return base64;
    }

    boolean cutShort() {
      return cutShort;
    }
  }
}

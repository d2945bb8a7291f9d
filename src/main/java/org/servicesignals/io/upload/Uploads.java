package org.servicesignals.io.upload;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.servicesignals.core.InputException;
import org.servicesignals.core.SourceRow;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSource;
import org.servicesignals.io.mail.MailMessage;
import org.servicesignals.io.mail.Mailboxes;

/**
 * Reads an upload into the messages of a triage queue, by its file name: mail ({@code .mbox},
 * {@code .mbx}, {@code .eml}) with {@link Mailboxes}, tables and text ({@code .csv .tsv .jsonl .txt
 * .xlsx}) with {@link Inputs} — one message a row, from the {@link TextColumn}, its id from an
 * {@code id} column and its language from a {@code lang} column when the file has them — and pasted
 * text with {@link PastedText}. A broken message or row comes back with its error; a file that
 * cannot be read at all is an {@link InputException}.
 */
public final class Uploads {
  /** The extensions read, for people. */
  public static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".jsonl", ".xlsx", ".eml", ".mbox", ".mbx");
  /** The columns of {@link UploadedMessage#row()}. */
  public static final String TEXT = "text";
  public static final String ID = "id";
  public static final String LANG = "lang";

  private Uploads() {}

  /** Whether a file of this name is read. */
  public static boolean readable(String fileName) {
    return Mailboxes.isMailFile(fileName) || Inputs.formatOf(fileName) != null;
  }

  /**
   * The messages of the file {@code fileName}, in file order; more than {@code limit} is
   * {@link TooManyMessages}, raised as soon as the reading passes it.
   */
  public static List<UploadedMessage> read(String fileName, InputStream in, int limit) {
    if (Mailboxes.isMailFile(fileName)) {
      return mail(fileName, in, limit);
    }
    String format = Inputs.formatOf(fileName);
    if (format == null) {
      throw new InputException(fileName, "is not a file the queue reads: use " + String.join(" ", EXTENSIONS));
    }
    return table(fileName, in, format, limit);
  }

  /** Messages pasted as text ({@link PastedText}), numbered from 1. */
  public static List<UploadedMessage> pasted(String text, int limit) {
    List<String> messages = PastedText.messages(text);
    if (messages.size() > limit) {
      throw new TooManyMessages("the pasted text", limit);
    }
    List<UploadedMessage> out = new ArrayList<>(messages.size());
    for (String m : messages) {
      long position = out.size() + 1;
      out.add(new UploadedMessage(position, SourceRow.of(position, fields(m, Long.toString(position), "")), Map.of()));
    }
    return out;
  }

  private static List<UploadedMessage> mail(String fileName, InputStream in, int limit) {
    List<UploadedMessage> out = new ArrayList<>();
    try (Stream<MailMessage> messages = Mailboxes.read(fileName, in)) {
      for (var it = messages.iterator(); it.hasNext(); ) {
        MailMessage m = it.next();
        long position = out.size() + 1;
        if (position > limit) {
          throw new TooManyMessages(fileName, limit);
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("message_id", m.messageId());
        about.put("from", m.from());
        about.put("date", m.date());
        about.put("subject", m.subject());
        SourceRow row = new SourceRow(m.position(), fields(m.text(), Long.toString(position), ""), Map.of(), m.error());
        out.add(new UploadedMessage(position, row, about));
      }
    }
    return out;
  }

  private static List<UploadedMessage> table(String fileName, InputStream in, String format, int limit) {
    List<Row> rows = new ArrayList<>();
    List<String> columns;
    try (RowSource source = Inputs.open(fileName, in, format)) {
      while (source.hasNext()) {
        if (rows.size() == limit) {
          throw new TooManyMessages(fileName, limit);
        }
        rows.add(source.next());
      }
      columns = List.copyOf(source.columns());
    }
    String text = TextColumn.choose(columns, rows.stream().map(Row::fields).toList())
        .orElseThrow(() -> new InputException(fileName, 1, "no column holds the messages: name it 'text' (columns are "
            + columns + ")"));
    boolean ids = columns.contains(ID) && !text.equals(ID);
    boolean langs = columns.contains(LANG) && !text.equals(LANG);
    List<UploadedMessage> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      long position = out.size() + 1;
      SourceRow read = r.source();
      String id = ids ? read.fields().getOrDefault(ID, "").strip() : "";
      Map<String, String> f = fields(read.fields().get(text), id.isEmpty() ? Long.toString(position) : id,
          langs ? read.fields().getOrDefault(LANG, "") : "");
      Map<String, String> structured = read.structured().containsKey(text) ? Map.of(TEXT, read.structured().get(text))
          : Map.of();
      out.add(new UploadedMessage(position, new SourceRow(r.line(), f, structured, read.error()), Map.of()));
    }
    return out;
  }

  /** A row's fields as batch classification reads them; no text column when {@code text} is null. */
  private static Map<String, String> fields(String text, String id, String lang) {
    Map<String, String> f = new LinkedHashMap<>(4);
    if (text != null) {
      f.put(TEXT, text);
    }
    f.put(ID, id);
    f.put(LANG, lang);
    return f;
  }
}

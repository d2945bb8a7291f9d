package org.servicesignals.io.mail;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.dom.field.UnstructuredField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header values as people read them, through mime4j's lenient field parsers: RFC 2047 encoded words
 * decoded, folded lines unfolded. Raw 8-bit header bytes (RFC 6532 mail writes UTF-8 headers
 * without encoded words) are read as UTF-8, or as windows-1252 when they are not UTF-8; mime4j
 * alone would read them as Latin-1.
 */
final class HeaderFields {
  private HeaderFields() {}

  /** The field parsed from its raw bytes; never throws. */
  static ParsedField parse(Field field) {
    ByteSequence raw = field.getRaw();
    String text = raw == null ? field.getName() + ": " + field.getBody() : decode(raw.toByteArray());
    try {
      return LenientFieldParser.parse(text, DecodeMonitor.SILENT);
    } catch (MimeException | RuntimeException e) {
      try {
        return LenientFieldParser.parse(field.getName() + ": ", DecodeMonitor.SILENT);
      } catch (MimeException inner) {
        throw new IllegalStateException("an empty field always parses", inner);
      }
    }
  }

  private static String decode(byte[] bytes) {
    MailCharsets.Decoded d = MailCharsets.decode(bytes, null);
    return d.error().isEmpty() ? d.text() : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Whitespace runs (folding included) as one space, ends stripped. */
  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\s\u00A0]+", " ").strip();
  }

  /** Unstructured text (Subject): encoded words decoded. */
  static String text(ParsedField f) {
    if (f instanceof UnstructuredField u && u.getValue() != null) {
      return oneLine(u.getValue());
    }
    return oneLine(DecoderUtil.decodeEncodedWords(f.getBody(), DecodeMonitor.SILENT));
  }

  /** The first sender as {@code Name <address>}; the value as written when it is no address. */
  static String sender(ParsedField f) {
    if (f instanceof MailboxListField m && m.isValidField()) {
      MailboxList list = m.getMailboxList();
      if (list != null && !list.isEmpty()) {
        Mailbox box = list.get(0);
        String name = oneLine(box.getName());
        String address = box.getAddress();
        return name.isEmpty() ? address : name + " <" + address + ">";
      }
    }
    return oneLine(DecoderUtil.decodeEncodedWords(f.getBody(), DecodeMonitor.SILENT));
  }

  /**
   * The date as ISO-8601 with the sender's offset ({@code 2026-03-03T09:14:00+02:00}); when RFC 1123
   * form fails, mime4j's lenient date parser (obsolete zones such as {@code EST}) in UTC; else the
   * value as written.
   */
  static String date(ParsedField f) {
    String value = oneLine(f.getBody().replaceAll("\\([^)]*\\)", " "));
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      // not in the common form: mime4j's parser knows the obsolete ones
    }
    if (f instanceof DateTimeField d && d.isValidField()) {
      Date date = d.getDate();
      if (date != null) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
      }
    }
    return oneLine(f.getBody());
  }
}

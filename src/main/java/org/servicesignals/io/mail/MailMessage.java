package org.servicesignals.io.mail;

import java.util.Objects;

/**
 * One e-mail message as triage reads it: where it is, who sent it, and its own words.
 *
 * <p>Two messages are equal when every component is equal.
 *
 * @param source the file the message came from, as it was named to the reader
 * @param position the message's 1-based number in {@code source} (1 for an .eml or maildir file);
 *     0 when the file as a whole could not be read
 * @param messageId the Message-ID header as written (angle brackets included); empty when absent
 * @param from the sender as {@code Name <address>} (encoded words decoded), or as written when it is
 *     not an address; empty when absent
 * @param date the Date header as an ISO-8601 date-time with the sender's offset, or as written when
 *     it is not an RFC 5322 date; empty when absent
 * @param subject the Subject header with encoded words decoded; empty when absent
 * @param body the new part of the body: the sender's own words, with quoted replies, reply headers,
 *     signatures and forwarded messages taken out ({@link QuotedText}); the forwarded message's new
 *     part when the sender added nothing to a forward
 * @param error why the message could not be read; empty when fine (a message with an error is still
 *     returned, never skipped)
 */
public record MailMessage(String source, long position, String messageId, String from, String date,
    String subject, String body, String error) {
  public MailMessage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(error, "error");
    if (position < 0) {
      throw new IllegalArgumentException("position must be 0 or more, not " + position);
    }
  }

  /** A message that could not be read, with what is known of it. */
  static MailMessage failed(String source, long position, String error) {
    return new MailMessage(source, position, "", "", "", "", "", error);
  }

  /**
   * This message without its body: what a queue of many messages keeps of each one until it is
   * written, so a large mailbox's bodies are never all in memory at once.
   */
  public MailMessage withoutBody() {
    return body.isEmpty() ? this : new MailMessage(source, position, messageId, from, date, subject, "", error);
  }

  public boolean ok() {
    return error.isEmpty();
  }

  /** Where the message is, for people: {@code inbox.mbox message 7}, or the file alone for an .eml. */
  public String where() {
    return where(source, position);
  }

  static String where(String source, long position) {
    return position == 0 ? source : source + " message " + position;
  }

  /**
   * What is classified: the subject's own words ({@link QuotedText#ownSubject}: none for a reply,
   * whose subject is its thread's; without {@code Fwd:} for a forward), a blank line, and the body.
   * Evidence offsets point into this text.
   */
  public String text() {
    String s = QuotedText.ownSubject(subject);
    if (s.isEmpty()) {
      return body;
    }
    return body.isEmpty() ? s : s + "\n\n" + body;
  }
}

package org.servicesignals.io.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Cuts an mbox file into its messages as it reads, so a mailbox of any size streams: each message
 * is an {@link InputStream} that ends where the next {@code From } line begins, and no message is
 * ever held whole in memory. (mime4j's own mbox iterator maps the whole file into memory, which
 * stops at 2 GB and cannot read an upload.)
 *
 * <p>A {@code From } line separates messages when it starts the file or follows an empty line (how
 * every mbox writer writes them), or, after a line that is not empty, when it has the {@code asctime}
 * date a separator carries ({@code From sender Tue Mar  3 09:14:00 2026}); a body line starting
 * "From " that a writer forgot to quote is not taken for a separator unless it looks like one.
 * Quoted lines are unquoted by the mboxrd rule, which also reads mboxo files right: one {@code >}
 * is taken from a line of {@code >} characters followed by {@code From }.
 *
 * <p>Text before the first separator (a file that is one message without a {@code From } line) is
 * a message too, unless it is blank.
 */
final class MboxSplitter {
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
  /** A separator's date in {@code asctime} form: {@code Tue Mar  3 09:14:00 2026}. */
  private static final Pattern POSTMARK = Pattern.compile(
      "From \\S+\\s+[A-Z][a-z]{2} [A-Z][a-z]{2} [ \\d]?\\d \\d\\d:\\d\\d(:\\d\\d)? .*\\d{4}.*");
  /** Bytes of a separator line looked at to see whether it carries a date. */
  private static final int POSTMARK_PEEK = 200;
  /** Enough for the deepest {@code >>>>From } quoting a writer makes. */
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean lineStart = true;
  private boolean previousBlank = true; // the start of the file counts as after an empty line
  private boolean currentBlank = true;
  private boolean started;
  private Message current;

  MboxSplitter(InputStream in) {
    this.in = in;
  }

  /**
   * The next message's bytes, or null at the end of the file. The previous message's stream is read
   * to its end first, whatever its reader left unread.
   */
  InputStream next() throws IOException {
    if (current != null) {
      current.skipRest();
      current = null;
    }
    if (!started) {
      started = true;
      if (!separatorHere()) {
        // text before the first separator: a message when it holds anything but blank lines
        if (!blankUntilSeparator()) {
          current = new Message();
          return current;
        }
      }
    }
    if (!separatorHere()) {
      return null; // the end of the file
    }
    skipLine(); // the separator line itself is not part of the message
    current = new Message();
    return current;
  }

  /** Whether the whole of the file up to the next separator is blank; a non-blank start is left unread. */
  private boolean blankUntilSeparator() throws IOException {
    while (true) {
      if (!ensure(1)) {
        return true;
      }
      byte b = buf[pos];
      if (b == '\n' || b == '\r' || b == ' ' || b == '\t') {
        consume(b);
        continue;
      }
      return lineStart && separatorHere();
    }
  }

  /** Whether the line that starts at the read position is a separator. */
  private boolean separatorHere() throws IOException {
    if (!lineStart || !startsWith(0, FROM)) {
      return false;
    }
    if (previousBlank) {
      return true;
    }
    ensure(POSTMARK_PEEK);
    int end = pos;
    while (end < lim && end - pos < POSTMARK_PEEK && buf[end] != '\n' && buf[end] != '\r') {
      end++;
    }
    return POSTMARK.matcher(new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1)).matches();
  }

  /** Whether the bytes at {@code pos + offset} are {@code prefix}, reading more when needed. */
  private boolean startsWith(int offset, byte[] prefix) throws IOException {
    if (!ensure(offset + prefix.length)) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buf[pos + offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Makes {@code n} bytes available from the read position if the file has them. */
  private boolean ensure(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim < n && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
    return lim - pos >= n;
  }

  private void consume(byte b) {
    pos++;
    if (b == '\n') {
      previousBlank = currentBlank;
      currentBlank = true;
      lineStart = true;
    } else {
      if (b != '\r') {
        currentBlank = false;
      }
      lineStart = false;
    }
  }

  private void skipLine() throws IOException {
    while (ensure(1)) {
      byte b = buf[pos];
      consume(b);
      if (b == '\n') {
        return;
      }
    }
  }

  /** How many {@code >} characters stand before {@code From } at the read position; 0 when none. */
  private int quotedFrom() throws IOException {
    int k = 0;
    while (ensure(k + 1) && buf[pos + k] == '>' && k < BUFFER - FROM.length - 1) {
      k++;
    }
    return k > 0 && startsWith(k, FROM) ? k : 0;
  }

  /** One message's bytes, ending before the next separator. */
  private final class Message extends InputStream {
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int r = read(one, 0, 1);
      return r < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done || current != this) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        if (lineStart) {
          if (separatorHere()) {
            done = true;
            break;
          }
          if (quotedFrom() > 0) {
            consume(buf[pos]); // mboxrd: one '>' less
          }
        }
        if (!ensure(1)) {
          done = true;
          break;
        }
        // copy up to the end of the line, or of what is buffered
        int max = pos + Math.min(len - n, lim - pos);
        int end = pos;
        boolean text = false;
        boolean newline = false;
        while (end < max) {
          byte c = buf[end++];
          if (c == '\n') {
            newline = true;
            break;
          }
          text |= c != '\r';
        }
        System.arraycopy(buf, pos, b, off + n, end - pos);
        n += end - pos;
        pos = end;
        currentBlank &= !text;
        lineStart = newline;
        if (newline) {
          previousBlank = currentBlank;
          currentBlank = true;
          break; // the next line's start is looked at on the next call
        }
      }
      return n == 0 && done ? -1 : n;
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // read to the next separator
      }
    }
  }
}

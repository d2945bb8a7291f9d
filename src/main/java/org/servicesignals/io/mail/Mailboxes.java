package org.servicesignals.io.mail;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.servicesignals.core.InputException;

/**
 * Reads mail: mbox files (mboxrd and mboxo), single messages ({@code .eml}), maildir folders, and
 * directories holding any of them, one {@link MailMessage} per message, in file order.
 *
 * <p>The messages stream: one message is in memory at a time (its text parts, never its
 * attachments), so a mailbox of any size can be read. A broken message never stops the reading:
 * it comes back with its position and its {@code error} saying why, and the messages after it are
 * read as usual. Only the files themselves can stop it: a path that does not exist or cannot be
 * read, or a disk error, is an {@link InputException}. A file that cannot be opened inside a
 * directory comes back as a message with position 0 and the reason as its error.
 *
 * <p>What a file is comes from its name: {@code .mbox} and {@code .mbx} are mailboxes, {@code .eml}
 * one message, and every file in a maildir's {@code cur/} and {@code new/} one message ({@code tmp/}
 * holds deliveries not yet finished and is not read). A file named on its own with another name
 * (Thunderbird's {@code Inbox}) is a mailbox when it starts with a {@code From } line, else one
 * message. Inside directories, other files are not mail and are not read; the caller is told of
 * each.
 */
public final class Mailboxes {
  private static final List<String> MBOX = List.of(".mbox", ".mbx");
  private static final List<String> EML = List.of(".eml");
  private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

  private Mailboxes() {}

  /** What a file holds. */
  private enum Kind { MBOX, MESSAGE, BY_CONTENT, DIRECTORY, MAILDIR }

  private record Entry(Path path, Kind kind) {}

  /** The messages under {@code path} (a file or a directory); close the stream when done. */
  public static Stream<MailMessage> read(Path path) {
    return read(path, skipped -> { });
  }

  /**
   * As {@link #read(Path)}, telling {@code notMail} of each file found in a directory that is not a
   * mailbox, a message or a maildir, and so is not read.
   */
  public static Stream<MailMessage> read(Path path, Consumer<Path> notMail) {
    return read(List.of(path), notMail);
  }

  /**
   * The messages under each of {@code paths} in turn. Every path is checked before anything is read:
   * one that does not exist or cannot be read is an {@link InputException} naming it.
   */
  public static Stream<MailMessage> read(List<Path> paths, Consumer<Path> notMail) {
    List<Entry> entries = new ArrayList<>();
    for (Path path : paths) {
      String name = path.toString();
      if (!Files.exists(path)) {
        throw new InputException(name, "does not exist");
      }
      if (!Files.isReadable(path)) {
        throw new InputException(name, "cannot be read (permission denied)");
      }
      entries.add(new Entry(path, Files.isDirectory(path) ? (maildir(path) ? Kind.MAILDIR : Kind.DIRECTORY)
          : kindByName(path.getFileName().toString(), Kind.BY_CONTENT)));
    }
    return stream(new Messages(entries, notMail));
  }

  /**
   * The messages in an upload named {@code fileName}: an mbox ({@code .mbox}, {@code .mbx}), one
   * message ({@code .eml}), or by its content for another name. Closing the stream closes {@code in}.
   */
  public static Stream<MailMessage> read(String fileName, InputStream in) {
    Kind kind = kindByName(fileName, Kind.BY_CONTENT);
    Messages messages = new Messages(List.of(), p -> { });
    messages.open(fileName, in, kind);
    return stream(messages);
  }

  /** Whether {@code fileName} names a mailbox or a message by its extension. */
  public static boolean isMailFile(String fileName) {
    return kindByName(fileName, null) != null;
  }

  private static Kind kindByName(String fileName, Kind otherwise) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (MBOX.stream().anyMatch(n::endsWith)) {
      return Kind.MBOX;
    }
    if (EML.stream().anyMatch(n::endsWith)) {
      return Kind.MESSAGE;
    }
    return otherwise;
  }

  private static boolean maildir(Path dir) {
    return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
  }

  private static Stream<MailMessage> stream(Messages messages) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(messages,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(messages::close);
  }

  /** Walks the entries depth-first in name order, reading one file at a time. */
  private static final class Messages implements Iterator<MailMessage>, Closeable {
    private final Deque<Entry> todo = new ArrayDeque<>();
    private final Consumer<Path> notMail;
    private String source;
    private InputStream in;
    private MboxSplitter mbox;
    private boolean single;
    private long position;
    private MailMessage next;

    Messages(List<Entry> entries, Consumer<Path> notMail) {
      this.notMail = notMail;
      todo.addAll(entries);
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (in != null) {
          next = nextInFile();
          if (next != null) {
            break;
          }
          closeFile();
        }
        if (todo.isEmpty()) {
          return false;
        }
        next = visit(todo.pop());
      }
      return true;
    }

    @Override
    public MailMessage next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      MailMessage m = next;
      next = null;
      return m;
    }

    /** Opens a file, or lists a directory; a message when that fails. */
    private MailMessage visit(Entry e) {
      String name = e.path().toString();
      try {
        switch (e.kind()) {
          case DIRECTORY, MAILDIR -> list(e);
          default -> open(name, Files.newInputStream(e.path()), e.kind());
        }
        return null;
      } catch (IOException | UncheckedIOException ex) {
        IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
        return MailMessage.failed(name, 0, name + ": " + (e.kind() == Kind.DIRECTORY || e.kind() == Kind.MAILDIR
            ? "cannot list the directory: " : "cannot open the file: ") + reason(io));
      }
    }

    /** Puts a directory's entries on the stack so they are read in name order, before what follows. */
    private void list(Entry dir) throws IOException {
      List<Entry> found = new ArrayList<>();
      if (dir.kind() == Kind.MAILDIR) {
        for (String sub : List.of("cur", "new")) {
          Path d = dir.path().resolve(sub);
          if (Files.isDirectory(d)) {
            for (Path p : sorted(d)) {
              if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)) {
                found.add(new Entry(p, Kind.MESSAGE));
              }
            }
          }
        }
      }
      for (Path p : sorted(dir.path())) {
        String n = p.getFileName().toString();
        if (dir.kind() == Kind.MAILDIR && List.of("cur", "new", "tmp").contains(n)) {
          continue;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          // maildir++ keeps its folders as hidden directories (".Sent") inside the maildir
          if (!n.startsWith(".") || dir.kind() == Kind.MAILDIR) {
            found.add(new Entry(p, maildir(p) ? Kind.MAILDIR : Kind.DIRECTORY));
          } else {
            notMail.accept(p);
          }
        } else {
          Kind k = kindByName(n, null);
          if (k != null && Files.isRegularFile(p)) {
            found.add(new Entry(p, k));
          } else {
            notMail.accept(p);
          }
        }
      }
      for (int i = found.size() - 1; i >= 0; i--) {
        todo.push(found.get(i));
      }
    }

    private static List<Path> sorted(Path dir) throws IOException {
      List<Path> out = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        ds.forEach(out::add);
      }
      out.sort(null);
      return out;
    }

    void open(String name, InputStream raw, Kind kind) {
      source = name;
      position = 0;
      BufferedInputStream buffered = new BufferedInputStream(SourceException.guard(raw), 1 << 16);
      in = buffered;
      if (kind == Kind.BY_CONTENT) {
        kind = startsWithFrom(buffered) ? Kind.MBOX : Kind.MESSAGE;
      }
      single = kind == Kind.MESSAGE;
      mbox = single ? null : new MboxSplitter(buffered);
    }

    private boolean startsWithFrom(BufferedInputStream b) {
      try {
        b.mark(FROM.length);
        byte[] head = b.readNBytes(FROM.length);
        b.reset();
        return Arrays.equals(head, FROM);
      } catch (IOException e) {
        throw new InputException(source, "cannot read: " + reason(e));
      }
    }

    /** The file's next message; null at its end. */
    private MailMessage nextInFile() {
      if (single) {
        if (position > 0) {
          return null;
        }
        position = 1;
        return MessageReader.read(source, position, in);
      }
      InputStream message;
      try {
        message = mbox.next();
      } catch (IOException e) {
        throw new InputException(source, "cannot read after message " + position + ": " + reason(e));
      }
      return message == null ? null : MessageReader.read(source, ++position, message);
    }

    private void closeFile() {
      InputStream i = in;
      in = null;
      mbox = null;
      try {
        i.close();
      } catch (IOException e) {
        // everything in it has been read
      }
    }

    @Override
    public void close() {
      if (in != null) {
        closeFile();
      }
      todo.clear();
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

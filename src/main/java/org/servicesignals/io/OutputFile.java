package org.servicesignals.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.servicesignals.core.InputException;

/**
 * Where {@code -o} writes. A regular file (new or existing) is written to a partial file beside it
 * and moved into place only when the run succeeds, so a failed or interrupted run leaves the old
 * file (or nothing) and an input is never truncated by being its own output. The partial file is
 * created with the process's umask, like any new file, and takes an existing output's permissions.
 * Anything else — {@code /dev/null}, {@code /dev/stdout}, a named pipe — is written directly and
 * never replaced. Symbolic links are followed to the file they name, even a file yet to be made.
 */
public final class OutputFile implements AutoCloseable {
  private static final String PARTIAL = ".partial";
  private static final String MARK = ".service-signals-";
  private static final int MAX_LINKS = 40;

  private final Path target;
  private final Path partial; // null when writing directly
  private final OutputStream out;
  private boolean committed;

  private OutputFile(Path target, Path partial, OutputStream out) {
    this.target = target;
    this.partial = partial;
    this.out = out;
  }

  /**
   * Opens {@code output} for writing.
   *
   * @param inputs files read in the same run: none may be the output
   */
  public static OutputFile open(Path output, List<Path> inputs) throws IOException {
    Path target = followLinks(output);
    String name = output.toString();
    if (Files.isDirectory(target)) {
      throw new InputException(name, "is a directory; -o needs a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // a device or a pipe: write straight into it, never replace it
      return new OutputFile(target, null, Files.newOutputStream(target, StandardOpenOption.WRITE));
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InputException(name, "the directory " + parent + " does not exist");
    }
    for (Path in : inputs) {
      if (Files.isRegularFile(in) && Files.exists(target) && Files.isSameFile(in, target)) {
        throw new InputException(name, "is also the input; write the output to another file");
      }
    }
    removeStalePartials(parent, target.getFileName().toString());
    Path partial = parent.resolve("." + target.getFileName() + MARK + ProcessHandle.current().pid() + PARTIAL);
    OutputStream out;
    try {
      out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileSystemException e) {
      throw new InputException(name, "cannot write: " + reason(e));
    }
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its defaults apply
      }
    }
    partial.toFile().deleteOnExit(); // an interrupted run leaves nothing behind
    return new OutputFile(target, partial, out);
  }

  /** The stream to write to; closing it is {@link #close}'s job. */
  public OutputStream stream() {
    return out;
  }

  /** Marks the output complete: {@link #close} then moves it into place. */
  public void commit() {
    committed = true;
  }

  @Override
  public void close() throws IOException {
    out.close();
    if (partial == null) {
      return;
    }
    if (committed) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } else {
      Files.deleteIfExists(partial);
    }
  }

  /** The file a path names once its links are followed, even when the last link dangles. */
  static Path followLinks(Path p) throws IOException {
    Path at = p.toAbsolutePath();
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(at)) {
        return Files.exists(at) ? at.toRealPath() : at;
      }
      at = at.getParent().resolve(Files.readSymbolicLink(at)).normalize();
    }
    throw new InputException(p.toString(), "is a loop of symbolic links");
  }

  /** Partial files of runs that died (SIGKILL, power loss) writing the same output. */
  private static void removeStalePartials(Path dir, String name) {
    String prefix = "." + name + MARK;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
      String n = p.getFileName().toString();
      return n.startsWith(prefix) && n.endsWith(PARTIAL);
    })) {
      for (Path p : ds) {
        String pid = p.getFileName().toString().substring(prefix.length(),
            p.getFileName().toString().length() - PARTIAL.length());
        boolean alive = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
            && ProcessHandle.of(Long.parseLong(pid)).isPresent();
        if (!alive && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // best effort: a partial file we cannot remove does no harm
    }
  }

  private static String reason(FileSystemException e) {
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }
}

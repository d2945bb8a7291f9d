package org.servicesignals.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.servicesignals.core.InputException;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.ReadOptions;
import org.servicesignals.io.RowSource;

/**
 * What the INPUT parameters of {@code classify} mean: one file, {@code -} for standard input, or
 * messages typed on the command line.
 */
final class InputArgs {
  private InputArgs() {}

  static RowSource open(List<String> inputs, String inputFormat, InputStream stdin) throws IOException {
    return open(inputs, inputFormat, Inputs.SNIFF, stdin);
  }

  /** As {@link #open(List, String, InputStream)}; a CSV is split at {@code delimiter} ({@link Inputs#SNIFF}: its header decides). */
  static RowSource open(List<String> inputs, String inputFormat, char delimiter, InputStream stdin) throws IOException {
    return open(inputs, inputFormat, ReadOptions.DEFAULT.withDelimiter(delimiter), stdin, true);
  }

  /** Whether the input is standard input. */
  static boolean stdin(List<String> inputs) {
    return inputs.size() == 1 && inputs.get(0).equals("-");
  }

  /**
   * As {@link #open(List, String, InputStream)}, read as {@code options} say.
   *
   * @param keysUpFront every JSON Lines key must be known before the first row (a CSV or XLSX
   *     writer's header): JSON Lines on standard input is then read whole first; otherwise it is
   *     read as it comes
   */
  static RowSource open(List<String> inputs, String inputFormat, ReadOptions options, InputStream stdin,
      boolean keysUpFront) throws IOException {
    List<String> files = inputs.stream().filter(in -> in.equals("-") || looksLikePath(in)).toList();
    if (files.isEmpty()) {
      StringBuilder lines = new StringBuilder();
      for (String t : inputs) {
        lines.append(t.replace('\n', ' ').replace('\r', ' ')).append('\n');
      }
      return Inputs.open("arguments", new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), "txt");
    }
    if (inputs.size() > 1) {
      throw new InputException(String.join(" ", inputs),
          "give one input file (or '-' for standard input), or one or more message texts");
    }
    String in = files.get(0);
    if (!in.equals("-") && Files.isDirectory(Path.of(in))) {
      throw new InputException(in, "is a directory, not a file");
    }
    String fmt = inputFormat != null ? inputFormat.toLowerCase(Locale.ROOT) : in.equals("-") ? "txt" : Inputs.formatOf(in);
    if (fmt == null || !Inputs.FORMATS.contains(fmt)) {
      throw new InputException(in, "unknown input format: use .csv .tsv .jsonl .txt .xlsx, or --input-format "
          + Inputs.FORMATS);
    }
    if (!in.equals("-")) {
      return Inputs.open(Path.of(in), fmt, options);
    }
    if (stdinClosed()) {
      throw new InputException("-", "standard input is closed: give a file, or pipe the messages in");
    }
    if (fmt.equals("jsonl") && keysUpFront || fmt.equals("xlsx")) {
      // spooled to disk: JSONL needs two passes for its keys, XLSX random access
      Path spool = Files.createTempFile("service-signals-stdin", "." + fmt);
      spool.toFile().deleteOnExit();
      Files.copy(stdin, spool, StandardCopyOption.REPLACE_EXISTING);
      return Inputs.open(spool, fmt, options);
    }
    return Inputs.open("stdin", stdin, fmt, options);
  }

  /**
   * Whether descriptor 0 was closed when the JVM started (cron, {@code <&-}): the JVM then reuses it
   * for a file of its own, which must not be read as messages.
   */
  static boolean stdinClosed() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      return target.startsWith(Path.of(System.getProperty("java.home")).toRealPath());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc: nothing to tell, read as usual
    }
  }

  /** The files among {@code inputs}, for checking that the output is not one of them. */
  static List<Path> files(List<String> inputs) {
    List<Path> out = new ArrayList<>();
    for (String in : inputs) {
      try {
        if (Files.isRegularFile(Path.of(in))) {
          out.add(Path.of(in));
        }
      } catch (InvalidPathException e) {
        // message text the platform cannot even spell as a path
      }
    }
    return out;
  }

  /**
   * An existing file or directory, or one word ending in an input extension ("export.csv", so a
   * mistyped file name is reported, not classified). Anything else ("5/5", "see notes.txt") is a
   * message.
   */
  static boolean looksLikePath(String arg) {
    if (Inputs.formatOf(arg) != null && !arg.isBlank() && arg.strip().indexOf(' ') < 0) {
      return true;
    }
    try {
      return Files.exists(Path.of(arg));
    } catch (InvalidPathException e) {
      return false; // message text the platform cannot even spell as a path
    }
  }
}

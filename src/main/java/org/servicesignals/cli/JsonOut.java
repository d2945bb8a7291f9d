package org.servicesignals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.InputException;
import picocli.CommandLine.Option;

/** The {@code --json FILE} option of the reporting commands: checked before any work, so a typo does not cost a whole run. */
final class JsonOut {
  @Option(names = "--json", paramLabel = "FILE", description = "Also write the numbers as JSON here.")
  Path json;

  void check() {
    if (json == null) {
      return;
    }
    Path parent = json.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InputException(json.toString(), "the directory " + parent + " does not exist");
    }
    if (Files.isDirectory(json)) {
      throw new InputException(json.toString(), "is a directory; --json needs a file name");
    }
  }

  /** Writes {@code report} when {@code --json} was given, and says where. */
  void write(Object report, PrintWriter w) throws IOException {
    if (json != null) {
      Files.writeString(json, ModelFiles.JSON.writeValueAsString(report) + "\n");
      w.println("wrote " + json);
    }
  }
}

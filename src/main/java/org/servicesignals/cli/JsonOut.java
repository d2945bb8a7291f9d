package org.servicesignals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.servicesignals.core.InputException;

/** The {@code --json FILE} options: checked before any work, so a typo does not cost a whole run. */
final class JsonOut {
  private JsonOut() {}

  static void check(Path json) {
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
}

package org.servicesignals.cli;

import java.util.ArrayList;
import java.util.List;
import org.servicesignals.core.Lang;
import picocli.CommandLine.Option;

/** The repeatable {@code --lang} filter of train and evaluate. */
final class LangOptions {
  @Option(names = "--lang", split = ",", description = "Only these languages (default: all of hi, fi, ur, ta, en).")
  List<String> langs;

  List<Lang> selected() {
    if (langs == null || langs.isEmpty()) {
      return List.of(Lang.values());
    }
    List<Lang> out = new ArrayList<>();
    for (String s : langs) {
      out.add(Lang.parse(s).orElseThrow(() -> new IllegalArgumentException(
          "--lang '" + s + "' is not supported: use " + Lang.codes())));
    }
    return out;
  }
}

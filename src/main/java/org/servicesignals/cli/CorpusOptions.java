package org.servicesignals.cli;

import java.nio.file.Path;
import java.util.List;
import org.servicesignals.core.Sample;
import org.servicesignals.core.Lang;
import org.servicesignals.io.CorpusFiles;
import picocli.CommandLine.Option;

/** {@code --corpora} and the {@code --lang} filter, shared by train, evaluate, compare and corpus. */
final class CorpusOptions {
  @Option(names = "--corpora", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
  Path corpora = Path.of("corpora");

  @Option(names = "--lang", split = ",", converter = Converters.LangConverter.class,
      description = "Only these languages (default: all of hi, fi, ur, ta, en); evaluating a FILE, the one "
          + "language declared for every row.")
  List<Lang> langs;

  List<Lang> selected() {
    if (langs == null || langs.isEmpty()) {
      return List.of(Lang.values());
    }
    return List.copyOf(langs);
  }

  List<Sample> read(Lang lang, String split) {
    return CorpusFiles.read(corpora, lang, split);
  }
}

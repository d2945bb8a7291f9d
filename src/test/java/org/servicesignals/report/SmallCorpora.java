package org.servicesignals.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.LanguageComparison;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * The shipped corpora cut down for tests: every eighth training message and every fourth test and
 * wild message, so the whole comparison runs in seconds on the real languages and models.
 */
public final class SmallCorpora {
  public static final List<Lang> LANGS = List.of(Lang.FI, Lang.UR);
  public static final LanguageComparison.Settings SETTINGS =
      new LanguageComparison.Settings(List.of(0.25, 0.5, 1.0), 2, 100, 5);

  private static LanguageComparison comparison;

  private SmallCorpora() {}

  /** Writes the cut-down corpora of {@link #LANGS} into {@code dir}; returns {@code dir}. */
  public static Path write(Path dir) {
    try {
      for (Lang l : LANGS) {
        Files.createDirectories(dir.resolve(l.code()));
        for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST, "wild")) {
          List<String> lines = Files.readAllLines(CorpusFiles.file(Path.of("corpora"), l, split), StandardCharsets.UTF_8);
          int every = split.equals(CorpusFiles.TRAIN) ? 8 : 4;
          List<String> kept = new ArrayList<>(List.of(lines.get(0)));
          for (int i = 1; i < lines.size(); i++) {
            if (i % every == 0) {
              kept.add(lines.get(i));
            }
          }
          Files.write(CorpusFiles.file(dir, l, split), kept, StandardCharsets.UTF_8);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The comparison on the cut-down corpora, run once for all the tests that look at it. */
  public static synchronized LanguageComparison comparison() throws IOException {
    if (comparison == null) {
      Path dir = write(Files.createTempDirectory("small-corpora"));
      var classifier = new org.servicesignals.classify.Classifier(LanguageIdentifier.load(), ModelFiles.load(null));
      Map<Lang, LanguageComparison.Corpus> corpora = new LinkedHashMap<>();
      for (Lang l : LANGS) {
        Map<String, List<org.servicesignals.core.Sample>> heldOut = new LinkedHashMap<>();
        heldOut.put(CorpusFiles.TEST, CorpusFiles.read(dir, l, CorpusFiles.TEST));
        heldOut.put("wild", CorpusFiles.read(dir, l, "wild"));
        corpora.put(l, new LanguageComparison.Corpus(CorpusFiles.read(dir, l, CorpusFiles.TRAIN), heldOut));
      }
      comparison = LanguageComparison.run(classifier, corpora, SETTINGS, (lang, step) -> {})
          .withPeers(null, "not run: the tests do not run them");
    }
    return comparison;
  }
}

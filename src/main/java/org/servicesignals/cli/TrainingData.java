package org.servicesignals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.Leakage;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSource;

/**
 * Finds the messages each model was trained on, for {@link Leakage}: the training splits its card
 * names ({@code <lang>/train.tsv}) under the corpora directories given, and the files an adapted
 * model's card names, each used only when its SHA-256 is the one on the card.
 */
final class TrainingData {
  private TrainingData() {}

  /** The training split a card names for its language: the corpus key ending in {@code /train.tsv}. */
  static Optional<Map.Entry<String, String>> trainSplit(ModelCard card) {
    return card.corpus().entrySet().stream().filter(e -> e.getKey().endsWith("/" + CorpusFiles.TRAIN + ".tsv"))
        .findFirst();
  }

  /** Each model's training messages, looked for under {@code roots} (corpora directories) in order. */
  static Map<String, Leakage.Training> of(Map<Lang, ModelBundle> models, List<Path> roots) throws IOException {
    Map<String, Leakage.Training> out = new LinkedHashMap<>();
    for (var m : models.entrySet()) {
      ModelCard card = m.getValue().card();
      Map<String, String> files = new LinkedHashMap<>();
      Set<String> prints = new HashSet<>();
      Optional<Map.Entry<String, String>> split = trainSplit(card);
      if (split.isPresent()) {
        Path found = find(split.get().getKey(), split.get().getValue(), roots);
        files.put(split.get().getKey(), found == null ? null : found.toString());
        if (found != null) {
          CorpusFiles.read(found).forEach(s -> prints.add(Leakage.fingerprint(s.text())));
        }
      }
      if (card.adaptation() != null) {
        for (var added : card.adaptation().added().entrySet()) {
          Path found = find(added.getKey(), added.getValue(), List.of(Path.of("")));
          files.put(added.getKey(), found == null ? null : found.toString());
          if (found != null) {
            everyCell(found, prints);
          }
        }
      }
      out.put(m.getKey().code(), new Leakage.Training(files, prints));
    }
    return out;
  }

  private static Path find(String name, String sha256, List<Path> roots) throws IOException {
    for (Path root : roots) {
      Path f = root.resolve(name);
      if (Files.isRegularFile(f) && CorpusFiles.sha256(f).equals(sha256)) {
        return f;
      }
    }
    return null;
  }

  /** An added file's columns are not on the card: every cell is fingerprinted, the message among them. */
  private static void everyCell(Path file, Set<String> prints) {
    String format = Inputs.formatOf(file.toString());
    if (format == null) {
      return;
    }
    try (RowSource rows = Inputs.open(file, format)) {
      while (rows.hasNext()) {
        Row r = rows.next();
        r.fields().values().forEach(v -> prints.add(Leakage.fingerprint(v)));
      }
    }
  }

  /** The corpora directories a model's training split is looked for in: those given, then ./corpora. */
  static List<Path> roots(Path... given) {
    List<Path> roots = new java.util.ArrayList<>();
    for (Path p : given) {
      if (p != null && !roots.contains(p)) {
        roots.add(p);
      }
    }
    if (!roots.contains(Path.of("corpora"))) {
      roots.add(Path.of("corpora"));
    }
    return roots;
  }
}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LatinVarieties;
import org.servicesignals.langid.LatinVarietiesCard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train-langid}: rebuilds {@code models/langid-latn.bin}, the Latin-script language detector,
 * from the training splits of English, Finnish, and romanised Hindi, Urdu and Tamil.
 */
@Command(name = "train-langid", mixinStandardHelpOptions = true,
    description = "Rebuild the Latin-script language detector (English, Finnish, Hindi, Urdu and Tamil in Latin "
        + "letters) from the corpora's training splits.")
final class TrainLangidCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpora", description = "Corpus directory (default: ${DEFAULT-VALUE}).")
  Path corpora = Path.of("corpora");

  @Option(names = "--out", description = "Where the detector goes (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("models");

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    Map<LatinVarieties.Variety, List<String>> train = new EnumMap<>(LatinVarieties.Variety.class);
    Map<LatinVarieties.Variety, List<String>> test = new EnumMap<>(LatinVarieties.Variety.class);
    Map<String, String> hashes = new TreeMap<>();
    for (LatinVarieties.Variety v : LatinVarieties.Variety.values()) {
      for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
        Path f = corpora.resolve(v.id()).resolve(split + ".tsv");
        if (!Files.isRegularFile(f)) {
          throw new InputException(f.toString(), "is missing: the detector is trained on every variety's "
              + CorpusFiles.TRAIN + " split and scored on its " + CorpusFiles.TEST + " split");
        }
        List<String> texts = new ArrayList<>();
        for (Sample s : CorpusFiles.read(f)) {
          texts.add(s.text());
        }
        (split.equals(CorpusFiles.TRAIN) ? train : test).put(v, texts);
        hashes.put(v.id() + "/" + split + ".tsv", CorpusFiles.sha256(f));
      }
    }
    LatinVarietiesCard.Trained t = LatinVarietiesCard.train(train, test, hashes);
    t.save(out);
    for (LatinVarieties.Variety v : LatinVarieties.Variety.values()) {
      w.printf(Locale.ROOT, "%-8s %5d training messages; test accuracy of the detector alone %.3f%n", v.id(),
          t.card().trainingMessages().get(v.id()), t.card().testAccuracy().get(v.id()));
    }
    w.printf("-> %s%n", out.resolve(LatinVarietiesCard.MODEL));
    return CommandLine.ExitCode.OK;
  }
}

package org.servicesignals.cli;

import java.nio.file.Path;
import java.util.Map;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.Lang;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.langid.LanguageIdentifier;
import picocli.CommandLine.Option;

/** The {@code --models} option shared by the commands that classify. */
final class ModelOptions {
  @Option(names = "--models", paramLabel = "DIR",
      description = "Directory with <lang>.bin and <lang>.card.json (default: ./models when it has model "
          + "cards, else the models shipped in the jar).")
  Path models;

  Map<Lang, ModelBundle> load() {
    return ModelFiles.load(models != null ? models : localModels());
  }

  /** ./models when the working directory is a checkout with trained models; null means the jar's. */
  private static Path localModels() {
    Path local = Path.of("models");
    for (Lang l : Lang.values()) {
      if (java.nio.file.Files.exists(local.resolve(l.code() + ".card.json"))) {
        return local;
      }
    }
    return null;
  }

  Classifier classifier() {
    return new Classifier(LanguageIdentifier.load(), load());
  }
}

package org.servicesignals.cli;

import java.nio.file.Path;
import java.util.Map;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.Lang;
import org.servicesignals.io.ModelFiles;
import org.servicesignals.langid.LanguageIdentifier;
import picocli.CommandLine.Option;

/** The {@code --models} option shared by the commands that classify. */
final class ModelOptions {
  @Option(names = "--models", paramLabel = "DIR",
      description = "Directory with <lang>.bin and <lang>.card.json (default: the models shipped in the jar).")
  Path models;

  Map<Lang, ModelBundle> load() {
    return ModelFiles.load(models);
  }

  Classifier classifier() {
    return new Classifier(LanguageIdentifier.load(), load());
  }
}

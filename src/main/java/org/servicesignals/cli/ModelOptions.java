package org.servicesignals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Lang;
import org.servicesignals.langid.LanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --models} option shared by the commands that classify. */
final class ModelOptions {
  @Option(names = "--models", paramLabel = "DIR",
      description = "Directory with <lang>.bin and <lang>.card.json (default: the models shipped in the jar, "
          + "or ./models after 'train' has changed them, which is said on standard error).")
  Path models;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** The models, each read and checked when a message of its language first needs it. */
  Map<Lang, ModelBundle> load() {
    return ModelFiles.open(source());
  }

  /** Where {@link #load} reads the models from: {@code --models}, ./models when retrained, or null for the jar. */
  Path source() {
    if (models != null) {
      return models;
    }
    Path local = retrainedHere();
    if (local != null && !noted) {
      noted = true;
      spec.commandLine().getErr().println("note: using the models in ./models, retrained since this jar was built "
          + "(--models DIR to choose)");
    }
    return local;
  }

  private boolean noted;

  /**
   * ./models when the working directory is a checkout whose models differ from the jar's (after
   * {@code train}); null (the jar's models) when there is none or they are the same.
   */
  private static Path retrainedHere() {
    Path local = Path.of("models");
    for (Lang l : Lang.values()) {
      Path card = local.resolve(l.code() + ".card.json");
      if (Files.isRegularFile(card) && !Objects.equals(sha(card), shippedSha(l))) {
        return local;
      }
    }
    return null;
  }

  private static String sha(Path card) {
    try {
      return ModelFiles.readCard(card).modelSha256();
    } catch (IOException e) {
      return "unreadable"; // differs: loading it will say what is wrong
    }
  }

  private static String shippedSha(Lang l) {
    try (InputStream in = ModelOptions.class.getResourceAsStream("/models/" + l.code() + ".card.json")) {
      return in == null ? null : ModelFiles.JSON.readValue(in, ModelCard.class).modelSha256();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Which models a report's numbers are of, for its header: where they were loaded from, and per
   * language the trainer, analysis and features and the training split with its hash's first digits.
   */
  java.util.List<String> describe(Map<Lang, ModelBundle> loaded) {
    Path from = source();
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add("Models: " + (from == null ? "shipped in the jar" : from + (models != null ? " (--models)"
        : " (retrained since this jar was built)")));
    for (Lang l : Lang.values()) {
      ModelBundle b = loaded.get(l);
      if (b == null) {
        continue;
      }
      ModelCard c = b.card();
      String split = TrainingData.trainSplit(c).map(e -> e.getKey() + " " + e.getValue().substring(0, 12)).orElse("?");
      lines.add(String.format(java.util.Locale.ROOT, "  %-3s %s / %s / %s, trained on %s%s", l.code(),
          c.trainer().get("Algorithm"), c.analysis(), c.features(), split,
          c.adaptation() == null ? "" : " + " + c.adaptation().added().keySet() + " (adapted)"));
    }
    return lines;
  }

  Classifier classifier() {
    return new Classifier(LanguageIdentifier.load(), load());
  }
}

package org.servicesignals.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;

/** Named combinations of feature generators, as the trainer, ablations and model cards name them. */
public final class FeatureSets {
  static {
    // OpenNLP 2.5.9+ instantiates feature generators by class name only from allow-listed packages,
    // both when a factory is created for training and when a saved model is loaded
    ExtensionLoader.registerAllowedPackage(FeatureSets.class.getPackageName() + ".");
  }

  private FeatureSets() {}

  /** The extra information a categorizer is given beside the tokens: the raw text, for shapes. */
  public static Map<String, Object> extraInformation(String rawText) {
    return Map.of(TextShapeFeatureGenerator.RAW_TEXT, rawText);
  }

  /** Makes sure this package is allow-listed with OpenNLP before a model is trained or loaded. */
  public static void allowLoading() {
    // the static initialiser does the work; calling this triggers it
  }

  /** Parts joined by "+": words or negwords, bigrams, chars, shape ("negwords+bigrams+shape"). */
  public static FeatureGenerator[] named(String name) {
    List<FeatureGenerator> out = new ArrayList<>();
    for (String part : name.split("\\+")) {
      switch (part) {
        case "words" -> out.add(new UnigramFeatureGenerator());
        case "negwords" -> out.add(new NegationScopeFeatureGenerator());
        case "bigrams" -> out.add(new BigramFeatureGenerator());
        case "chars" -> out.add(new CharNGramFeatureGenerator());
        case "shape" -> out.add(new TextShapeFeatureGenerator());
        default -> throw new IllegalArgumentException(
            "unknown feature set '" + part + "' in '" + name + "': use words or negwords, bigrams, chars, shape joined by +");
      }
    }
    return out.toArray(new FeatureGenerator[0]);
  }
}

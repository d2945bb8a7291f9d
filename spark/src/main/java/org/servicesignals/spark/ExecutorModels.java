package org.servicesignals.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Lang;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * The classifiers of this JVM, one per set of models, loaded by the first task that needs it and
 * shared by every task after it: an executor loads the models once, however many partitions and
 * jobs it runs. {@link Classifier} is thread-safe, so concurrent tasks share one.
 */
final class ExecutorModels {
  /** The key of the models shipped in the jar. */
  static final String SHIPPED = "shipped";

  private static final Map<String, Classifier> LOADED = new ConcurrentHashMap<>();

  private ExecutorModels() {}

  /** The classifier for the models named {@code key}, loaded from {@code models} the first time. */
  static Classifier classifier(String key, Supplier<Map<Lang, ModelBundle>> models) {
    return LOADED.computeIfAbsent(key, k -> new Classifier(Languages.IDENTIFIER, models.get()));
  }

  /** The classifier with the models shipped in the jar. */
  static Classifier shipped() {
    return classifier(SHIPPED, () -> ModelFiles.load(null));
  }

  /** The language detector's model (some 10 MB) is loaded once per JVM, whatever the models. */
  private static final class Languages {
    static final LanguageIdentifier IDENTIFIER = LanguageIdentifier.load();
  }
}

package org.servicesignals.features;

import java.util.Map;
import opennlp.tools.util.ext.ExtensionLoader;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Lang;

/** What every categorizer needs beside its {@link FeatureSet}: the allow-listing and the extra information. */
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

  /**
   * The raw text, for shapes and the lexicon, and the message's language, for the lexicon;
   * {@code normalizedOnly} says the tokens were made by normalisation alone (no stopwords, no
   * stemming), so the lexicon can read them as they are.
   */
  public static Map<String, Object> extraInformation(String rawText, Lang lang, boolean normalizedOnly) {
    return Map.of(TextShapeFeatureGenerator.RAW_TEXT, rawText, LANG, lang, NORMALIZED_ONLY, normalizedOnly);
  }

  /**
   * As {@link #extraInformation(String, Lang, boolean)}, with the words the language's
   * normalisation chain made of {@code rawText} and the lexicon's reading of them, when the caller
   * has them already: the lexicon's features then use that reading instead of analysing and reading
   * the text a second time.
   */
  public static Map<String, Object> extraInformation(String rawText, Lang lang, boolean normalizedOnly,
      String[] normalizedWords, LexiconReading reading) {
    return Map.of(TextShapeFeatureGenerator.RAW_TEXT, rawText, LANG, lang, NORMALIZED_ONLY, normalizedOnly,
        NORMALIZED_WORDS, normalizedWords, LEXICON_READING, reading);
  }

  /** Key saying the tokens are the language's normalisation chain's, unstemmed. */
  public static final String NORMALIZED_ONLY = "normalizedOnly";

  /** Key of the raw text's words after the language's normalisation chain ({@code String[]}). */
  public static final String NORMALIZED_WORDS = "normalizedWords";

  /** Key of the lexicon's reading of those words ({@link LexiconReading}). */
  public static final String LEXICON_READING = "lexiconReading";

  /** Key of the message's {@link Lang} in the extra information. */
  public static final String LANG = "lang";

  /** Makes sure this package is allow-listed with OpenNLP before a model is trained or loaded. */
  public static void allowLoading() {
    // the static initialiser does the work; calling this triggers it
  }
}

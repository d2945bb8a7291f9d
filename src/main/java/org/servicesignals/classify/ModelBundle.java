package org.servicesignals.classify;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.features.UnigramFeatureGenerator;

/**
 * A language's categorizer with its card and the analyzer it was trained with. Immutable and
 * shared by all threads. The scorer and the vocabulary are read from the model the first time a
 * message of the language comes, so a run pays only for the languages it sees.
 */
public final class ModelBundle {
  private final Lang lang;
  private final DoccatModel model;
  private final ModelCard card;
  private final AnalyzerChain chain;
  private final boolean arrays;
  private final ModelBundle romanised;
  private volatile Categorizer categorizer;
  private volatile Set<String> knownWords;

  public ModelBundle(Lang lang, DoccatModel model, ModelCard card) {
    this(lang, model, card, true, null);
  }

  private ModelBundle(Lang lang, DoccatModel model, ModelCard card, boolean arrays, ModelBundle romanised) {
    this.lang = lang;
    this.model = model;
    this.card = card;
    this.chain = card.romanised() ? RomanisedAnalysis.chain(lang)
        : SentimentAnalysis.chain(lang, AnalysisOptions.parse(card.analysis()));
    this.arrays = arrays;
    this.romanised = romanised;
  }

  /** The same model scored by OpenNLP's own evaluation ({@link Categorizer#openNlp}), for comparison. */
  public ModelBundle withOpenNlpScoring() {
    return new ModelBundle(lang, model, card, false,
        romanised == null ? null : romanised.withOpenNlpScoring());
  }

  /** This model with {@code latin}, the model of the language typed in Latin letters, beside it. */
  public ModelBundle withRomanised(ModelBundle latin) {
    if (!latin.card().romanised() || latin.lang() != lang) {
      throw new IllegalArgumentException(latin.card().lang() + " is not the romanised model of " + lang.code());
    }
    return new ModelBundle(lang, model, card, arrays, latin);
  }

  /** The model of the language typed in Latin letters ({@code hi-Latn}), when one was loaded. */
  public Optional<ModelBundle> romanised() {
    return Optional.ofNullable(romanised);
  }

  /** The model's categorizer: its parameters in arrays where {@link ArrayScorer} reads its type. */
  public Categorizer categorizer() {
    Categorizer c = categorizer;
    if (c == null) {
      synchronized (this) {
        c = categorizer;
        if (c == null) {
          c = arrays ? Categorizer.of(model) : Categorizer.openNlp(model);
          categorizer = c;
        }
      }
    }
    return c;
  }

  public Lang lang() {
    return lang;
  }

  public DoccatModel model() {
    return model;
  }

  public ModelCard card() {
    return card;
  }

  public AnalyzerChain chain() {
    return chain;
  }

  /** True when the token appeared in training (as a unigram feature). */
  public boolean knows(String token) {
    Set<String> words = knownWords;
    if (words == null) {
      words = knownWords(model.getMaxentModel()); // made twice at worst, by two threads at once: the same set
      knownWords = words;
    }
    return words.contains(token);
  }

  private static Set<String> knownWords(MaxentModel m) {
    Set<String> words = new HashSet<>();
    if (m instanceof AbstractModel am) {
      Object pmap = am.getDataStructures()[1];
      if (pmap instanceof Map<?, ?> map) {
        for (Object k : map.keySet()) {
          String s = k.toString();
          if (s.startsWith(UnigramFeatureGenerator.PREFIX)) {
            words.add(s.substring(UnigramFeatureGenerator.PREFIX.length()));
          }
        }
      }
    }
    return words;
  }
}

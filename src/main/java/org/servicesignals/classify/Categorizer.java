package org.servicesignals.classify;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Label;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.features.BufferedFeatureGenerator;
import org.servicesignals.features.UnigramFeatureGenerator;
import org.servicesignals.scoring.ArrayScorer;
import org.servicesignals.scoring.FeatureBuffer;

/**
 * A document categorizer's probabilities, in {@link Label} order: the model's feature generators,
 * in the order it was trained with, then its parameters — read into an {@link ArrayScorer} where
 * the model's type allows, else OpenNLP's own {@link DocumentCategorizerME}, one per thread as it
 * is not thread-safe. Both give the same probabilities; the arrays save the per-message maps and
 * boxing of OpenNLP's evaluation.
 *
 * <p>Thread-safe: the feature generators are stateless (as OpenNLP requires of generators it
 * rebuilds from class names), the scorer is immutable, and each thread spells a message's features
 * into a buffer of its own.
 */
public final class Categorizer {
  /** Each thread's buffer, cleared per message: its arrays grow to the longest message and stay. */
  private static final ThreadLocal<FeatureBuffer> BUFFER = ThreadLocal.withInitial(FeatureBuffer::new);

  private final FeatureGenerator[] generators;
  private final Optional<ArrayScorer> scorer;
  private final int[] outcomeOf; // Label ordinal to the model's outcome index, -1 when the model has none
  private final ThreadLocal<DocumentCategorizerME> fallback;

  private Categorizer(DoccatModel model, Optional<ArrayScorer> scorer) {
    this.generators = model.getFactory().getFeatureGenerators();
    this.scorer = scorer;
    MaxentModel m = model.getMaxentModel();
    this.outcomeOf = new int[Label.values().length];
    for (Label l : Label.values()) {
      outcomeOf[l.ordinal()] = m.getIndex(l.id());
    }
    // the arrays need nothing more of the model, which its holder may then let go (ModelBundle)
    this.fallback = scorer.isPresent() ? null : ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  /** Scores with the model's parameters in arrays when its type is read by {@link ArrayScorer}. */
  public static Categorizer of(DoccatModel model) {
    return new Categorizer(model, ArrayScorer.of(model.getMaxentModel()));
  }

  /** Scores with OpenNLP's own evaluation, whatever the model. */
  public static Categorizer openNlp(DoccatModel model) {
    return new Categorizer(model, Optional.empty());
  }

  /** Whether the model has the unigram {@code w=token}; asked only of a categorizer that {@link #usesArrays}. */
  public boolean knowsUnigram(String token) {
    return scorer.orElseThrow().knows(UnigramFeatureGenerator.PREFIX + token);
  }

  /** Whether scoring runs on {@link ArrayScorer}'s arrays rather than OpenNLP's evaluation. */
  public boolean usesArrays() {
    return scorer.isPresent();
  }

  /** Probabilities in {@link Label} order for a message's tokens after {@code chain} and its raw text. */
  public double[] probabilities(AnalyzerChain chain, String[] tokens, String text) {
    return probabilities(chain, tokens, text, null, null);
  }

  /**
   * As {@link #probabilities(AnalyzerChain, String[], String)}, given also {@code text}'s words
   * after the normalisation chain of {@code chain}'s language and the lexicon's reading of them
   * ({@link LexiconReading#read(org.servicesignals.core.Lang, String[])}) when the caller has them
   * (or nulls), which the lexicon's features then use instead of analysing the text again.
   */
  public double[] probabilities(AnalyzerChain chain, String[] tokens, String text, String[] normalizedWords,
      LexiconReading reading) {
    return score(chain, tokens, text, normalizedWords, reading).probabilities();
  }

  /**
   * A message's probabilities and, when the scoring's own look-ups tell it, how many of its tokens
   * the model knows.
   *
   * @param probabilities in {@link Label} order
   * @param knownTokens how many tokens have a unigram feature in the model ({@link
   *     ModelBundle#knownCount}), or -1 when the model has no generator with one feature per token
   *     or is scored by OpenNLP's own evaluation
   */
  public record Scored(double[] probabilities, int knownTokens) {}

  /**
   * As {@link #probabilities(AnalyzerChain, String[], String, String[], LexiconReading)}, with the
   * tokens the model knows counted from the look-ups of the first generator with a feature per
   * token ({@link BufferedFeatureGenerator#unigramPerToken}): a token's feature that is its bare
   * unigram ({@code w=token}) was looked up already; only a marked one ({@code w=¬token}) needs the
   * bare one looked up.
   */
  public Scored score(AnalyzerChain chain, String[] tokens, String text, String[] normalizedWords,
      LexiconReading reading) {
    boolean normalizedOnly = chain.options().equals(AnalysisOptions.NONE);
    Map<String, Object> extra = normalizedWords == null || reading == null
        ? FeatureSets.extraInformation(text, chain.lang(), normalizedOnly)
        : FeatureSets.extraInformation(text, chain.lang(), normalizedOnly, normalizedWords, reading);
    double[] raw;
    int known = -1;
    if (scorer.isPresent()) {
      FeatureBuffer features = BUFFER.get(); // spelled there, in the generators' order: no strings made
      features.clear();
      int unigrams = -1; // where the first generator with a feature per token began
      for (FeatureGenerator g : generators) {
        if (g instanceof BufferedFeatureGenerator b) {
          int before = features.size();
          b.extractFeatures(tokens, extra, features);
          boolean perToken = b.unigramPerToken() && features.size() - before == tokens.length; // as it says
          unigrams = unigrams < 0 && perToken ? before : unigrams;
        } else {
          g.extractFeatures(tokens, extra).forEach(features::add);
        }
      }
      raw = scorer.get().eval(features);
      known = unigrams < 0 ? -1 : known(tokens, features, unigrams);
    } else {
      raw = fallback.get().categorize(tokens, extra);
    }
    double[] p = new double[outcomeOf.length];
    for (int l = 0; l < p.length; l++) {
      p[l] = outcomeOf[l] < 0 ? 0.0 : raw[outcomeOf[l]];
    }
    return new Scored(p, known);
  }

  /** How many of {@code tokens} have their bare unigram in the model, their features written from {@code first}. */
  private int known(String[] tokens, FeatureBuffer features, int first) {
    int known = 0;
    for (int i = 0; i < tokens.length; i++) {
      boolean bare = features.length(first + i) == UnigramFeatureGenerator.PREFIX.length() + tokens[i].length();
      boolean has = bare ? features.found(first + i) : scorer.get().knows(UnigramFeatureGenerator.PREFIX + tokens[i]);
      known += has ? 1 : 0;
    }
    return known;
  }
}

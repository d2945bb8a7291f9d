package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.core.Label;
import org.servicesignals.core.Sample;
import org.servicesignals.features.BigramFeatureGenerator;
import org.servicesignals.features.NegationScopeFeatureGenerator;
import org.servicesignals.features.UnigramFeatureGenerator;

/**
 * The word and word-pair features that most separate each label from the others, read from a
 * trained model's own parameters and shown as the words people wrote. For naive Bayes a feature's
 * weight for a label is its add-one smoothed log-likelihood (as the model scores it), for maxent and
 * the perceptron its parameter; a feature's score for a label is its weight there minus its highest
 * weight for any other label. An analysed token is shown as the surface form it came from most often
 * in the training split, so a stem or a normalised spelling reads as a word.
 */
public final class IndicativeFeatures {
  /** Naive Bayes features seen fewer times than this for a label are not shown for it: a count of one says little. */
  static final int MIN_COUNT = 3;

  /**
   * One indicative feature.
   *
   * @param words how it reads: the surface words, "¬" before a word in a negation's scope, "⟨start⟩"
   *     and "⟨end⟩" for a message's edges
   * @param feature the feature as the model holds it
   * @param score its weight for the label minus its highest weight for another label
   */
  public record Feature(@JsonProperty("words") String words, @JsonProperty("feature") String feature,
      @JsonProperty("score") double score) {}

  private IndicativeFeatures() {}

  /** The {@code top} features of each label of {@code model}, trained on {@code train} through {@code chain}. */
  public static Map<Label, List<Feature>> of(MaxentModel model, AnalyzerChain chain, List<Sample> train, int top) {
    if (!(model instanceof AbstractModel am)) {
      throw new IllegalArgumentException("cannot read the parameters of a " + model.getClass().getSimpleName());
    }
    Object[] data = am.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    boolean counts = model instanceof NaiveBayesModel;
    double[] totals = new double[outcomes.length];
    if (counts) {
      for (Context c : pmap.values()) {
        for (int k = 0; k < c.getOutcomes().length; k++) {
          totals[c.getOutcomes()[k]] += c.getParameters()[k];
        }
      }
    }
    Map<String, String> surface = surfaceForms(chain, train);
    Map<Label, List<Feature>> out = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      out.put(l, new ArrayList<>());
    }
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String feature = e.getKey();
      if (!feature.startsWith(UnigramFeatureGenerator.PREFIX) && !feature.startsWith(BigramFeatureGenerator.PREFIX)) {
        continue;
      }
      double[] weight = new double[outcomes.length];
      double[] count = new double[outcomes.length];
      Context c = e.getValue();
      for (int k = 0; k < c.getOutcomes().length; k++) {
        count[c.getOutcomes()[k]] = c.getParameters()[k];
      }
      for (int o = 0; o < outcomes.length; o++) {
        weight[o] = counts ? Math.log((count[o] + 1) / (totals[o] + pmap.size())) : count[o];
      }
      for (int o = 0; o < outcomes.length; o++) {
        if (counts && count[o] < MIN_COUNT) {
          continue;
        }
        double rival = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < outcomes.length; r++) {
          if (r != o) {
            rival = Math.max(rival, weight[r]);
          }
        }
        double score = weight[o] - rival;
        if (score > 0) {
          Label.parse(outcomes[o]).ifPresent(l -> out.get(l).add(new Feature(readable(feature, surface), feature,
              Numbers.round(score))));
        }
      }
    }
    Map<Label, List<Feature>> topped = new EnumMap<>(Label.class);
    out.forEach((l, list) -> topped.put(l, list.stream()
        .sorted(Comparator.comparingDouble(Feature::score).reversed().thenComparing(Feature::feature))
        .limit(top).toList()));
    return topped;
  }

  /** The surface form each token of {@code chain} came from most often in {@code train} (ties: the first in text order). */
  public static Map<String, String> surfaceForms(AnalyzerChain chain, List<Sample> train) {
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    for (Sample s : train) {
      for (AnalyzerChain.Token t : chain.analyze(s.text())) {
        seen.computeIfAbsent(t.term(), k -> new LinkedHashMap<>()).merge(s.text().substring(t.start(), t.end()), 1,
            Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    seen.forEach((term, forms) -> out.put(term, forms.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey()));
    return out;
  }

  /** A unigram or bigram feature as people read it. */
  static String readable(String feature, Map<String, String> surface) {
    if (feature.startsWith(BigramFeatureGenerator.PREFIX)) {
      String pair = feature.substring(BigramFeatureGenerator.PREFIX.length());
      for (int i = pair.indexOf('_'); i >= 0; i = pair.indexOf('_', i + 1)) {
        String a = pair.substring(0, i);
        String b = pair.substring(i + 1);
        if ((a.equals("^") || surface.containsKey(a)) && (b.equals("$") || surface.containsKey(b))) {
          return word(a, surface) + " " + word(b, surface);
        }
      }
      return pair.replace('_', ' ');
    }
    String w = feature.substring(UnigramFeatureGenerator.PREFIX.length());
    if (w.startsWith(NegationScopeFeatureGenerator.NEGATED)) {
      return NegationScopeFeatureGenerator.NEGATED + word(w.substring(NegationScopeFeatureGenerator.NEGATED.length()),
          surface);
    }
    return word(w, surface);
  }

  private static String word(String token, Map<String, String> surface) {
    return switch (token) {
      case "^" -> "⟨start⟩";
      case "$" -> "⟨end⟩";
      default -> surface.getOrDefault(token, token);
    };
  }
}

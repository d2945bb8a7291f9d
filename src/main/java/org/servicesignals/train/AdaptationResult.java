package org.servicesignals.train;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.Numbers;

/**
 * One language's adaptation: what the user's labelled messages say, and the model made from them.
 *
 * @param lang the language
 * @param rows the labelled messages per label
 * @param outcome adapted, refused, or kept the base model
 * @param reason why not adapted; empty when adapted
 * @param base the base model on the labelled messages, which it never saw
 * @param adapted out-of-fold predictions at the kept weight; null when refused
 * @param weights every weight tried, with its out-of-fold macro-F1, in the order tried; empty when refused
 * @param weight the kept weight; 0 when refused
 * @param baseTestMacroF1 the base model on the corpus test split, from its card (NaN when unknown)
 * @param adaptedTestMacroF1 the adapted model on the same split (NaN when not adapted or no split)
 * @param model the adapted model, calibrated by {@code card}; null unless adapted
 * @param card its card, carrying the adaptation; null unless adapted
 */
public record AdaptationResult(Lang lang, Map<Label, Integer> rows, Outcome outcome, String reason, Score base,
    Score adapted, List<ModelCard.WeightScore> weights, int weight, double baseTestMacroF1,
    double adaptedTestMacroF1, DoccatModel model, ModelCard card) {

  /** What became of a language. */
  public enum Outcome {
    /** A new model from the corpus and the labelled messages. */
    ADAPTED,
    /** Too few labelled messages of a label to learn from: the base model stays. */
    REFUSED,
    /** Adapting did not raise macro-F1 on the labelled messages: the base model stays. */
    KEPT_BASE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  public AdaptationResult {
    Map<Label, Integer> r = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      r.put(l, rows.getOrDefault(l, 0));
    }
    rows = Collections.unmodifiableMap(r);
    weights = List.copyOf(weights);
  }

  /** How many labelled messages. */
  public int size() {
    return rows.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Rounded, as {@code adapt --json} writes it. */
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", outcome.id());
    if (!reason.isEmpty()) {
      m.put("reason", reason);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    rows.forEach((l, n) -> counts.put(l.id(), n));
    m.put("rows", counts);
    m.put("base", base.summary());
    if (adapted != null) {
      m.put("adapted", adapted.summary());
      Map<String, Double> w = new LinkedHashMap<>();
      weights.forEach(s -> w.put(String.valueOf(s.weight()), Numbers.round(s.macroF1())));
      m.put("macro_f1_by_weight", w);
      m.put("weight", weight);
    }
    if (!Double.isNaN(baseTestMacroF1)) {
      m.put("base_test_split_macro_f1", Numbers.round(baseTestMacroF1));
    }
    if (!Double.isNaN(adaptedTestMacroF1)) {
      m.put("adapted_test_split_macro_f1", Numbers.round(adaptedTestMacroF1));
    }
    return m;
  }
}

package org.servicesignals.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicesignals.core.Label;
import org.servicesignals.core.Prediction;

/**
 * The columns a prediction adds to its row — the {@code classify} contract that the server and the
 * Spark job share: {@code lang label confidence p_exceptional p_good p_poor error}, then
 * {@code needs_review} ({@link Prediction#needsReview}), {@code script} and {@code lang_confidence}
 * ({@link Prediction#langConfidence}, empty when unknown), and with
 * evidence {@code lang_source evidence known_tokens tokens}. A name the input already uses gets
 * {@code predicted_} in front (and a number after, should that be taken too), so no input value is
 * ever overwritten.
 */
public final class PredictionColumns {
  public static final List<String> BASE =
      List.of("lang", "label", "confidence", "p_exceptional", "p_good", "p_poor", "error", "needs_review", "script",
          "lang_confidence");
  /**
   * Confidence below which a label is flagged for review by default. On the wild splits, labels
   * under this confidence are wrong far more often than the rest; {@code evaluate} prints how many
   * wild-split errors the flag catches and how many labels it flags.
   */
  public static final double REVIEW_BELOW = 0.7;
  public static final List<String> EXPLAIN = List.of("lang_source", "evidence", "known_tokens", "tokens");

  private final Map<String, String> names;
  private final boolean explain;
  private final double reviewBelow;

  private PredictionColumns(Map<String, String> names, boolean explain, double reviewBelow) {
    this.names = Collections.unmodifiableMap(names);
    this.explain = explain;
    this.reviewBelow = reviewBelow;
  }

  /** Our columns beside {@code inputColumns}, renamed where they clash, flagging for review below {@link #REVIEW_BELOW}. */
  public static PredictionColumns beside(List<String> inputColumns, boolean explain) {
    return beside(inputColumns, explain, REVIEW_BELOW);
  }

  /** As {@link #beside(List, boolean)}, flagging labels for review below {@code reviewBelow}. */
  public static PredictionColumns beside(List<String> inputColumns, boolean explain, double reviewBelow) {
    return beside(new HashSet<>(inputColumns), "", explain, reviewBelow);
  }

  /**
   * One set of columns per text column: for one, the plain names; for several, each set named
   * after its text column ({@code comment_label}, {@code reason_label}), in the order given.
   */
  public static List<PredictionColumns> forTexts(List<String> inputColumns, List<String> textColumns, boolean explain,
      double reviewBelow) {
    Set<String> taken = new HashSet<>(inputColumns);
    List<PredictionColumns> sets = new ArrayList<>();
    for (String text : textColumns) {
      sets.add(beside(taken, textColumns.size() == 1 ? "" : text + "_", explain, reviewBelow));
    }
    return sets;
  }

  /** Our columns named {@code prefix} + name, clear of {@code taken}, which they join. */
  private static PredictionColumns beside(Set<String> taken, String prefix, boolean explain, double reviewBelow) {
    Map<String, String> names = new LinkedHashMap<>();
    List<String> ours = new ArrayList<>(BASE);
    if (explain) {
      ours.addAll(EXPLAIN);
    }
    for (String c : ours) {
      String name = prefix + c;
      if (taken.contains(name)) {
        name = "predicted_" + prefix + c;
        for (int k = 2; taken.contains(name); k++) {
          name = "predicted_" + prefix + c + "_" + k;
        }
      }
      taken.add(name);
      names.put(c, name);
    }
    return new PredictionColumns(names, explain, reviewBelow);
  }

  /** Output names, in order. */
  public List<String> names() {
    return List.copyOf(names.values());
  }

  /** The output name of our column {@code column} ("label" may be written as "predicted_label"). */
  public String name(String column) {
    return names.get(column);
  }

  /** What a person should be told when some of our columns had to be renamed, if any had to. */
  public Optional<String> renamedNote() {
    List<String> r = renamed();
    return r.isEmpty() ? Optional.empty() : Optional.of("the input already has columns " + r.stream()
        .map(c -> names.get(c).replaceFirst("^predicted_", "").replaceFirst("_\\d+$", "")).distinct().toList()
        + "; predictions are written as " + r.stream().map(names::get).toList());
  }

  /** Our columns that had to be renamed because the input has them. */
  public List<String> renamed() {
    return names.entrySet().stream().filter(e -> e.getValue().startsWith("predicted_")).map(Map.Entry::getKey).toList();
  }

  /** Adds the prediction's columns to {@code row}: strings, numbers or null. */
  public void put(Map<String, Object> row, Prediction p) {
    row.put(names.get("lang"), p.lang());
    row.put(names.get("label"), p.label().map(Label::id).orElse(null));
    row.put(names.get("confidence"), p.ok() ? p.confidence() : null);
    row.put(names.get("p_exceptional"), p.ok() ? p.probability(Label.EXCEPTIONAL) : null);
    row.put(names.get("p_good"), p.ok() ? p.probability(Label.GOOD) : null);
    row.put(names.get("p_poor"), p.ok() ? p.probability(Label.POOR) : null);
    row.put(names.get("error"), p.error());
    row.put(names.get("needs_review"), p.ok() ? p.needsReview(reviewBelow) : null);
    row.put(names.get("script"), p.script());
    row.put(names.get("lang_confidence"), Double.isNaN(p.langConfidence()) ? null : p.langConfidence());
    if (explain) {
      row.put(names.get("lang_source"), p.langSource().id());
      row.put(names.get("evidence"), String.join("; ", p.evidence()));
      row.put(names.get("known_tokens"), p.knownTokens());
      row.put(names.get("tokens"), p.tokens());
    }
  }
}

package org.servicesignals.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;
import org.servicesignals.core.SourceRow;

/**
 * A user's labelled rows, each classified exactly as {@code classify} would classify it (the same
 * {@link BatchClassifier} rules) and set beside its gold label. A row whose label cannot be read
 * (broken record, empty label, a value that is no label) is not scored and is kept, with its
 * reason, in {@link #unscored()}: nothing is dropped silently.
 *
 * <p>With {@link Options#binary()} set to a label, gold and predicted labels are both collapsed to
 * that label against {@code rest}, and so are the probabilities.
 */
public final class LabelledScoring {
  /** The second class of a binary evaluation. */
  public static final String REST = "rest";

  /**
   * How labels are read.
   *
   * @param labelColumn the gold label's column
   * @param labels what a label cell means (empty: not a label)
   * @param mappedValues the values the label map names, for messages
   * @param binary the label scored against the rest; empty for the three labels
   * @param goldLangColumn a column with each row's true language, for language identification and
   *     for grouping; empty: rows are grouped by the language they were classified in
   */
  public record Options(String labelColumn, Function<String, Optional<Label>> labels, List<String> mappedValues,
      Optional<Label> binary, Optional<String> goldLangColumn) {}

  /** A row not scored, where it is, and why. */
  public record Unscored(String source, long line, String reason) {
    @Override
    public String toString() {
      return source + ":" + line + ": " + reason;
    }
  }

  /**
   * One scored row.
   *
   * @param group the language it is scored under
   * @param gold index of its gold class
   * @param predicted index of the predicted class, {@link Confusion#NONE} when it got no label
   * @param probabilities per class (collapsed when binary); empty when it got no label
   */
  public record Scored(String source, long line, String text, String group, Optional<Lang> goldLang, int gold,
      int predicted, double[] probabilities, Prediction prediction) {
    public boolean right() {
      return predicted == gold;
    }

    /** The probability of the predicted class; chance (1/classes) when there is none. */
    public double confidence(int classes) {
      return predicted == Confusion.NONE ? 1.0 / classes : probabilities[predicted];
    }
  }

  private final Options options;
  private final List<String> classes;
  private final List<Scored> scored = new ArrayList<>();
  private final List<Unscored> unscored = new ArrayList<>();
  private final Map<String, Integer> reasons = new LinkedHashMap<>();
  private final Map<Lang, List<Sample>> byGoldLang = new LinkedHashMap<>();

  public LabelledScoring(Options options) {
    this.options = options;
    this.classes = options.binary().map(l -> List.of(l.id(), REST)).orElse(Evaluation.LABELS);
  }

  /** The classes scored: the three label ids, or the binary label and {@link #REST}. */
  public List<String> classes() {
    return classes;
  }

  /** Reads {@code rows} of {@code source}, classifies them with {@code batch} and scores them, in order. */
  public void add(String source, List<SourceRow> rows, BatchClassifier batch) throws InterruptedException {
    List<SourceRow> labelled = new ArrayList<>();
    List<Label> gold = new ArrayList<>();
    for (SourceRow r : rows) {
      Optional<String> problem = problem(r);
      if (problem.isPresent()) {
        unscored.add(new Unscored(source, r.line(), problem.get()));
        reasons.merge(problem.get().startsWith("column") ? "the label cell is neither a label nor a value the label map names"
            : problem.get(), 1, Integer::sum);
        continue;
      }
      labelled.add(r);
      gold.add(options.labels().apply(r.fields().get(options.labelColumn())).orElseThrow());
    }
    List<Prediction> predictions = batch.classify(labelled);
    String textColumn = batch.options().textColumn();
    for (int i = 0; i < labelled.size(); i++) {
      SourceRow r = labelled.get(i);
      Prediction p = predictions.get(i);
      Optional<String> goldCell = options.goldLangColumn().map(c -> r.fields().getOrDefault(c, "").strip())
          .filter(s -> !s.isEmpty());
      Optional<Lang> goldLang = goldCell.flatMap(Lang::parse);
      String group = goldCell.map(c -> goldLang.map(Lang::code).orElse(c.toLowerCase(java.util.Locale.ROOT)))
          .orElse(p.lang());
      String text = r.fields().getOrDefault(textColumn, "");
      scored.add(new Scored(source, r.line(), text, group, goldLang, index(gold.get(i)),
          p.label().map(this::index).orElse(Confusion.NONE), probabilities(p), p));
      if (goldLang.isPresent()) {
        byGoldLang.computeIfAbsent(goldLang.get(), k -> new ArrayList<>())
            .add(new Sample(source + ":" + r.line(), gold.get(i), text, "", ""));
      }
    }
  }

  private Optional<String> problem(SourceRow r) {
    if (!r.error().isEmpty()) {
      return Optional.of(r.error());
    }
    String cell = r.fields().getOrDefault(options.labelColumn(), "");
    if (cell.isBlank()) {
      return Optional.of("no label");
    }
    if (options.labels().apply(cell).isEmpty()) {
      return Optional.of("column '" + options.labelColumn() + "': '" + cell + "' is not a label (exceptional, good, poor)"
          + (options.mappedValues().isEmpty() ? "; map other values with --label-map, e.g. 1=poor,3=good,5=exceptional"
          : " nor a value --label-map names " + new TreeSet<>(options.mappedValues())));
    }
    return Optional.empty();
  }

  private int index(Label l) {
    return options.binary().map(b -> l == b ? 0 : 1).orElse(l.ordinal());
  }

  private double[] probabilities(Prediction p) {
    if (!p.ok()) {
      return new double[0];
    }
    if (options.binary().isEmpty()) {
      return p.probabilities();
    }
    double target = p.probability(options.binary().get());
    return new double[] {target, 1 - target};
  }

  /** Every scored row, in input order. */
  public List<Scored> scored() {
    return Collections.unmodifiableList(scored);
  }

  /** Every row not scored, in input order, with its reason. */
  public List<Unscored> unscored() {
    return Collections.unmodifiableList(unscored);
  }

  /** How many rows were not scored, per reason. */
  public Map<String, Integer> unscoredReasons() {
    return Collections.unmodifiableMap(reasons);
  }

  /** The scored rows whose gold language is known, by that language, as language identification reads them. */
  public Map<Lang, List<Sample>> byGoldLanguage() {
    return Collections.unmodifiableMap(byGoldLang);
  }
}

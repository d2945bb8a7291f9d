package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.classify.EncodedSamples;
import org.servicesignals.core.Label;
import org.servicesignals.core.Sample;

/**
 * Which language is data-hungry: a language's model retrained (its shipped configuration) on a
 * stratified share of its training split, for several seeds, and scored on its held-out splits.
 * The whole split is one sample whatever the seed, so it is trained once.
 */
public final class LearningCurves {
  private LearningCurves() {}

  /**
   * One training share: macro-F1 on each held-out split over the seeds.
   *
   * @param fraction the share of the training split
   * @param messages the training messages it holds
   * @param scores per held-out split, the macro-F1 of each seed's model
   */
  public record Point(@JsonProperty("fraction") double fraction, @JsonProperty("training_messages") int messages,
      @JsonProperty("macro_f1_by_seed") Map<String, List<Double>> scores) {
    public Point {
      scores = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    /** Mean over the seeds. */
    public double mean(String split) {
      return scores.get(split).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Sample standard deviation over the seeds (0 for one seed). */
    public double sd(String split) {
      List<Double> v = scores.get(split);
      if (v.size() < 2) {
        return 0;
      }
      double m = mean(split);
      return Math.sqrt(v.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (v.size() - 1));
    }

    @JsonProperty("macro_f1_mean")
    public Map<String, Double> means() {
      Map<String, Double> m = new java.util.LinkedHashMap<>();
      scores.keySet().forEach(s -> m.put(s, Numbers.round(mean(s))));
      return m;
    }

    @JsonProperty("macro_f1_sd")
    public Map<String, Double> sds() {
      Map<String, Double> m = new java.util.LinkedHashMap<>();
      scores.keySet().forEach(s -> m.put(s, Numbers.round(sd(s))));
      return m;
    }
  }

  /** The curve over {@code fractions} (each in (0, 1]), with {@code seeds} seeds (1, 2, ...) per share. */
  public static List<Point> run(ModelConfiguration config, List<Sample> train, Map<String, List<Sample>> heldOut,
      List<Double> fractions, int seeds) {
    if (seeds < 1) {
      throw new IllegalArgumentException("a learning curve needs at least one seed, not " + seeds);
    }
    EncodedSamples encoded = EncodedSamples.encode(train, config.chain(), config.features());
    record Job(int point, int seed, List<Integer> positions) {}
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < fractions.size(); i++) {
      double f = fractions.get(i);
      if (!(f > 0 && f <= 1)) {
        throw new IllegalArgumentException("a training share is in (0, 1], not " + f);
      }
      for (int seed = 1; seed <= (f == 1 ? 1 : seeds); seed++) {
        jobs.add(new Job(i, seed, stratified(train, f, seed)));
      }
    }
    List<Map<String, Double>> scored = jobs.parallelStream().map(j -> {
      DoccatModel m = encoded.select(j.positions()).train(config.trainer());
      Map<String, Double> s = new java.util.LinkedHashMap<>();
      heldOut.forEach((split, samples) -> s.put(split, Numbers.round(
          CrossValidation.evaluate(m, config.chain(), samples).macroF1())));
      return s;
    }).toList();
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < fractions.size(); i++) {
      Map<String, List<Double>> bySplit = new java.util.LinkedHashMap<>();
      int size = 0;
      for (int k = 0; k < jobs.size(); k++) {
        if (jobs.get(k).point() == i) {
          size = jobs.get(k).positions().size();
          scored.get(k).forEach((split, v) -> bySplit.computeIfAbsent(split, x -> new ArrayList<>()).add(v));
        }
      }
      points.add(new Point(fractions.get(i), size, bySplit));
    }
    return points;
  }

  /**
   * Positions of a stratified sample of {@code fraction} of {@code samples}: of every label, that
   * share (rounded up, at least one) drawn with {@code seed}, in corpus order.
   */
  public static List<Integer> stratified(List<Sample> samples, double fraction, long seed) {
    Map<Label, List<Integer>> byLabel = new EnumMap<>(Label.class);
    for (int i = 0; i < samples.size(); i++) {
      byLabel.computeIfAbsent(samples.get(i).label(), l -> new ArrayList<>()).add(i);
    }
    Random rnd = new Random(seed);
    List<Integer> out = new ArrayList<>();
    for (List<Integer> positions : byLabel.values()) {
      List<Integer> shuffled = new ArrayList<>(positions);
      Collections.shuffle(shuffled, rnd);
      int n = Math.max(1, (int) Math.ceil(fraction * positions.size() - 1e-9));
      out.addAll(shuffled.subList(0, Math.min(n, shuffled.size())));
    }
    Collections.sort(out);
    return out;
  }
}

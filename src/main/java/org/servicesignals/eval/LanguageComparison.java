package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;

/**
 * The questions a cross-lingual comparison asks, answered for each language on its own corpora
 * with fixed seeds: how well the shipped model does on the test and wild splits, how much data it
 * needs, what each part of the analysis and each feature buys, what the corpus looks like to the
 * analysis, whether one joint model does as well, which words decide each label, and (when run)
 * how the peers do. Computed once; {@code report} renders it as a page and as JSON.
 *
 * @param settings what was run
 * @param languages per language code
 * @param joint the joint multilingual model against the per-language ones
 * @param peers fastText and scikit-learn on the same splits; null when they were not run
 * @param peersNote why the peers were not run, or null
 */
@JsonPropertyOrder({"settings", "languages", "joint_model", "peers", "peers_note"})
public record LanguageComparison(@JsonProperty("settings") Settings settings,
    @JsonProperty("languages") Map<String, Language> languages, @JsonProperty("joint_model") JointModel joint,
    @JsonProperty("peers") PeerComparison peers, @JsonProperty("peers_note") String peersNote) {

  /**
   * What the comparison runs.
   *
   * @param fractions the training shares of the learning curves
   * @param seeds seeds per share (1, 2, ...)
   * @param bootstrap bootstrap resamples of each macro-F1 interval
   * @param topFeatures indicative features shown per label
   */
  public record Settings(@JsonProperty("fractions") List<Double> fractions, @JsonProperty("seeds") int seeds,
      @JsonProperty("bootstrap") int bootstrap, @JsonProperty("top_features") int topFeatures) {
    public static final List<Double> FRACTIONS = List.of(0.1, 0.25, 0.5, 1.0);

    public Settings {
      fractions = List.copyOf(fractions);
      if (seeds < 1 || bootstrap < 1 || topFeatures < 1) {
        throw new IllegalArgumentException("seeds, bootstrap resamples and features shown are 1 or more");
      }
    }
  }

  /** One language's training split and its held-out splits (test, and wild where there is one). */
  public record Corpus(List<Sample> train, Map<String, List<Sample>> heldOut) {}

  /**
   * One retrained model of the ablation: its analysis and features, its macro-F1 on the test and
   * (null without one) wild split, and whether it is the shipped configuration.
   */
  public record Ablation(@JsonProperty("analysis") String analysis, @JsonProperty("features") String features,
      @JsonProperty("test_macro_f1") double test, @JsonProperty("wild_macro_f1") Double wild,
      @JsonProperty("shipped") boolean shipped) {
    static Ablation of(AblationReport.Row r) {
      return new Ablation(r.analysis().toString(), r.features().toString(), Numbers.round(r.macroF1()),
          Double.isNaN(r.wildMacroF1()) ? null : Numbers.round(r.wildMacroF1()), r.shipped());
    }
  }

  /**
   * One language's answers.
   *
   * @param name the language's English name
   * @param model the shipped model's configuration
   * @param splits per held-out split, the shipped model's scores
   * @param learningCurve macro-F1 by training share
   * @param ablation the shipped trainer retrained with each analysis and feature set
   * @param corpus the training split as the analysis sees it
   * @param indicative per label, the features that most separate it from the others
   */
  @JsonPropertyOrder({"name", "model", "splits", "learning_curve", "ablation", "corpus", "indicative_features"})
  public record Language(@JsonProperty("name") String name, @JsonProperty("model") String model,
      @JsonProperty("splits") Map<String, SplitScores> splits,
      @JsonProperty("learning_curve") List<LearningCurves.Point> learningCurve,
      @JsonProperty("ablation") List<Ablation> ablation, @JsonProperty("corpus") CorpusStatistics corpus,
      @JsonProperty("indicative_features") Map<String, List<IndicativeFeatures.Feature>> indicative) {}

  /** Hears of each step as it ends, so a long comparison shows progress. */
  public interface Progress {
    void done(String lang, String step);
  }

  public LanguageComparison {
    languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
  }

  /** The same comparison with the peers' table, or the reason they were not run. */
  public LanguageComparison withPeers(PeerComparison table, String note) {
    return new LanguageComparison(settings, languages, joint, table, note);
  }

  /** Runs everything but the peers for each language of {@code corpora} that has a model in {@code classifier}. */
  public static LanguageComparison run(Classifier classifier, Map<Lang, Corpus> corpora, Settings settings,
      Progress progress) {
    Map<String, Language> languages = new LinkedHashMap<>();
    Map<Lang, ModelConfiguration> configs = new LinkedHashMap<>();
    for (var e : corpora.entrySet()) {
      Lang lang = e.getKey();
      ModelBundle bundle = classifier.models().get(lang);
      if (bundle == null) {
        continue;
      }
      Corpus c = e.getValue();
      ModelConfiguration config = ModelConfiguration.of(lang, bundle.card());
      configs.put(lang, config);
      Map<String, SplitScores> splits = new LinkedHashMap<>();
      c.heldOut().forEach((split, samples) -> splits.put(split,
          SplitScores.of(classifier, lang, c.train(), samples, settings.bootstrap(), config.describe())));
      progress.done(lang.code(), "scores");
      List<LearningCurves.Point> curve = LearningCurves.run(config, c.train(), c.heldOut(), settings.fractions(),
          settings.seeds());
      progress.done(lang.code(), "learning curve");
      List<Ablation> ablation = AblationReport.of(lang, bundle, c.train(),
          c.heldOut().getOrDefault("test", List.of()), c.heldOut().getOrDefault("wild", List.of()))
          .stream().map(Ablation::of).toList();
      progress.done(lang.code(), "ablation");
      CorpusStatistics stats = CorpusStatistics.of(lang, c.train(), c.heldOut());
      Map<String, List<IndicativeFeatures.Feature>> indicative = new LinkedHashMap<>();
      IndicativeFeatures.of(bundle.model().getMaxentModel(), bundle.chain(), c.train(), settings.topFeatures())
          .forEach((label, list) -> indicative.put(label.id(), list));
      progress.done(lang.code(), "corpus statistics and indicative features");
      languages.put(lang.code(), new Language(lang.displayName(), config.describe(), splits, curve, ablation, stats,
          indicative));
    }
    if (configs.isEmpty()) {
      throw new IllegalArgumentException("no language of the corpora has a model");
    }
    Map<Lang, List<Sample>> train = new LinkedHashMap<>();
    Map<Lang, Map<String, List<Sample>>> heldOut = new LinkedHashMap<>();
    configs.keySet().forEach(l -> {
      train.put(l, corpora.get(l).train());
      heldOut.put(l, corpora.get(l).heldOut());
    });
    JointModel joint = JointModel.run(configs, train, heldOut);
    progress.done("all", "joint model");
    return new LanguageComparison(settings, languages, joint, null, null);
  }

  /** The labels in the order every table shows them. */
  public static List<String> labels() {
    return java.util.Arrays.stream(Label.values()).map(Label::id).toList();
  }
}

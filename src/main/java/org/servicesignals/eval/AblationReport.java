package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.classify.Training;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.io.Row;

/**
 * What each part of the analysis and each feature buys: the shipped model's trainer retrained with
 * every analysis (shipped features), then with every other feature set (shipped analysis), scored
 * on the test split and, where there is one, the wild split — a part that helps on messages like
 * the training data may not help on messages unlike it.
 *
 * @param rows per language code, in the order they were run
 */
public record AblationReport(Map<String, List<Row>> rows) {
  public static final List<AnalysisOptions> ANALYSES = List.of(AnalysisOptions.parse("stop+stem"),
      AnalysisOptions.parse("stop"), AnalysisOptions.parse("stem"), AnalysisOptions.parse("none"));
  public static final List<FeatureSet> FEATURES = List.of(FeatureSet.parse("words+bigrams+shape"),
      FeatureSet.parse("negwords+shape"), FeatureSet.parse("negwords+bigrams"), FeatureSet.parse("negwords+bigrams+shape"),
      FeatureSet.parse("negwords+bigrams+chars+shape"));

  /**
   * One retrained model's macro-F1 on the test split and on the wild split (NaN without one);
   * {@code shipped} marks the shipped analysis and features.
   */
  public record Row(AnalysisOptions analysis, FeatureSet features, double macroF1, double wildMacroF1, boolean shipped) {
    public String name() {
      return analysis + " / " + features;
    }
  }

  public AblationReport {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** As the JSON report writes it: per language, "analysis / features" to macro-F1. */
  @JsonValue
  public Map<String, Map<String, Double>> scores() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    rows.forEach((lang, list) -> {
      Map<String, Double> m = new LinkedHashMap<>();
      list.forEach(r -> {
        m.put(r.name(), Numbers.round(r.macroF1()));
        if (!Double.isNaN(r.wildMacroF1())) {
          m.put(r.name() + " (wild)", Numbers.round(r.wildMacroF1()));
        }
      });
      out.put(lang, m);
    });
    return out;
  }

  /** Retrains and scores one language; {@code shipped} may be null (then the first trainer and default features). */
  public static List<Row> of(Lang lang, ModelBundle shipped, List<Sample> train, List<Sample> test, List<Sample> wild) {
    TrainerSpec spec = shipped == null ? TrainerSpec.CANDIDATES.get(0)
        : TrainerSpec.parse(shipped.card().trainer().get("Algorithm"));
    FeatureSet features = shipped == null ? FeatureSet.DEFAULTS.get(0) : FeatureSet.parse(shipped.card().features());
    AnalysisOptions analysis = shipped == null ? LanguageProfile.of(lang).defaultAnalysis()
        : AnalysisOptions.parse(shipped.card().analysis());
    List<Row> grid = new ArrayList<>();
    for (AnalysisOptions a : ANALYSES) {
      grid.add(new Row(a, features, Double.NaN, Double.NaN, a.equals(analysis)));
    }
    for (FeatureSet f : FEATURES) {
      if (!f.equals(features)) {
        grid.add(new Row(analysis, f, Double.NaN, Double.NaN, false));
      }
    }
    return grid.parallelStream().map(g -> {
      AnalyzerChain chain = SentimentAnalysis.chain(lang, g.analysis());
      DoccatModel m = Training.train(train, chain, g.features(), spec);
      return new Row(g.analysis(), g.features(), CrossValidation.evaluate(m, chain, test).macroF1(),
          wild.isEmpty() ? Double.NaN : CrossValidation.evaluate(m, chain, wild).macroF1(), g.shipped());
    }).toList();
  }
}

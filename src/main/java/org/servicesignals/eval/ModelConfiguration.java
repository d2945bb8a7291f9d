package org.servicesignals.eval;

import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSet;

/**
 * How a shipped model was trained, read from its card: the analysis chain, the feature set and the
 * trainer. Retraining with it on the same messages gives the same model, so curves and the joint
 * model differ from the shipped models only in the data they see.
 */
public record ModelConfiguration(AnalyzerChain chain, FeatureSet features, TrainerSpec trainer) {
  public static ModelConfiguration of(Lang lang, ModelCard card) {
    return new ModelConfiguration(SentimentAnalysis.chain(lang, AnalysisOptions.parse(card.analysis())),
        FeatureSet.parse(card.features()), TrainerSpec.parse(card.trainer().get("Algorithm")));
  }

  /** "NAIVEBAYES / stem / negwords+bigrams+shape+lexicon", for people. */
  public String describe() {
    return trainer.algorithm() + " / " + chain.options() + " / " + features;
  }
}

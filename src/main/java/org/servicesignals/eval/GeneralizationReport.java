package org.servicesignals.eval;

import java.util.List;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/**
 * How the shipped configuration does on kinds of message it never trained on: 5-fold
 * cross-validation (from the model card) beside leave-one-domain-out and leave-one-channel-out
 * macro-F1 on the training split.
 *
 * @param crossValidation mean 5-fold macro-F1 of the shipped candidate, as the card records it
 * @param leaveOneDomainOut macro-F1 of the pooled predictions, each domain labelled by a model
 *     trained on the others
 * @param leaveOneChannelOut the same per channel
 */
public record GeneralizationReport(double crossValidation, double leaveOneDomainOut, double leaveOneChannelOut) {
  /** The shipped model's configuration, retrained per held-out group on {@code train}. */
  public static GeneralizationReport of(Lang lang, ModelBundle shipped, List<Sample> train) {
    AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.parse(shipped.card().analysis()));
    FeatureSet features = FeatureSet.parse(shipped.card().features());
    TrainerSpec spec = TrainerSpec.parse(shipped.card().trainer().get("Algorithm"));
    String name = spec.algorithm() + " / " + shipped.card().analysis() + " / " + features;
    Double cv = shipped.card().crossValidation().get(name);
    return new GeneralizationReport(cv == null ? Double.NaN : cv,
        CrossValidation.leaveOneGroupOut(train, Sample::domain, chain, features, spec).macroF1(),
        CrossValidation.leaveOneGroupOut(train, Sample::channel, chain, features, spec).macroF1());
  }
}

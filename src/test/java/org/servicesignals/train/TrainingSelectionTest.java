package org.servicesignals.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

class TrainingSelectionTest {
  private static List<Sample> twoDomains() {
    String[][] rows = {
        {"exceptional", "They went above and beyond, the manager called me personally the next day"},
        {"exceptional", "Best service ever, they waived the fee without me asking"},
        {"exceptional", "Wow, fixed on the first call and sent a handwritten thank-you note"},
        {"good", "Delivery arrived on time, no complaints"},
        {"good", "Staff were polite and the issue was resolved"},
        {"good", "Fine, it works as it should"},
        {"poor", "Waited two hours on hold and nobody answered"},
        {"poor", "Not good at all, the refund never came"},
        {"poor", "Rude agent and hidden fees on my bill"}};
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < rows.length * 2; i++) {
      String[] r = rows[i % rows.length];
      out.add(new Sample("t" + i, Label.parse(r[0]).orElseThrow(), r[1] + (i < rows.length ? "" : " again"),
          i < rows.length ? "bank" : "shop", "survey"));
    }
    return out;
  }

  @Test
  void theBestFewByCrossValidationAreWeighedLeavingEachDomainOut() {
    List<FeatureSet> features = List.of(FeatureSet.parse("negwords+bigrams"), FeatureSet.parse("negwords"),
        FeatureSet.parse("words"), FeatureSet.parse("words+bigrams"));
    TrainingPipeline p = new TrainingPipeline(new TrainingConfig(3, features, Optional.of(AnalysisOptions.NONE),
        List.of(TrainerSpec.of(TrainerSpec.Algorithm.NAIVEBAYES))));
    List<Sample> train = twoDomains();
    TrainingResult r = p.train(Lang.EN, train, train, Map.of());
    Map<String, Double> lodo = r.card().leaveOneDomainOut();
    assertThat(lodo).hasSize(TrainingPipeline.WEIGHED);
    assertThat(lodo).containsKey(r.best().name());
    double keptMean = (r.card().crossValidation().get(r.best().name()) + lodo.get(r.best().name())) / 2;
    for (var e : lodo.entrySet()) {
      assertThat((r.card().crossValidation().get(e.getKey()) + e.getValue()) / 2).as(e.getKey())
          .isLessThanOrEqualTo(keptMean + 1e-3); // the card rounds to three places
    }
  }
}

package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.classify.ModelCard;

class SelectionReportTest {
  private static ModelCard card(Map<String, Double> cv, Map<String, Double> lodo) {
    ModelCard c = new ModelCard("en", "en.bin", null, Map.of(), "none", "", "negwords+bigrams", List.of(),
        Map.of("Algorithm", "NAIVEBAYES"), Map.of(), 10, cv, null, null);
    return lodo == null ? c : c.withLeaveOneDomainOut(lodo);
  }

  @Test
  void theKeptCandidatesTwoScoresAndTheirMean() {
    String kept = "NAIVEBAYES / none / negwords+bigrams";
    SelectionReport.Row r = SelectionReport.row(card(Map.of(kept, 0.90, "MAXENT / none / negwords+bigrams", 0.95),
        Map.of(kept, 0.94, "MAXENT / none / negwords+bigrams", 0.80)));
    assertThat(r.candidate()).isEqualTo(kept);
    assertThat(r.crossValidation()).isEqualTo(0.90);
    assertThat(r.leaveOneDomainOut()).isEqualTo(0.94);
    assertThat(r.mean()).isCloseTo(0.92, within(1e-12));
    assertThat(r.weighed()).isEqualTo(2);
  }

  @Test
  void aCardWithoutLeaveOneDomainOutSaysSo() {
    SelectionReport.Row r = SelectionReport.row(card(Map.of("NAIVEBAYES / none / negwords+bigrams", 0.9), null));
    assertThat(r.leaveOneDomainOut()).isNaN();
    assertThat(r.mean()).isNaN();
    assertThat(r.weighed()).isZero();
  }
}

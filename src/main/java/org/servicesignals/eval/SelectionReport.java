package org.servicesignals.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Lang;

/**
 * How each shipped model was chosen, read from its card: the kept candidate's 5-fold
 * cross-validated macro-F1 beside its leave-one-domain-out macro-F1 and their mean, which is what
 * {@code train} keeps the best of (among the best few by cross-validation).
 *
 * @param rows per language code
 */
public record SelectionReport(Map<String, Row> rows) {
  /**
   * @param candidate the kept trainer / analysis / features
   * @param crossValidation its mean 5-fold macro-F1 (NaN when the card has none)
   * @param leaveOneDomainOut its leave-one-domain-out macro-F1 (NaN when the card has none)
   * @param weighed how many candidates were scored both ways
   */
  public record Row(String candidate, double crossValidation, double leaveOneDomainOut, int weighed) {
    /** The selection score: the mean of the two, NaN when either is missing. */
    public double mean() {
      return (crossValidation + leaveOneDomainOut) / 2;
    }
  }

  public SelectionReport {
    rows = Map.copyOf(rows);
  }

  /** The report for {@code models}, in {@link Lang} order. */
  public static SelectionReport of(Map<Lang, ModelBundle> models) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Lang l : Lang.values()) {
      ModelBundle b = models.get(l);
      if (b != null) {
        rows.put(l.code(), row(b.card()));
      }
    }
    return new SelectionReport(rows);
  }

  static Row row(ModelCard card) {
    TrainerSpec spec = TrainerSpec.parse(card.trainer().get("Algorithm"));
    String name = spec.algorithm() + " / " + card.analysis() + " / " + card.features();
    Double cv = card.crossValidation() == null ? null : card.crossValidation().get(name);
    Double lodo = card.leaveOneDomainOut() == null ? null : card.leaveOneDomainOut().get(name);
    return new Row(name, cv == null ? Double.NaN : cv, lodo == null ? Double.NaN : lodo,
        card.leaveOneDomainOut() == null ? 0 : card.leaveOneDomainOut().size());
  }
}

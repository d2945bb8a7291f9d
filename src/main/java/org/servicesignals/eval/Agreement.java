package org.servicesignals.eval;

import java.util.List;
import org.servicesignals.core.Label;

/**
 * How far two annotators agree on the same messages: the share of identical labels, and Cohen's
 * kappa, which discounts the agreement two annotators would reach by chance given how often each
 * uses each label (Cohen 1960). Kappa 1 is perfect agreement, 0 is chance; above 0.8 is usually
 * read as almost perfect (Landis and Koch 1977).
 */
public record Agreement(int n, double observed, double kappa) {

  public static Agreement of(List<Label> a, List<Label> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      throw new IllegalArgumentException("need two equally long, non-empty label lists: " + a.size() + " vs " + b.size());
    }
    int k = Label.values().length;
    double[] pa = new double[k];
    double[] pb = new double[k];
    int same = 0;
    for (int i = 0; i < a.size(); i++) {
      pa[a.get(i).ordinal()]++;
      pb[b.get(i).ordinal()]++;
      if (a.get(i) == b.get(i)) {
        same++;
      }
    }
    int n = a.size();
    double observed = (double) same / n;
    double chance = 0;
    for (int i = 0; i < k; i++) {
      chance += (pa[i] / n) * (pb[i] / n);
    }
    double kappa = chance == 1.0 ? 1.0 : (observed - chance) / (1 - chance);
    return new Agreement(n, observed, kappa);
  }
}

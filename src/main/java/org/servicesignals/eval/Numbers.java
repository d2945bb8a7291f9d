package org.servicesignals.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** How reports and model cards write numbers: four decimals, so the same run gives the same file. */
public final class Numbers {
  private Numbers() {}

  public static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /** {@code part / whole}, rounded as {@link #round(double)}; 0 when there is no whole. */
  public static double share(long part, long whole) {
    return whole == 0 ? 0 : round((double) part / whole);
  }

  public static <K> Map<K, Double> round(Map<K, Double> m) {
    Map<K, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }
}

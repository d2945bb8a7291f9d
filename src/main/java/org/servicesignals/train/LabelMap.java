package org.servicesignals.train;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.core.Label;

/**
 * What a label cell means: a value the map names ({@code 1=poor,2=poor,3=good,4=good,5=exceptional}
 * for star ratings), else a label's own name in any case. Cells are compared trimmed and without
 * case, and a whole number written as a decimal ({@code 5.0}, as spreadsheets and JSON export
 * ratings) is the same cell as {@code 5}.
 */
public final class LabelMap {
  /** Label names only. */
  public static final LabelMap NAMES = new LabelMap(Map.of());

  private final Map<String, Label> map;

  private LabelMap(Map<String, Label> map) {
    this.map = Collections.unmodifiableMap(map);
  }

  /**
   * The map {@code value -> label name}; throws {@link IllegalArgumentException} naming a value
   * mapped to something that is not a label, or an empty value.
   */
  public static LabelMap of(Map<String, String> valueToLabel) {
    Map<String, Label> m = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : valueToLabel.entrySet()) {
      String key = key(e.getKey());
      if (key.isEmpty()) {
        throw new IllegalArgumentException("--label-map: an empty value cannot be mapped ('=" + e.getValue() + "')");
      }
      Label l = Label.parse(e.getValue()).orElseThrow(() -> new IllegalArgumentException("--label-map: '"
          + e.getKey() + "=" + e.getValue() + "' maps to '" + e.getValue() + "', which is not exceptional, good or poor"));
      Label before = m.put(key, l);
      if (before != null && before != l) {
        throw new IllegalArgumentException("--label-map: '" + e.getKey() + "' is mapped to both " + before.id()
            + " and " + l.id());
      }
    }
    return new LabelMap(m);
  }

  /** The label {@code cell} stands for; empty when it is neither mapped nor a label's name. */
  public Optional<Label> label(String cell) {
    if (cell == null) {
      return Optional.empty();
    }
    Label mapped = map.get(key(cell));
    return mapped != null ? Optional.of(mapped) : Label.parse(cell);
  }

  /** The values the map names, for messages. */
  public Map<String, Label> mapped() {
    return map;
  }

  private static String key(String cell) {
    String k = cell.strip().toLowerCase(Locale.ROOT);
    if (k.matches("[+-]?\\d+\\.0+")) {
      k = new BigDecimal(k).stripTrailingZeros().toPlainString();
    }
    return k;
  }
}

package org.servicesignals.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

/** Column names as a header row gives them: blanks named by position, repeats made unique. */
final class Headers {
  private Headers() {}

  /** {@code ["id", "", "text", "text"]} becomes {@code [id, column2, text, text_2]}. */
  static List<String> unique(List<String> raw) {
    List<String> cols = new ArrayList<>(raw.size());
    Set<String> taken = new HashSet<>();
    Map<String, Integer> next = new HashMap<>(); // the next suffix to try per name: linear, not quadratic
    for (int i = 0; i < raw.size(); i++) {
      String c = raw.get(i) == null ? "" : raw.get(i).strip();
      if (c.isEmpty()) {
        c = "column" + (i + 1);
      }
      String name = c;
      if (taken.contains(name)) {
        int k = next.getOrDefault(c, 2);
        while (taken.contains(c + "_" + k)) {
          k++;
        }
        name = c + "_" + k;
        next.put(c, k + 1);
      }
      taken.add(name);
      cols.add(name);
    }
    return List.copyOf(cols);
  }
}

package org.servicesignals.io;

import java.util.ArrayList;
import java.util.List;

/** Column names as a header row gives them: blanks named by position, repeats made unique. */
final class Headers {
  private Headers() {}

  /** {@code ["id", "", "text", "text"]} becomes {@code [id, column2, text, text_2]}. */
  static List<String> unique(List<String> raw) {
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String c = raw.get(i) == null ? "" : raw.get(i).strip();
      if (c.isEmpty()) {
        c = "column" + (i + 1);
      }
      String name = c;
      for (int k = 2; cols.contains(name); k++) {
        name = c + "_" + k;
      }
      cols.add(name);
    }
    return List.copyOf(cols);
  }
}

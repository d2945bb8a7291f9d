package org.servicesignals.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text. */
class FormulaCellsTest {
  @Test
  void formulaStartsGetAQuote() {
    for (String s : List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+1 great", "-- urgent", "@SUM(A1)",
        "\tcmd", "\rcmd")) {
      assertThat(FormulaCells.neutralise(s)).isEqualTo("'" + s);
    }
  }

  @Test
  void otherTextIsLeftAlone() {
    for (String s : List.of("", "Refund", " =not first", "'quoted", "सेवा", "1+1", "-5", "+4,5", "-0.25")) {
      assertThat(FormulaCells.neutralise(s)).isEqualTo(s);
    }
  }

  @Test
  void csvOutputChangesStringsNotNumbers() throws Exception {
    StringWriter w = new StringWriter();
    try (RowSink sink = Outputs.open(w, Outputs.Format.CSV, List.of("subject", "confidence"))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("subject", "=cmd|' /C calc'!A0");
      row.put("confidence", -0.5);
      sink.write(row);
    }
    assertThat(w.toString()).isEqualTo("subject,confidence\n\"'=cmd|' /C calc'!A0\",-0.5\n");
  }
}

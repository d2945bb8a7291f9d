package org.servicesignals.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSource;

/**
 * CSV files with quotes opened and never closed, as hand-edited exports have them: each such line
 * must cost exactly its own row, with an error naming it, and every other line must come back as its
 * own row with its text intact — whatever the line endings and however many stray quotes there are.
 */
class BrokenQuotingProperties {
  /** One line of the file: its text, and whether a quote is opened before it and never closed. */
  record Line(String text, boolean stray) {}

  @Property
  void aStrayQuoteCostsItsOwnLineAndNothingElse(@ForAll("lines") List<Line> lines, @ForAll boolean crlf) {
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder csv = new StringBuilder("id,text").append(eol);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      csv.append(i).append(',').append(l.stray() ? "\"" : "").append(l.text()).append(eol);
    }
    List<Row> rows = new ArrayList<>();
    try (RowSource in = Inputs.open("fuzz.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "csv")) {
      in.forEachRemaining(rows::add);
    }
    assertThat(rows).as("one row a line").hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Row r = rows.get(i);
      assertThat(r.line()).isEqualTo(i + 2);
      if (lines.get(i).stray()) {
        assertThat(r.error()).as("line %d", i + 2).startsWith("line " + (i + 2) + ": ");
      } else {
        assertThat(r.error()).as("line %d", i + 2).isEmpty();
        assertThat(r.fields()).containsEntry("id", String.valueOf(i)).containsEntry("text", lines.get(i).text());
      }
    }
  }

  @Provide
  Arbitrary<List<Line>> lines() {
    // letters of every script the tool reads, spaces and emoji; at least one character follows a
    // stray quote, so that the next quote met can never close a legal multi-line field
    Arbitrary<String> piece = Arbitraries.of("a", "x", "ä", "ö", " ", "से", "वा", "अ", "س", "ہ", "ت", "சே", "வை", "😀", "👍🏽");
    Arbitrary<String> text = piece.list().ofMinSize(1).ofMaxSize(20).map(p -> String.join("", p))
        .filter(t -> !t.startsWith(" ") && !t.isBlank());
    Arbitrary<Line> line = Combinators.combine(text, Arbitraries.integers().between(0, 4))
        .as((t, k) -> new Line(t, k == 0));
    return line.list().ofMinSize(1).ofMaxSize(60);
  }
}

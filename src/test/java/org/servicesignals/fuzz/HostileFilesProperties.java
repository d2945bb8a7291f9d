package org.servicesignals.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.RowSource;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * Hostile files through the same path as {@code classify} — reader, batch classification,
 * prediction columns, writer — against an oracle that knows what it wrote: every row comes back
 * once, in order, with its text intact, and an error exactly where one is due (bytes that are not
 * UTF-8); no row ever fails the run. The suite runs a few hundred files; {@code mvn verify -Pfuzz}
 * runs ten thousand and more (the tries are set in the profile).
 */
class HostileFilesProperties {
  static Classifier classifier;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeContainer
  static void load() {
    classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(Path.of("models")));
  }

  /** One generated row: its text and whether a byte that is not UTF-8 is planted in it. */
  record Cell(String text, boolean badByte) {}

  @Property
  void everyRowComesBackOnceInOrderWithItsTextOrItsError(@ForAll("rows") List<Cell> rows,
      @ForAll("formats") String format) throws Exception {
    byte[] file = write(format, rows);
    List<JsonNode> out = classify(format, file);
    if (format.equals("txt")) {
      // one message a line: blank lines at the very end of a file are not answers (documented)
      int last = rows.size();
      while (last > 0 && !rows.get(last - 1).badByte() && flatten(rows.get(last - 1).text()).isBlank()) {
        last--;
      }
      rows = rows.subList(0, last);
    }
    assertThat(out).as("rows out of %d in", rows.size()).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode o = out.get(i);
      Cell c = rows.get(i);
      if (!format.equals("txt")) {
        assertThat(o.get("id").asText()).isEqualTo("r" + i);
      }
      String error = o.get("error").asText();
      if (c.badByte()) {
        assertThat(error).as("row %d", i).contains("UTF-8");
        continue;
      }
      String want = expectedText(format, c.text());
      assertThat(o.get("text").asText().equals(want))
          .as("%s row %d text: got %s, wrote %s", format, i, escaped(o.get("text").asText()), escaped(want)).isTrue();
      boolean labelled = !o.get("label").isNull() && !o.get("label").asText().isEmpty();
      assertThat(labelled ^ !error.isEmpty()).as("row %d: a label or an error, never both or neither: %s", i, o).isTrue();
    }
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> b.append(cp >= 0x20 && cp < 0x7F ? String.valueOf((char) cp) : String.format("\\u{%X}", cp)));
    return b.append('"').toString();
  }

  /** What a format can carry: TSV and TXT have no way to keep a tab or a line break inside a cell. */
  private static String expectedText(String format, String text) {
    if (format.equals("txt")) {
      return flatten(text).isBlank() ? "" : flatten(text); // a blank line is an empty answer
    }
    return format.equals("tsv") ? flatten(text) : text;
  }

  private static String flatten(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static byte[] write(String format, List<Cell> rows) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    switch (format) {
      case "csv" -> {
        CsvSchema schema = CsvSchema.builder().addColumn("id").addColumn("text").setUseHeader(true).build();
        List<Map<String, String>> data = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          data.add(Map.of("id", "r" + i, "text", marked(rows.get(i))));
        }
        b.write(new CsvMapper().writer(schema).writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
      }
      case "tsv" -> {
        b.write("id\ttext\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows.size(); i++) {
          b.write(("r" + i + "\t" + flatten(marked(rows.get(i))) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      case "jsonl" -> {
        for (int i = 0; i < rows.size(); i++) {
          Map<String, String> m = new LinkedHashMap<>();
          m.put("id", "r" + i);
          m.put("text", marked(rows.get(i)));
          b.write((JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      default -> {
        for (Cell c : rows) {
          b.write((flatten(marked(c)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    // a byte that is never UTF-8, planted where the marker stands
    byte[] bytes = b.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] marker = MARK.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (i + marker.length <= bytes.length && java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
        out.write(0xFF);
        i += marker.length - 1;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  private static final String MARK = "\uE000BAD\uE000";

  private static String marked(Cell c) {
    return c.badByte() ? c.text() + MARK : c.text();
  }

  private static List<JsonNode> classify(String format, byte[] file) throws Exception {
    StringWriter w = new StringWriter();
    try (RowSource rows = Inputs.open("fuzz." + format, new ByteArrayInputStream(file), format)) {
      rows.hasNext();
      String text = format.equals("txt") ? "text" : "text";
      PredictionColumns ours = PredictionColumns.beside(rows.columns(), false);
      List<String> columns = new ArrayList<>(rows.columns());
      columns.addAll(ours.names());
      BatchOptions options = new BatchOptions(text, format.equals("txt") ? Optional.empty() : Optional.of("id"),
          Optional.empty(), Optional.empty(), false, 2, BatchOptions.MAX_CHARS);
      try (BatchClassifier batch = new BatchClassifier(classifier, options);
          RowSink sink = Outputs.open(w, Outputs.Format.JSONL, columns)) {
        batch.run(rows, Row::source, (row, p) -> {
          Map<String, Object> out = new LinkedHashMap<>(row.values());
          ours.put(out, p);
          sink.write(out);
        });
      }
    }
    List<JsonNode> out = new ArrayList<>();
    for (String line : w.toString().split("\n")) {
      if (!line.isEmpty()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("csv", "tsv", "jsonl", "txt");
  }

  @Provide
  Arbitrary<List<Cell>> rows() {
    Arbitrary<String> scripts = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('\u0900', '\u097F')
        .withCharRange('\u0B80', '\u0BFF')
        .withChars('ä', 'ö', '"', ',', ';', '\t', '\n', '\r', '\\', '\u200F', '\u202E', '\u001B', '\u0085',
            '\u2028', '★')
        .ofMaxLength(120);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(60)
        // a file cannot hold half a surrogate pair: such strings are not texts
        .filter(s -> s.indexOf('\uFEFF') < 0 && s.indexOf('\uE000') < 0
            && s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
    Arbitrary<String> words = Arbitraries.of("great service", "terrible, nobody answered", "सेवा अच्छी नहीं थी",
        "Palvelu oli hyvää", "آرڈر وقت پر مل گیا", "ஆர்டர் வரவில்லை", "👍👍", "9/10", "", "   ");
    Arbitrary<String> text = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, scripts), net.jqwik.api.Tuple.of(2, anything), net.jqwik.api.Tuple.of(3, words));
    // a file cannot hold half a surrogate pair: such strings are not texts
    Arbitrary<String> whole = text.map(t -> t.replace("\uFEFF", ""))
        .filter(t -> t.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
    Arbitrary<Cell> cell = Combinators.combine(whole,
        Arbitraries.integers().between(0, 19).map(n -> n == 0)).as(Cell::new);
    return cell.list().ofMinSize(1).ofMaxSize(12);
  }
}

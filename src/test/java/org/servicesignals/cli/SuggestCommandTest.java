package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
  static final String SAMPLE = "corpora/samples/survey-export.csv";

  @Test
  void writesTheRowsToLabelWithEveryLanguageAndAnEmptyLabelFix(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("to-label.csv");
    Cli r = Cli.run("suggest", "--n", "7", "--text-column", "comment", "--id-column", "response_id", "-o", out.toString(),
        SAMPLE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("suggested 7 of 18 classified messages").contains("label_fix");
    List<Map<String, String>> rows = read(out);
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0).keySet()).containsExactly("response_id", "submitted", "country", "channel", "comment", "lang", "label",
        "confidence", "label_fix");
    assertThat(rows).allMatch(row -> row.get("label_fix").isEmpty() && !row.get("label").isEmpty());
    Map<String, Long> perLanguage = rows.stream().collect(Collectors.groupingBy(row -> row.get("lang"), Collectors.counting()));
    assertThat(perLanguage).containsOnlyKeys("hi", "fi", "ur", "ta", "en");
    assertThat(rows).noneMatch(row -> row.get("comment").isEmpty() || row.get("response_id").equals("R-1019"));
  }

  @Test
  void theSuggestionsAreTheLeastConfident(@TempDir Path dir) throws Exception {
    Path all = dir.resolve("all.csv");
    Path few = dir.resolve("few.csv");
    assertThat(Cli.run("suggest", "--n", "50", "--text-column", "comment", "-o", all.toString(), SAMPLE).code()).isZero();
    assertThat(Cli.run("suggest", "--n", "5", "--text-column", "comment", "-o", few.toString(), SAMPLE).code()).isZero();
    double leastSure = read(all).stream().mapToDouble(row -> Double.parseDouble(row.get("confidence"))).min().orElseThrow();
    List<Map<String, String>> picked = read(few);
    assertThat(picked).hasSize(5);
    assertThat(picked).anyMatch(row -> Double.parseDouble(row.get("confidence")) == leastSure);
  }

  @Test
  void aTableWithoutOutputAndABadCountRefused() {
    Cli r = Cli.run("suggest", "--n", "3", "--text-column", "comment", SAMPLE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("confidence").contains("comment");
    assertThat(Cli.run("suggest", "--n", "0", SAMPLE).code()).isEqualTo(2);
  }

  private static List<Map<String, String>> read(Path csv) throws Exception {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      return it.readAll();
    }
  }
}

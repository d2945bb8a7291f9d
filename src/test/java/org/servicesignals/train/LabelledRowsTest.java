package org.servicesignals.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.core.SourceRow;
import org.servicesignals.langid.LanguageIdentifier;

/** Label maps, the reasons a row is set aside or refused, and languages declared or identified. */
class LabelledRowsTest {
  static final LabelMap STARS = LabelMap.of(Map.of("1", "poor", "2", "poor", "3", "good", "4", "good", "5", "exceptional"));
  static LanguageIdentifier ids;

  @BeforeAll
  static void load() {
    ids = LanguageIdentifier.load();
  }

  @Test
  void starRatingsMapToLabelsAndLabelNamesAlwaysWork() {
    assertThat(STARS.label("1")).contains(Label.POOR);
    assertThat(STARS.label(" 4 ")).contains(Label.GOOD);
    assertThat(STARS.label("5.0")).contains(Label.EXCEPTIONAL); // a spreadsheet's number
    assertThat(STARS.label("Exceptional")).contains(Label.EXCEPTIONAL);
    assertThat(STARS.label("6")).isEmpty();
    assertThat(STARS.label("4.5")).isEmpty();
    assertThat(LabelMap.NAMES.label("GOOD")).contains(Label.GOOD);
    assertThat(LabelMap.of(Map.of("Great", "exceptional")).label("great")).contains(Label.EXCEPTIONAL);
  }

  @Test
  void aMapToSomethingThatIsNotALabelIsRefused() {
    assertThatThrownBy(() -> LabelMap.of(Map.of("5", "excellent"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5=excellent").hasMessageContaining("not exceptional, good or poor");
    Map<String, String> both = new LinkedHashMap<>();
    both.put("5", "good");
    both.put("5.0", "exceptional");
    assertThatThrownBy(() -> LabelMap.of(both)).hasMessageContaining("mapped to both");
  }

  @Test
  void rowsAreSortedByLanguageDeclaredOrIdentified() {
    LabelledRows rows = new LabelledRows(ids);
    LabelledRows.Columns c = columns(Optional.of("lang"), Optional.empty(), STARS);
    rows.add("f.csv", row(2, "Nobody answered my emails for two weeks and the refund never came", "1", ""), c);
    rows.add("f.csv", row(3, "सेवा बहुत अच्छी थी, समय पर काम हो गया", "4", ""), c);
    rows.add("f.csv", row(4, "Paketti tuli ajallaan", "3", "fi"), c);
    rows.add("f.csv", row(5, "Paketti tuli ajallaan, kiitos", "5", "und"), c); // as classify writes 'no language'
    Map<Lang, List<Sample>> by = rows.byLanguage();
    assertThat(by).containsOnlyKeys(Lang.EN, Lang.HI, Lang.FI);
    assertThat(by.get(Lang.EN).get(0).label()).isEqualTo(Label.POOR);
    assertThat(by.get(Lang.EN).get(0).id()).isEqualTo("f.csv:2");
    assertThat(by.get(Lang.HI).get(0).label()).isEqualTo(Label.GOOD);
    assertThat(by.get(Lang.FI)).extracting(Sample::label).containsExactly(Label.GOOD, Label.EXCEPTIONAL);
    assertThat(rows.errors()).isEmpty();
  }

  @Test
  void rowsThatCannotTeachAreSetAsideWithTheirReason() {
    LabelledRows rows = new LabelledRows(ids);
    LabelledRows.Columns c = columns(Optional.of("lang"), Optional.of(Lang.EN), LabelMap.NAMES);
    rows.add("f.csv", row(2, "Great service", "", ""), c);
    rows.add("f.csv", row(3, "   ", "good", ""), c);
    rows.add("f.csv", row(4, "👍👍 5/5", "good", ""), c);
    rows.add("f.csv", row(5, "Le service était correct", "good", "fr"), c);
    rows.add("f.csv", row(6, "Fine", "good", ""), c);
    assertThat(rows.skipped()).containsEntry(LabelledRows.NO_LABEL, 1).containsEntry(LabelledRows.NO_TEXT, 1)
        .containsEntry(LabelledRows.NO_LETTERS, 1).containsKey(LabelledRows.NO_LANGUAGE + " ('fr' in column 'lang')");
    assertThat(rows.setAside()).extracting(RowProblem::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows.byLanguage().get(Lang.EN)).hasSize(1);
    assertThat(rows.read()).isEqualTo(5);
  }

  @Test
  void aLabelThatIsNotOneIsAnErrorNamingTheFileAndLine() {
    LabelledRows rows = new LabelledRows(ids);
    rows.add("export.csv", row(7, "Slow and rude", "terrible", ""), columns(Optional.empty(), Optional.of(Lang.EN), LabelMap.NAMES));
    rows.add("export.csv", row(8, "Slow and rude", "7", ""), columns(Optional.empty(), Optional.of(Lang.EN), STARS));
    rows.add("export.csv", new SourceRow(9, Map.of("text", "x", "label", "good"), Map.of(), "3 fields, header has 2"),
        columns(Optional.empty(), Optional.of(Lang.EN), STARS));
    rows.add("export.csv", row(10, "bad bytes \uFFFD here", "good", ""), columns(Optional.empty(), Optional.of(Lang.EN), STARS));
    assertThat(rows.errors()).extracting(RowProblem::toString).containsExactly(
        "export.csv:7: column 'label': 'terrible' is not a label (exceptional, good, poor); map other values with "
            + "--label-map, e.g. 1=poor,3=good,5=exceptional",
        "export.csv:8: column 'label': '7' is not a label (exceptional, good, poor) nor a value --label-map names "
            + "[1, 2, 3, 4, 5]",
        "export.csv:9: 3 fields, header has 2",
        "export.csv:10: the text has bytes that are not valid UTF-8 (shown as U+FFFD); fix the file's encoding");
    assertThat(rows.byLanguage()).isEmpty();
  }

  @Test
  void correctionsJoinByIdAndReportWhatDoesNotJoin() {
    Corrections fixes = Corrections.read("fixes.csv", List.of("id", "label"), List.of(
        SourceRow.of(2, Map.of("id", "R-1", "label", "poor")),
        SourceRow.of(3, Map.of("id", "R-2", "label", "5")),
        SourceRow.of(4, Map.of("id", "R-9", "label", "good")),
        SourceRow.of(5, Map.of("id", "R-1", "label", "good")),
        SourceRow.of(6, Map.of("id", "", "label", "good")),
        SourceRow.of(7, Map.of("id", "R-3", "label", "meh"))).iterator(), STARS);
    assertThat(fixes.errors()).extracting(RowProblem::toString).containsExactly(
        "fixes.csv:5: id 'R-1' is corrected to good here and to poor on line 2",
        "fixes.csv:6: no id",
        "fixes.csv:7: 'meh' is not a label (exceptional, good, poor)");
    LabelledRows rows = new LabelledRows(ids);
    LabelledRows.Columns c = new LabelledRows.Columns("comment", "label", Optional.of("response_id"), Optional.of("lang"),
        Optional.empty(), STARS);
    for (SourceRow scored : List.of(
        SourceRow.of(2, Map.of("response_id", "R-1", "comment", "Great, another two hours on hold", "lang", "en",
            "label", "exceptional")),
        SourceRow.of(3, Map.of("response_id", "R-2", "comment", "They rebuilt my router at midnight", "lang", "en",
            "label", "good")),
        SourceRow.of(4, Map.of("response_id", "R-4", "comment", "Fine", "lang", "en", "label", "good")))) {
      fixes.label(scored.fields().get("response_id")).ifPresent(l -> rows.add("scored.csv", scored, c, l));
    }
    assertThat(rows.byLanguage().get(Lang.EN)).extracting(Sample::id, Sample::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("R-1", Label.POOR),
            org.assertj.core.groups.Tuple.tuple("R-2", Label.EXCEPTIONAL));
    assertThat(fixes.unknown("scored.csv")).extracting(RowProblem::toString)
        .containsExactly("fixes.csv:4: id 'R-9' is not in scored.csv");
  }

  @Test
  void aCorrectionsFileNeedsIdAndLabel() {
    assertThatThrownBy(() -> Corrections.read("fixes.csv", List.of("id", "fix"), List.<SourceRow>of().iterator(),
        LabelMap.NAMES)).hasMessageContaining("fixes.csv:1").hasMessageContaining("'id' and 'label'");
  }

  private static LabelledRows.Columns columns(Optional<String> lang, Optional<Lang> declared, LabelMap map) {
    return new LabelledRows.Columns("text", "label", Optional.empty(), lang, declared, map);
  }

  private static SourceRow row(long line, String text, String label, String lang) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("text", text);
    f.put("label", label);
    f.put("lang", lang);
    return SourceRow.of(line, f);
  }
}

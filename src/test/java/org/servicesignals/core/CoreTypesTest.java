package org.servicesignals.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreTypesTest {
  @Test
  void languagesParseFromCodesAndNames() {
    assertThat(Lang.parse("hi")).contains(Lang.HI);
    assertThat(Lang.parse(" Hindi ")).contains(Lang.HI);
    assertThat(Lang.parse("urd")).contains(Lang.UR);
    assertThat(Lang.parse("EN")).contains(Lang.EN);
    assertThat(Lang.parse("fr")).isEmpty();
    // language columns as people fill them
    assertThat(Lang.parse("en-US")).contains(Lang.EN);
    assertThat(Lang.parse("fi_FI")).contains(Lang.FI);
    assertThat(Lang.parse("English")).contains(Lang.EN);
    assertThat(Lang.parse("hi-Latn")).contains(Lang.HI);
    assertThat(Lang.parse("suomi")).contains(Lang.FI);
    assertThat(Lang.parse("हिन्दी")).contains(Lang.HI);
    assertThat(Lang.parse("اردو")).contains(Lang.UR);
    assertThat(Lang.parse("தமிழ்")).contains(Lang.TA);
    assertThat(Lang.parse("fr-FR")).isEmpty();
    assertThat(Lang.parse("-")).isEmpty();
    assertThat(Lang.parse(null)).isEmpty();
    assertThat(Lang.codes()).isEqualTo("hi, fi, ur, ta, en");
  }

  @Test
  void labelsParseAndTheFirstMaximumWins() {
    assertThat(Label.parse(" Poor ")).contains(Label.POOR);
    assertThat(Label.parse("bad")).isEmpty();
    assertThat(Label.argmax(new double[] {0.2, 0.5, 0.3})).isEqualTo(Label.GOOD);
    assertThat(Label.argmax(new double[] {0.4, 0.4, 0.2})).isEqualTo(Label.EXCEPTIONAL);
  }

  @Test
  void aPredictionHasALabelOrAnErrorNeverBoth() {
    assertThatThrownBy(() -> new Prediction("1", "en", LangSource.MODEL, Optional.of(Label.GOOD),
        new double[] {0.1, 0.8, 0.1}, List.of(), 1, 2, "broken")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prediction("1", "en", LangSource.MODEL, Optional.empty(), new double[0],
        List.of(), 0, 0, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prediction("1", "en", LangSource.MODEL, Optional.of(Label.GOOD),
        new double[] {0.5, 0.5}, List.of(), 0, 0, "")).hasMessageContaining("one probability per label");
    assertThatThrownBy(() -> new Prediction("1", "en", LangSource.MODEL, Optional.of(Label.GOOD),
        new double[] {0.1, 0.8, 0.1}, List.of(), 3, 2, "")).hasMessageContaining("token counts");
  }

  @Test
  void aPredictionCannotBeChangedThroughItsArrays() {
    double[] p = {0.1, 0.7, 0.2};
    Prediction pr = new Prediction("1", "en", LangSource.MODEL, Optional.of(Label.GOOD), p, List.of("on", "time"),
        2, 3, "");
    p[1] = 0;
    pr.probabilities()[1] = 0;
    assertThat(pr.confidence()).isEqualTo(0.7);
    assertThat(pr.probability(Label.POOR)).isEqualTo(0.2);
    assertThat(pr).isEqualTo(new Prediction("1", "en", LangSource.MODEL, Optional.of(Label.GOOD),
        new double[] {0.1, 0.7, 0.2}, List.of("on", "time"), 2, 3, ""));
  }

  @Test
  void aFailedPredictionHasNoProbabilities() {
    Prediction f = Prediction.failed("7", Lang.UNDETERMINED, LangSource.NONE, "empty text");
    assertThat(f.ok()).isFalse();
    assertThat(f.confidence()).isZero();
    assertThat(f.probability(Label.GOOD)).isZero();
  }

  @Test
  void sourceRowsAreImmutableAndKeepTheirOrder() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", "1");
    fields.put("text", "hi");
    SourceRow r = new SourceRow(3, fields, Map.of(), null);
    fields.put("late", "x");
    assertThat(r.fields().keySet()).containsExactly("id", "text");
    assertThat(r.error()).isEmpty();
    assertThatThrownBy(() -> r.fields().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void messagesAndSamplesRefuseNulls() {
    assertThatThrownBy(() -> new Message("1", null, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThat(new Sample("s", Label.GOOD, "fine", null, null).domain()).isEmpty();
    assertThat(new InputException("a.csv", 4, "unclosed quote").getMessage()).isEqualTo("a.csv:4: unclosed quote");
    assertThat(new InputException("a.csv", "no such file").getMessage()).isEqualTo("a.csv: no such file");
  }
}

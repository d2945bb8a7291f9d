package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeakageTest {
  @Test
  void copiesDifferingInCaseSpacingOrPresentationFormsAreTheSameMessage() {
    String f = Leakage.fingerprint("Great service, thank you!");
    assertThat(Leakage.fingerprint("  great   SERVICE,\tthank you! ")).isEqualTo(f);
    assertThat(Leakage.fingerprint("Great service, thank you?")).isNotEqualTo(f);
    assertThat(Leakage.fingerprint("Ｇreat service, thank you!")).isEqualTo(f); // full-width G folds
    assertThat(f).hasSize(16);
  }

  @Test
  void countsTheScoredMessagesThatAreInTheTrainingData() {
    Leakage.Training t = new Leakage.Training(Map.of("en/train.tsv", "corpora/en/train.tsv"),
        Set.of(Leakage.fingerprint("seen in training"), Leakage.fingerprint("also seen")));
    Leakage l = Leakage.of(Map.of("en", t), Map.of("en", List.of("Seen in training", "new message", "ALSO seen")));
    Leakage.ModelCheck en = l.models().get("en");
    assertThat(en.overlapping()).isEqualTo(2);
    assertThat(en.scored()).isEqualTo(3);
    assertThat(en.examples()).containsExactly("Seen in training", "ALSO seen");
    assertThat(en.checked()).isTrue();
    assertThat(l.leaks()).isTrue();
    assertThat(l.warnings()).singleElement().asString().startsWith("WARNING: leakage: 2 of 3");
  }

  @Test
  void aTrainingFileNotFoundIsSaidNotSilentlyPassed() {
    Map<String, String> files = new java.util.HashMap<>();
    files.put("fi/train.tsv", null);
    Leakage l = Leakage.of(Map.of("fi", new Leakage.Training(files, Set.of())), Map.of("fi", List.of("hyvä")));
    assertThat(l.leaks()).isFalse();
    assertThat(l.models().get("fi").checked()).isFalse();
    assertThat(l.warnings()).singleElement().asString().contains("not fully checked").contains("fi/train.tsv");
  }
}

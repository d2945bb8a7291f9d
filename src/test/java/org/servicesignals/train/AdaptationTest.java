package org.servicesignals.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Sample;
import org.servicesignals.langid.LanguageIdentifier;

class AdaptationTest {
  static final Map<String, String> ADDED = Map.of("ferry.csv", "a".repeat(64));
  /** Three folds and two weights: the tiny corpus trains in milliseconds, the search is what is tested. */
  static final Adaptation SMALL = new Adaptation(new AdaptationConfig(List.of(1, 8), 3, 8, 200));
  static ModelBundle base;
  static LanguageIdentifier ids;

  @BeforeAll
  static void train() {
    base = Fixtures.base();
    ids = LanguageIdentifier.load();
  }

  @Test
  void adaptsAndRecordsHowOnTheCard() {
    AdaptationResult r = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.ferry(), ADDED);
    assertThat(r.outcome()).as(r.reason()).isEqualTo(AdaptationResult.Outcome.ADAPTED);
    assertThat(r.adapted().macroF1()).isGreaterThan(r.base().macroF1());
    assertThat(r.weights()).extracting(ModelCard.WeightScore::weight).containsExactly(1, 8);
    ModelCard card = r.card();
    ModelCard.Adaptation a = card.adaptation();
    assertThat(a.baseModelSha256()).isEqualTo("2".repeat(64));
    assertThat(a.added()).isEqualTo(ADDED);
    assertThat(a.rows()).containsEntry("exceptional", 10).containsEntry("good", 10).containsEntry("poor", 10);
    assertThat(a.weight()).isEqualTo(r.weight()).isIn(1, 8);
    assertThat(a.folds()).isEqualTo(3);
    assertThat(a.crossValidation()).hasSize(2);
    assertThat(a.adaptedMacroF1()).isEqualTo(org.servicesignals.eval.Numbers.round(r.adapted().macroF1()));
    assertThat(a.baseMacroF1Ci95()).hasSize(2);
    assertThat(card.corpus()).isEqualTo(base.card().corpus());
    assertThat(card.trainingSamples()).isEqualTo(24 + 30);
    assertThat(card.features()).isEqualTo(base.card().features());
    assertThat(card.trainer()).isEqualTo(base.card().trainer());
    assertThat(card.calibration().temperature()).isPositive();
    assertThat(card.test().samples()).isEqualTo(24);
    card.validate(Lang.EN);
  }

  @Test
  void theAdaptedModelLearnsTheDomainsWords() {
    AdaptationResult r = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.ferry(), ADDED);
    Classifier before = new Classifier(ids, Map.of(Lang.EN, base));
    Classifier after = new Classifier(ids, Map.of(Lang.EN, new ModelBundle(Lang.EN, r.model(), r.card())));
    Message m = new Message("x", "We were stranded at the quay all afternoon", Optional.of(Lang.EN));
    assertThat(after.classify(m).probability(Label.POOR)).isGreaterThan(before.classify(m).probability(Label.POOR));
    assertThat(after.classify(m).label()).contains(Label.POOR);
  }

  @Test
  void refusesALabelWithTooFewMessagesAndSaysWhy() {
    List<Sample> rows = new ArrayList<>(Fixtures.ferry().stream().filter(s -> s.label() != Label.GOOD).toList());
    rows.addAll(Fixtures.ferry().stream().filter(s -> s.label() == Label.GOOD).limit(7).toList());
    AdaptationResult r = SMALL.adapt(base, Fixtures.corpusSplits(), rows, ADDED);
    assertThat(r.outcome()).isEqualTo(AdaptationResult.Outcome.REFUSED);
    assertThat(r.reason()).contains("good 7").contains("at least 8").doesNotContain("poor");
    assertThat(r.model()).isNull();
    assertThat(r.base().evaluation().size()).isEqualTo(27);
  }

  @Test
  void keepsTheBaseModelWhenAdaptingDoesNotHelp() {
    AdaptationResult r = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.corpus(), ADDED); // eight of each label
    assertThat(r.base().macroF1()).isEqualTo(1.0); // it was trained on them: nothing to gain
    assertThat(r.outcome()).isEqualTo(AdaptationResult.Outcome.KEPT_BASE);
    assertThat(r.reason()).contains("did not raise macro-F1");
    assertThat(r.model()).isNull();
  }

  @Test
  void refusesACorpusOtherThanTheBaseModels() {
    Adaptation.Corpus other = new Adaptation.Corpus("elsewhere/en/train.tsv", Fixtures.corpus(), "3".repeat(64), List.of());
    assertThatThrownBy(() -> SMALL.adapt(base, other, Fixtures.ferry(), ADDED)).isInstanceOf(InputException.class)
        .hasMessageContaining("elsewhere/en/train.tsv").hasMessageContaining("is not the training split");
  }

  @Test
  void theSameMessagesGiveTheSameModel() {
    AdaptationResult a = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.ferry(), ADDED);
    AdaptationResult b = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.ferry(), ADDED);
    assertThat(b.card()).isEqualTo(a.card());
  }

  @Test
  void theDirectoryHoldsEveryLanguageAndLoadsAsModels(@TempDir Path dir) throws Exception {
    AdaptationResult r = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.ferry(), ADDED);
    Path out = dir.resolve("adapted");
    List<Path> written = AdaptedModels.write(out, null, List.of(Lang.values()), List.of(r));
    assertThat(written).hasSize(16); // five languages and three romanised models, each with its card
    Map<Lang, ModelBundle> loaded = ModelFiles.load(out);
    assertThat(loaded.get(Lang.HI).romanised()).isPresent();
    assertThat(loaded).containsOnlyKeys(Lang.values());
    assertThat(loaded.get(Lang.EN).card().adaptation()).isNotNull();
    assertThat(loaded.get(Lang.FI).card().adaptation()).isNull();
    assertThat(Files.readAllBytes(out.resolve("fi.bin"))).isEqualTo(Files.readAllBytes(Path.of("models/fi.bin")));
    assertThat(Files.readString(out.resolve("fi.card.json"))).doesNotContain("adaptation");
    assertThat(Files.readString(out.resolve("en.card.json"))).contains("\"adaptation\"").contains("\"baseModelSha256\"");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(out); // no partial directory left behind
    }
    Path trained = dir.resolve("trained");
    ModelFiles.save(trained, Lang.EN, base.model(), base.card());
    assertThat(Files.readString(trained.resolve("en.card.json"))).doesNotContain("adaptation"); // cards of train unchanged
  }

  @Test
  void aCardWithABrokenAdaptationIsRefused() {
    AdaptationResult r = SMALL.adapt(base, Fixtures.corpusSplits(), Fixtures.ferry(), ADDED);
    ModelCard.Adaptation a = r.card().adaptation();
    ModelCard bad = withAdaptation(r.card(), new ModelCard.Adaptation(a.baseModelSha256(), a.added(), a.rows(), 3,
        a.folds(), a.crossValidation(), a.baseMacroF1(), a.baseMacroF1Ci95(), a.adaptedMacroF1(), a.adaptedMacroF1Ci95()));
    assertThatThrownBy(() -> bad.validate(Lang.EN)).hasMessageContaining("adaptation.crossValidation");
    ModelCard noHash = withAdaptation(r.card(), new ModelCard.Adaptation(a.baseModelSha256(), Map.of("x.csv", "nope"),
        a.rows(), a.weight(), a.folds(), a.crossValidation(), a.baseMacroF1(), a.baseMacroF1Ci95(), a.adaptedMacroF1(),
        a.adaptedMacroF1Ci95()));
    assertThatThrownBy(() -> noHash.validate(Lang.EN)).hasMessageContaining("adaptation.added");
  }

  @Test
  void refusesToWriteOverModelsMadeByTrain(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> AdaptedModels.checkTarget(Path.of("models"), false)).isInstanceOf(InputException.class)
        .hasMessageContaining("--force");
    AdaptedModels.checkTarget(Path.of("models"), true);
    AdaptedModels.checkTarget(dir.resolve("new"), false);
    Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> AdaptedModels.checkTarget(dir.resolve("file"), true)).hasMessageContaining("is a file");
  }

  private static ModelCard withAdaptation(ModelCard c, ModelCard.Adaptation a) {
    return new ModelCard(c.lang(), c.model(), c.modelSha256(), c.corpus(), c.analysis(), c.analyzerChain(), c.features(),
        c.featureGenerators(), c.trainer(), c.libraries(), c.trainingSamples(), c.crossValidation(), c.test(),
        c.calibration(), a, c.leaveOneDomainOut());
  }
}

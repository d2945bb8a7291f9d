package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.servicesignals.core.Label.EXCEPTIONAL;
import static org.servicesignals.core.Label.GOOD;
import static org.servicesignals.core.Label.POOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.Training;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/** The parts of the cross-language comparison, each on messages small enough to check by hand. */
class LanguageComparisonPartsTest {
  private static Sample s(String id, Label l, String text) {
    return new Sample(id, l, text, "", "");
  }

  @Test
  void aStratifiedShareKeepsEveryLabelsShareAndDependsOnlyOnTheSeed() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      samples.add(s("m" + i, i < 20 ? POOR : i < 30 ? GOOD : EXCEPTIONAL, "x"));
    }
    List<Integer> quarter = LearningCurves.stratified(samples, 0.25, 1);
    assertThat(quarter.stream().filter(i -> i < 20)).hasSize(5);
    assertThat(quarter.stream().filter(i -> i >= 20 && i < 30)).hasSize(3); // 2.5 rounded up
    assertThat(quarter.stream().filter(i -> i >= 30)).hasSize(3);
    assertThat(quarter).isSorted().doesNotHaveDuplicates();
    assertThat(LearningCurves.stratified(samples, 0.25, 1)).isEqualTo(quarter);
    assertThat(LearningCurves.stratified(samples, 0.25, 2)).isNotEqualTo(quarter);
    assertThat(LearningCurves.stratified(samples, 1.0, 7)).hasSize(40);
    assertThat(LearningCurves.stratified(samples, 0.01, 1)).hasSize(3); // at least one of every label
  }

  @Test
  void corpusStatisticsByHand() {
    // normalised (lower-cased) tokens: great service | great services -> 4 tokens, 3 types;
    // "Great" and "SERVICE" differ from their text only by case; Porter stems service(s) to servic
    List<Sample> train = List.of(s("a", GOOD, "Great SERVICE"), s("b", GOOD, "great services"));
    CorpusStatistics c = CorpusStatistics.of(Lang.EN, train, Map.of("test", List.of(s("t", GOOD, "great food"))));
    assertThat(c.messages()).isEqualTo(2);
    assertThat(c.tokens()).isEqualTo(4);
    assertThat(c.tokensPerMessage()).isEqualTo(2.0);
    assertThat(c.types()).isEqualTo(3);
    assertThat(c.typeTokenRatio()).isEqualTo(0.75);
    assertThat(c.changedByNormalisation()).isEqualTo(0.5);
    assertThat(c.changedBeyondCase()).isEqualTo(0.0);
    assertThat(c.changedByStemming()).isEqualTo(0.5);
    assertThat(c.oov()).containsEntry("test", 0.5); // food was never seen
  }

  @Test
  void aLanguageWithoutAStemmerSaysSo() {
    CorpusStatistics c = CorpusStatistics.of(Lang.UR, List.of(s("a", GOOD, "سروس اچھی تھی")), Map.of());
    assertThat(c.changedByStemming()).isNull();
    assertThat(c.tokens()).isEqualTo(3);
  }

  @Test
  void reliabilityBinsByHand() {
    List<double[]> p = List.of(new double[] {0.95, 0.03, 0.02}, new double[] {0.02, 0.93, 0.05},
        new double[] {0.5, 0.3, 0.2}, new double[] {0.25, 0.55, 0.2});
    List<Label> gold = List.of(EXCEPTIONAL, POOR, EXCEPTIONAL, POOR);
    List<Reliability.Bin> bins = Reliability.diagram(p, gold);
    assertThat(bins).extracting(Reliability.Bin::lower).containsExactly(0.5, 0.9);
    assertThat(bins.get(0).messages()).isEqualTo(2);
    assertThat(bins.get(0).confidence()).isCloseTo(0.525, within(1e-9));
    assertThat(bins.get(0).accuracy()).isEqualTo(0.5);
    assertThat(bins.get(1).confidence()).isCloseTo(0.94, within(1e-9));
    assertThat(bins.get(1).accuracy()).isEqualTo(0.5);
    // the same bins as the calibration error: |0.5 - 0.525| * 2/4 + |0.5 - 0.94| * 2/4
    assertThat(Reliability.expectedCalibrationError(p, gold, 1.0)).isCloseTo(0.0125 + 0.22, within(1e-9));
  }

  private static List<Sample> englishReviews() {
    List<Sample> train = new ArrayList<>();
    String[] things = {"parcel", "order", "refund", "call", "visit", "repair", "delivery", "booking"};
    for (int i = 0; i < things.length; i++) {
      String t = things[i];
      train.add(s("p" + i, POOR, "The " + t + " was Terrible and nobody helped"));
      train.add(s("q" + i, POOR, "terrible " + t + ", still waiting"));
      train.add(s("q2" + i, POOR, "Terrible again, the " + t + " never came"));
      train.add(s("g" + i, GOOD, "The " + t + " arrived fine, okay overall"));
      train.add(s("h" + i, GOOD, "fine " + t + " and on time"));
      train.add(s("e" + i, EXCEPTIONAL, "Amazing staff went beyond for my " + t));
      train.add(s("f" + i, EXCEPTIONAL, "amazing, they drove the " + t + " to my door"));
    }
    return train;
  }

  @Test
  void indicativeWordsAreReadFromTheModelAndShownAsWritten() {
    List<Sample> train = englishReviews();
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.parse("stem"));
    // naive Bayes puts the words of every message of a label first; maxent spreads a label's weight
    // over every feature its messages share (here the word pairs that name the thing), so look further
    Map<TrainerSpec, Integer> depth = Map.of(TrainerSpec.of(TrainerSpec.Algorithm.NAIVEBAYES), 5,
        TrainerSpec.of(TrainerSpec.Algorithm.MAXENT), 40);
    for (var d : depth.entrySet()) {
      TrainerSpec spec = d.getKey();
      DoccatModel m = Training.train(train, chain, FeatureSet.parse("negwords+bigrams"), spec);
      Map<Label, List<IndicativeFeatures.Feature>> top = IndicativeFeatures.of(m.getMaxentModel(), chain, train,
          d.getValue());
      assertThat(top.get(POOR)).as(spec.algorithm().name()).extracting(IndicativeFeatures.Feature::words)
          .contains("Terrible");
      assertThat(top.get(EXCEPTIONAL)).as(spec.algorithm().name()).extracting(IndicativeFeatures.Feature::words)
          .contains("Amazing");
      assertThat(top.get(GOOD)).as(spec.algorithm().name()).extracting(IndicativeFeatures.Feature::words)
          .contains("fine");
      for (List<IndicativeFeatures.Feature> list : top.values()) {
        assertThat(list).hasSizeLessThanOrEqualTo(d.getValue()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(list).allSatisfy(f -> assertThat(f.score()).isPositive());
      }
    }
  }

  @Test
  void featuresReadAsWords() {
    Map<String, String> surface = Map.of("servic", "Service", "not", "not", "help", "helped");
    assertThat(IndicativeFeatures.readable("w=servic", surface)).isEqualTo("Service");
    assertThat(IndicativeFeatures.readable("w=¬help", surface)).isEqualTo("¬helped");
    assertThat(IndicativeFeatures.readable("b=^_servic", surface)).isEqualTo("⟨start⟩ Service");
    assertThat(IndicativeFeatures.readable("b=not_help", surface)).isEqualTo("not helped");
    assertThat(IndicativeFeatures.readable("b=help_$", surface)).isEqualTo("helped ⟨end⟩");
    assertThat(IndicativeFeatures.readable("w=unseen", surface)).isEqualTo("unseen");
  }

  @Test
  void theMostFrequentSurfaceFormNamesAToken() {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.parse("stem"));
    Map<String, String> forms = IndicativeFeatures.surfaceForms(chain, List.of(s("a", GOOD, "Services services"),
        s("b", GOOD, "services")));
    assertThat(forms).containsEntry("servic", "services");
  }

  @Test
  void oneJointModelAgainstOnePerLanguage() {
    List<Sample> en = englishReviews();
    List<Sample> fi = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      fi.add(s("fp" + i, POOR, "Huono palvelu, kukaan ei vastannut " + i));
      fi.add(s("fg" + i, GOOD, "Ihan ok, tuli ajallaan " + i));
      fi.add(s("fe" + i, EXCEPTIONAL, "Upea palvelu, kiitos Mikolle " + i));
    }
    FeatureSet features = FeatureSet.parse("negwords+bigrams");
    TrainerSpec nb = TrainerSpec.of(TrainerSpec.Algorithm.NAIVEBAYES);
    Map<Lang, ModelConfiguration> configs = new LinkedHashMap<>();
    configs.put(Lang.EN, new ModelConfiguration(SentimentAnalysis.chain(Lang.EN, AnalysisOptions.NONE), features, nb));
    configs.put(Lang.FI, new ModelConfiguration(SentimentAnalysis.chain(Lang.FI, AnalysisOptions.NONE), features, nb));
    Map<Lang, List<Sample>> train = Map.of(Lang.EN, en, Lang.FI, fi);
    Map<Lang, Map<String, List<Sample>>> held = Map.of(Lang.EN, Map.of("test", en.subList(0, 14)),
        Lang.FI, Map.of("test", fi.subList(0, 9)));
    JointModel j = JointModel.run(configs, train, held);
    assertThat(j.trainingMessages()).isEqualTo(en.size() + fi.size());
    assertThat(j.scores()).containsOnlyKeys("en", "fi");
    JointModel.Pair p = j.scores().get("fi").get("test");
    assertThat(p.joint()).isGreaterThan(0.9); // messages it was trained on
    assertThat(p.difference()).isCloseTo(p.joint() - p.perLanguage(), within(1e-4));

    configs.put(Lang.FI, new ModelConfiguration(SentimentAnalysis.chain(Lang.FI, AnalysisOptions.NONE),
        FeatureSet.parse("words+bigrams"), nb));
    assertThatThrownBy(() -> JointModel.run(configs, train, held)).hasMessageContaining("one feature set and trainer");
  }
}

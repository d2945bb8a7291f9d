package org.servicesignals.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.langid.LanguageIdentifier;
import static org.assertj.core.api.Assertions.assertThat;

/** A saved and reloaded model scores exactly as before, custom feature generators included. */
class ModelRoundTripTest {
  static final List<String> PROBES = List.of(
      "not good, nobody answered", "they went above and beyond", "arrived on time", "ok", "😡 refund");
  static LanguageIdentifier ids;

  @BeforeAll
  static void load() {
    ids = LanguageIdentifier.load();
  }

  static ModelCard card(String algorithm, String features) {
    return new ModelCard("en", "en.bin", null, Map.of(), AnalysisOptions.DEFAULT.toString(), "", features,
        FeatureSet.parse(features).generatorClasses(),
        Map.of("Algorithm", algorithm), Map.of(), 15, Map.of(), null, new ModelCard.Calibration(2.5, 0, 0, 0, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAXENT", "MAXENT_QN", "NAIVEBAYES", "PERCEPTRON"})
  void reloadedModelScoresExactlyAsBefore(String algorithm, @TempDir Path dir) throws Exception {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.DEFAULT);
    String features = "words+bigrams+chars";
    DoccatModel model = Training.train(TinyCorpus.samples(), chain, FeatureSet.parse(features), TrainerSpec.parse(algorithm));
    ModelCard card = card(algorithm, features);
    Classifier before = new Classifier(ids, Map.of(Lang.EN, new ModelBundle(Lang.EN, model, card)));
    ModelFiles.save(dir, Lang.EN, model, card);
    Classifier after = new Classifier(ids, ModelFiles.load(dir));
    for (String probe : PROBES) {
      Message m = new Message("p", probe, Optional.of(Lang.EN));
      assertThat(after.classify(m, true)).isEqualTo(before.classify(m, true));
    }
  }

  @Test
  void trainingIsDeterministic(@TempDir Path dir) throws Exception {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN);
    for (int i = 0; i < 2; i++) {
      ModelFiles.save(dir.resolve("run" + i), Lang.EN,
          Training.train(TinyCorpus.samples(), chain, FeatureSet.parse("words+bigrams"), TrainerSpec.parse("MAXENT")),
          card("MAXENT", "words+bigrams"));
    }
    Classifier a = new Classifier(ids, ModelFiles.load(dir.resolve("run0")));
    Classifier b = new Classifier(ids, ModelFiles.load(dir.resolve("run1")));
    for (String probe : PROBES) {
      Message m = new Message("p", probe, Optional.of(Lang.EN));
      assertThat(a.classify(m)).isEqualTo(b.classify(m));
    }
  }

  @Test
  void aModelFromRelease010StillLoadsAndScores() throws Exception {
    Path old = Path.of(getClass().getResource("/models-0.1.0/en.bin").toURI()).getParent();
    Classifier c = new Classifier(ids, ModelFiles.load(old));
    Prediction p = c.classify(new Message("p", "nobody answered, the refund never came", Optional.of(Lang.EN)));
    assertThat(p.label()).contains(Label.POOR);
    Prediction q = c.classify(new Message("p", "they went above and beyond", Optional.of(Lang.EN)));
    assertThat(q.label()).contains(Label.EXCEPTIONAL);
  }

  @Test
  void oneModelServesManyThreadsWithTheSameAnswers() throws Exception {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN);
    DoccatModel model = Training.train(TinyCorpus.samples(), chain, FeatureSet.parse("words+bigrams+chars"), TrainerSpec.parse("MAXENT"));
    Classifier c = new Classifier(ids, Map.of(Lang.EN, new ModelBundle(Lang.EN, model, card("MAXENT", "words+bigrams+chars"))));
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      messages.add(new Message("m" + i, PROBES.get(i % PROBES.size()) + " " + i, Optional.of(Lang.EN)));
    }
    List<Prediction> sequential = messages.stream().map(c::classify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Prediction>> futures = new ArrayList<>();
      for (Message m : messages) {
        futures.add(pool.submit(() -> c.classify(m)));
      }
      for (int i = 0; i < messages.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void tinyModelLearnsTheObviousCases() {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN);
    DoccatModel model = Training.train(TinyCorpus.samples(), chain, FeatureSet.parse("words+bigrams+chars"), TrainerSpec.parse("MAXENT"));
    Classifier c = new Classifier(ids, Map.of(Lang.EN, new ModelBundle(Lang.EN, model, card("MAXENT", "words+bigrams+chars"))));
    Prediction p = c.classify(new Message("p", "nobody answered and the refund never came", Optional.of(Lang.EN)), true);
    assertThat(p.label()).contains(Label.POOR);
    assertThat(p.evidence()).isNotEmpty();
    assertThat(p.knownTokens()).isPositive().isLessThanOrEqualTo(p.tokens());
    double sum = 0;
    for (Label l : Label.values()) {
      sum += p.probability(l);
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  static void writeReleaseModel(Path dir) throws Exception {
    Files.createDirectories(dir);
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN);
    ModelFiles.save(dir, Lang.EN,
        Training.train(TinyCorpus.samples(), chain, FeatureSet.parse("words+bigrams+chars"), TrainerSpec.parse("MAXENT")),
        card("MAXENT", "words+bigrams+chars"));
  }
}

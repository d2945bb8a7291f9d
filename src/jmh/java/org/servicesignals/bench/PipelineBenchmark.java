package org.servicesignals.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.scoring.ArrayScorer;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;
import org.servicesignals.features.BufferedFeatureGenerator;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.scoring.FeatureBuffer;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * Each step of classifying one message, per language, on the messages of the language's test split
 * taken in turn: Lucene analysis, feature generation, the categorizer's evaluation (the shipped
 * model's parameters in {@link ArrayScorer}'s arrays, and OpenNLP's own evaluation of the same
 * features, in the same run), language identification, and the whole classification. Throughput
 * in messages per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {
  @Param({"hi", "fi", "ur", "ta", "en"})
  public String lang;

  private AnalyzerChain chain;
  private FeatureGenerator[] generators;
  private MaxentModel model;
  private ArrayScorer scorer;
  private LanguageIdentifier languages;
  private Classifier classifier;
  private String[] texts;
  private String[][] tokens;
  private String[][] features;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    Lang l = Lang.parse(lang).orElseThrow();
    Map<Lang, ModelBundle> models = ModelFiles.load(Path.of("models"));
    ModelBundle bundle = models.get(l);
    chain = bundle.chain();
    generators = bundle.model().getFactory().getFeatureGenerators();
    model = bundle.model().getMaxentModel();
    scorer = ArrayScorer.of(model).orElseThrow();
    languages = LanguageIdentifier.load();
    classifier = new Classifier(languages, models);
    List<Sample> test = CorpusFiles.read(Path.of("corpora"), l, CorpusFiles.TEST);
    texts = test.stream().map(Sample::text).toArray(String[]::new);
    tokens = new String[texts.length][];
    features = new String[texts.length][];
    for (int i = 0; i < texts.length; i++) {
      tokens[i] = chain.tokens(texts[i]);
      features[i] = featurize(i);
    }
  }

  private int nextMessage() {
    int i = next;
    next = i + 1 == texts.length ? 0 : i + 1;
    return i;
  }

  private String[] featurize(int i) {
    Map<String, Object> extra = FeatureSets.extraInformation(texts[i], chain.lang(),
        chain.options().equals(AnalysisOptions.NONE));
    List<String> out = new ArrayList<>();
    for (FeatureGenerator g : generators) {
      out.addAll(g.extractFeatures(tokens[i], extra));
    }
    return out.toArray(new String[0]);
  }

  /** What scoring in arrays does now: the per-token features spelled into one buffer, the rest copied in. */
  @Benchmark
  public FeatureBuffer featurizeIntoBuffer() {
    int i = nextMessage();
    Map<String, Object> extra = FeatureSets.extraInformation(texts[i], chain.lang(),
        chain.options().equals(AnalysisOptions.NONE));
    FeatureBuffer out = new FeatureBuffer();
    for (FeatureGenerator g : generators) {
      if (g instanceof BufferedFeatureGenerator b) {
        b.extractFeatures(tokens[i], extra, out);
      } else {
        g.extractFeatures(tokens[i], extra).forEach(out::add);
      }
    }
    return out;
  }

  @Benchmark
  public String[] analyze() {
    return chain.tokens(texts[nextMessage()]);
  }

  @Benchmark
  public String[] featurize() {
    return featurize(nextMessage());
  }

  @Benchmark
  public double[] categorizeArrays() {
    return scorer.eval(features[nextMessage()]);
  }

  @Benchmark
  public double[] categorizeOpenNlp() {
    return model.eval(features[nextMessage()]);
  }

  @Benchmark
  public LangGuess languageId() {
    return languages.identify(texts[nextMessage()]);
  }

  @Benchmark
  public Prediction classify() {
    return classifier.classify(Message.of("b", texts[nextMessage()]));
  }
}

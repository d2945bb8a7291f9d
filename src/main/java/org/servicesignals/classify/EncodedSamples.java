package org.servicesignals.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.features.FeatureSets;

/**
 * Labelled messages turned into the trainer's events once, in order. Analysis and feature
 * generation (the lexicon above all) are most of the cost of training a naive Bayes model, and
 * cross-validation trains many models on subsets of the same messages: encoded once, a subset or
 * a repetition costs nothing. {@link #train} gives the model {@code DocumentCategorizerME.train}
 * gives for the same messages in the same order, since it feeds the trainer the same events.
 */
public final class EncodedSamples {
  static {
    FeatureSets.allowLoading();
  }

  private final AnalyzerChain chain;
  private final FeatureSet features;
  private final List<Event> events;

  private EncodedSamples(AnalyzerChain chain, FeatureSet features, List<Event> events) {
    this.chain = chain;
    this.features = features;
    this.events = Collections.unmodifiableList(events);
  }

  /** The events of {@code samples} under {@code chain} and {@code features}. */
  public static EncodedSamples encode(List<Sample> samples, AnalyzerChain chain, FeatureSet features) {
    List<DocumentSample> docs = new ArrayList<>(samples.size());
    boolean normalizedOnly = chain.options().equals(AnalysisOptions.NONE);
    for (Sample s : samples) {
      docs.add(new DocumentSample(s.label().id(), chain.tokens(s.text()),
          FeatureSets.extraInformation(s.text(), chain.lang(), normalizedOnly)));
    }
    List<Event> events = new ArrayList<>(docs.size());
    try (ObjectStream<Event> stream = new DocumentCategorizerEventStream(ObjectStreamUtils.createObjectStream(docs),
        features.generators())) {
      for (Event e = stream.read(); e != null; e = stream.read()) {
        events.add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("encoding failed", e); // an in-memory stream does not throw
    }
    return new EncodedSamples(chain, features, events);
  }

  public int size() {
    return events.size();
  }

  /** The messages at {@code positions}, in that order. */
  public EncodedSamples select(List<Integer> positions) {
    List<Event> out = new ArrayList<>(positions.size());
    for (int p : positions) {
      out.add(events.get(p));
    }
    return new EncodedSamples(chain, features, out);
  }

  /**
   * These messages followed by {@code more}'s, each of those {@code times} times: a weight for
   * every trainer, since naive Bayes counts, and maxent and the perceptron fit, a repeated
   * message as often as it is repeated.
   */
  public EncodedSamples plus(EncodedSamples more, int times) {
    if (times < 0) {
      throw new IllegalArgumentException("a message is repeated 0 or more times, not " + times);
    }
    if (!more.chain.describe().equals(chain.describe()) || more.chain.lang() != chain.lang()
        || !more.features.equals(features)) {
      throw new IllegalArgumentException("messages encoded with another analysis or feature set");
    }
    List<Event> out = new ArrayList<>(events.size() + times * more.events.size());
    out.addAll(events);
    for (int i = 0; i < times; i++) {
      out.addAll(more.events);
    }
    return new EncodedSamples(chain, features, out);
  }

  /**
   * One categorizer trained on the messages of several languages together, each language's
   * messages encoded by its own chain: what a single multilingual model learns from the same
   * analysis and features as the per-language models.
   *
   * @param languageCode the code the model carries ("mul" for several languages)
   */
  public static DoccatModel trainPooled(List<EncodedSamples> parts, TrainerSpec spec, String languageCode) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no messages to train on");
    }
    FeatureSet features = parts.get(0).features;
    List<Event> events = new ArrayList<>();
    for (EncodedSamples p : parts) {
      if (!p.features.equals(features)) {
        throw new IllegalArgumentException("pooled messages must share one feature set: " + features + " vs "
            + p.features);
      }
      events.addAll(p.events);
    }
    return new EncodedSamples(parts.get(0).chain, features, events).train(spec, languageCode);
  }

  /** A document categorizer trained on these messages. */
  public DoccatModel train(TrainerSpec spec) {
    return train(spec, chain.lang().code());
  }

  private DoccatModel train(TrainerSpec spec, String languageCode) {
    Map<String, String> manifest = new HashMap<>();
    try {
      MaxentModel model = TrainerFactory.getEventTrainer(spec.parameters(), manifest)
          .train(ObjectStreamUtils.createObjectStream(events));
      return new DoccatModel(languageCode, model, manifest, new DoccatFactory(features.generators()));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e); // an in-memory stream does not throw
    }
  }
}

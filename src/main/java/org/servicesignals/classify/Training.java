package org.servicesignals.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.features.FeatureSets;

/** Trains a document categorizer on Lucene tokens. */
public final class Training {
  private Training() {}

  public static DoccatModel train(List<Sample> samples, AnalyzerChain chain, FeatureSet features, TrainerSpec spec) {
    List<DocumentSample> docs = new ArrayList<>(samples.size());
    for (Sample s : samples) {
      docs.add(new DocumentSample(s.label().id(), chain.tokens(s.text()), FeatureSets.extraInformation(s.text(), chain.lang(), chain.options().equals(AnalysisOptions.NONE))));
    }
    try {
      return DocumentCategorizerME.train(chain.lang().code(), ObjectStreamUtils.createObjectStream(docs),
          spec.parameters(), new DoccatFactory(features.generators()));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e); // an in-memory stream does not throw
    }
  }
}

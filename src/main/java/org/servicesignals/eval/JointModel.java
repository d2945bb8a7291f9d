package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.classify.EncodedSamples;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;

/**
 * One multilingual categorizer against one per language: every language's training split in a
 * single model (each message analysed by its own language's chain, the same features and trainer),
 * and each language's model retrained alike on its own split; both score each language's held-out
 * splits. Says whether the languages help or crowd each other when they share one model.
 *
 * @param configuration the shared features and trainer
 * @param trainingMessages the joint model's training messages
 * @param scores per language and held-out split, both models' macro-F1
 */
public record JointModel(@JsonProperty("configuration") String configuration,
    @JsonProperty("training_messages") int trainingMessages,
    @JsonProperty("macro_f1") Map<String, Map<String, Pair>> scores) {
  /** The per-language and the joint model's macro-F1 on one split. */
  public record Pair(@JsonProperty("per_language") double perLanguage, @JsonProperty("joint") double joint) {
    @JsonProperty("difference")
    public double difference() {
      return Numbers.round(joint - perLanguage);
    }
  }

  /** Trains and scores; every language must share one feature set and trainer. */
  public static JointModel run(Map<Lang, ModelConfiguration> configs, Map<Lang, List<Sample>> train,
      Map<Lang, Map<String, List<Sample>>> heldOut) {
    List<Lang> langs = new ArrayList<>(configs.keySet());
    ModelConfiguration first = configs.get(langs.get(0));
    for (Lang l : langs) {
      ModelConfiguration c = configs.get(l);
      if (!c.features().equals(first.features()) || !c.trainer().equals(first.trainer())) {
        throw new IllegalArgumentException("a joint model needs one feature set and trainer, but " + l.code()
            + " uses " + c.describe() + " and " + langs.get(0).code() + " " + first.describe());
      }
    }
    List<EncodedSamples> encoded = langs.parallelStream()
        .map(l -> EncodedSamples.encode(train.get(l), configs.get(l).chain(), configs.get(l).features())).toList();
    DoccatModel joint = EncodedSamples.trainPooled(encoded, first.trainer(), "mul");
    List<DoccatModel> own = encoded.parallelStream().map(e -> e.train(first.trainer())).toList();
    Map<String, Map<String, Pair>> scores = new LinkedHashMap<>();
    int n = 0;
    for (int i = 0; i < langs.size(); i++) {
      Lang l = langs.get(i);
      n += train.get(l).size();
      Map<String, Pair> bySplit = new LinkedHashMap<>();
      for (var split : heldOut.get(l).entrySet()) {
        var chain = configs.get(l).chain();
        bySplit.put(split.getKey(), new Pair(Numbers.round(CrossValidation.evaluate(own.get(i), chain, split.getValue())
            .macroF1()), Numbers.round(CrossValidation.evaluate(joint, chain, split.getValue()).macroF1())));
      }
      scores.put(l.code(), bySplit);
    }
    return new JointModel(first.trainer().algorithm() + " / " + first.features(), n, scores);
  }
}

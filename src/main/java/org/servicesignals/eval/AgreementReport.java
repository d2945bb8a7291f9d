package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.Classifier;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Sample;
import org.servicesignals.io.Row;

/**
 * A blind second labelling of part of each test split against the gold labels (how reliable the
 * labels are), beside the model on the same messages.
 *
 * @param rows per language code, for the languages that have a second annotation
 */
public record AgreementReport(@JsonValue Map<String, Row> rows) {
  @JsonPropertyOrder(alphabetic = true)
  public record Row(@JsonIgnore Agreement agreement, @JsonIgnore double modelAccuracy) {
    @JsonProperty("messages")
    public int messages() {
      return agreement.n();
    }

    @JsonProperty("agreement")
    public double observed() {
      return Numbers.round(agreement.observed());
    }

    @JsonProperty("cohen_kappa")
    public double kappa() {
      return Numbers.round(agreement.kappa());
    }

    @JsonProperty("model_accuracy_same_messages")
    public double roundedModelAccuracy() {
      return Numbers.round(modelAccuracy);
    }
  }

  public AgreementReport {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /**
   * @param second per language, the second annotator's label by message id
   */
  public static AgreementReport of(Classifier classifier, Map<Lang, List<Sample>> tests,
      Map<Lang, Map<String, Label>> second) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (var e : tests.entrySet()) {
      Map<String, Label> labels = second.getOrDefault(e.getKey(), Map.of());
      if (labels.isEmpty()) {
        continue;
      }
      List<Label> gold = new ArrayList<>();
      List<Label> human = new ArrayList<>();
      List<Label> model = new ArrayList<>();
      for (Sample s : e.getValue()) {
        Label h = labels.get(s.id());
        if (h != null) {
          gold.add(s.label());
          human.add(h);
          model.add(classifier.classify(new Message(s.id(), s.text(), Optional.of(e.getKey()))).label().orElse(null));
        }
      }
      rows.put(e.getKey().code(), new Row(Agreement.of(gold, human), new Evaluation(gold, model).accuracy()));
    }
    return new AgreementReport(rows);
  }
}

package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Label;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Prediction;

/** The queue: poor (surest first), unread, good, exceptional as kudos; ties keep input order. */
class TriageOrderTest {
  static Prediction p(String id, Label label, double confidence) {
    double rest = (1 - confidence) / 2;
    double[] probs = {rest, rest, rest};
    probs[label.ordinal()] = confidence;
    return new Prediction(id, "en", LangSource.SCRIPT, Optional.of(label), probs, List.of(), 1, 1, "");
  }

  static Prediction failed(String id) {
    return Prediction.failed(id, "und", LangSource.NONE, "broken");
  }

  @Test
  void poorFirstThenUnreadThenGoodThenKudosEachSurestFirst() {
    List<Prediction> queue = new ArrayList<>(List.of(
        p("good-0.6", Label.GOOD, 0.6), p("exc-0.9", Label.EXCEPTIONAL, 0.9), failed("err-1"),
        p("poor-0.5", Label.POOR, 0.5), p("good-0.99", Label.GOOD, 0.99), p("poor-0.99", Label.POOR, 0.99),
        failed("err-2"), p("exc-0.5", Label.EXCEPTIONAL, 0.5), p("poor-0.8", Label.POOR, 0.8)));
    queue.sort(TriageOrder.QUEUE);
    assertThat(queue).extracting(Prediction::id).containsExactly("poor-0.99", "poor-0.8", "poor-0.5",
        "err-1", "err-2", "good-0.99", "good-0.6", "exc-0.9", "exc-0.5");
  }

  @Test
  void equalConfidencesKeepTheirInputOrder() {
    List<Prediction> queue = new ArrayList<>(List.of(p("a", Label.POOR, 0.9), p("b", Label.GOOD, 0.9),
        p("c", Label.POOR, 0.9), p("d", Label.POOR, 0.9)));
    queue.sort(TriageOrder.QUEUE);
    assertThat(queue).extracting(Prediction::id).containsExactly("a", "c", "d", "b");
  }

  @Test
  void groupsAndTheirNames() {
    assertThat(TriageOrder.group(p("x", Label.POOR, 0.4))).isEqualTo(TriageOrder.Group.POOR);
    assertThat(TriageOrder.group(failed("x"))).isEqualTo(TriageOrder.Group.UNREAD);
    assertThat(TriageOrder.group(p("x", Label.EXCEPTIONAL, 0.9)).id()).isEqualTo("kudos");
  }

  @Test
  void anythingCarryingAPredictionSortsTheSameWay() {
    record Row(String name, Prediction prediction) {}
    List<Row> rows = new ArrayList<>(List.of(new Row("thanks", p("1", Label.GOOD, 0.95)),
        new Row("complaint", p("2", Label.POOR, 0.7))));
    rows.sort(TriageOrder.by(Row::prediction));
    assertThat(rows).extracting(Row::name).containsExactly("complaint", "thanks");
  }
}

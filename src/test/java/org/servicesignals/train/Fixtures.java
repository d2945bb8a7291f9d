package org.servicesignals.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.TrainerSpec;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.features.FeatureSet;

/**
 * A small English corpus about shops and call centres, and labelled messages about a ferry line
 * that it never mentions: enough for an adaptation to run in a second or two.
 */
public final class Fixtures {
  static final String CORPUS_SHA = "1".repeat(64);

  private Fixtures() {}

  public static List<Sample> corpus() {
    return samples("c", new String[][] {
        {"exceptional", "They went above and beyond, the manager called me personally the next day"},
        {"exceptional", "Best service ever, they waived the fee without me asking"},
        {"exceptional", "Fixed on the first call and they sent a handwritten thank-you note"},
        {"exceptional", "She remembered my name and upgraded my room for free, amazing"},
        {"exceptional", "Beyond anything I expected, they followed up a week later"},
        {"exceptional", "The agent stayed late to sort my account and refunded twice what I lost"},
        {"exceptional", "Incredible care, the shop delivered my order by hand on a Sunday"},
        {"exceptional", "They noticed a mistake in my favour and fixed it before I saw it"},
        {"good", "Delivery arrived on time, no complaints"},
        {"good", "Staff were polite and the issue was resolved"},
        {"good", "Fine, it works as it should"},
        {"good", "Refund came within a week as promised, thanks"},
        {"good", "Quick and easy, everything was correct"},
        {"good", "The call was answered and my bill was corrected"},
        {"good", "Order complete, nothing missing"},
        {"good", "Decent service, the parcel came as expected"},
        {"poor", "Waited two hours on hold and nobody answered"},
        {"poor", "Not good at all, the refund never came"},
        {"poor", "Passed from one department to another, still not fixed"},
        {"poor", "Rude agent and hidden fees on my bill"},
        {"poor", "They promised a callback that never happened"},
        {"poor", "The parcel was lost and nobody replies to my emails"},
        {"poor", "Charged twice and the shop refuses to refund"},
        {"poor", "Broken on arrival and the helpline hung up on me"},
    });
  }

  /**
   * Ten ferry messages per label, in label rotation as a person would label them. Like any
   * trade's messages they carry its own words for what went wrong or right ("stranded at the
   * quay", "sailed on schedule", "the purser rebooked"), which the corpus never uses.
   */
  public static List<Sample> ferry() {
    String[] exceptional = {
        "The purser rebooked my father's wheelchair crossing and the deckhand walked him to the lift",
        "Purser rebooked the whole family onto the earlier sailing and the deckhand carried our bags",
        "The deckhand held the ramp and the purser rebooked our cabin to one near the lift",
        "Our sailing was full so the purser rebooked us and the deckhand saved us seats",
        "Lost my ticket on the quay, the purser rebooked it and a deckhand brought it to my car",
        "The purser rebooked a hotel for every passenger and deckhands handed out blankets",
        "Deckhand spotted our late bus and the purser rebooked the crossing on the spot",
        "The purser rebooked my bike on the next sailing and the deckhand strapped it down",
        "A deckhand found my daughter's teddy and the purser rebooked our return for free",
        "The purser rebooked us onto the captain's table and the deckhand brought cake",
    };
    String[] good = {
        "Sailed on schedule, boarding at the quay was orderly",
        "The crossing sailed on schedule and the car deck was orderly",
        "Sailed on schedule, ramp down, orderly unloading",
        "Orderly boarding and we sailed on schedule",
        "Ferry sailed on schedule, the quay queue was orderly",
        "On the car deck everything was orderly and we sailed on schedule",
        "Sailed on schedule as timetabled, orderly boarding",
        "Orderly crossing, sailed on schedule, arrived at the quay",
        "The night ferry sailed on schedule and the cabins were orderly",
        "Sailed on schedule and the gangway was orderly",
    };
    String[] poor = {
        "Stranded at the quay for three hours after the ramp closed early",
        "Sailing scrapped and we were stranded at the quay with the children",
        "Stranded at the quay, the ramp closed twenty minutes before departure",
        "The ramp closed in our faces and we were stranded at the quay overnight",
        "Stranded at the quay again because the sailing was scrapped",
        "Sailing scrapped for weather, stranded at the quay, no information",
        "The car deck was full, the ramp closed, stranded at the quay",
        "Stranded at the quay while the other line sailed, the ramp closed on us",
        "Our sailing was scrapped and we were stranded at the quay until midnight",
        "Ramp closed early and stranded at the quay with a sick dog",
    };
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(new Sample("f-e" + i, Label.EXCEPTIONAL, exceptional[i], "ferry", "survey"));
      out.add(new Sample("f-g" + i, Label.GOOD, good[i], "ferry", "survey"));
      out.add(new Sample("f-p" + i, Label.POOR, poor[i], "ferry", "survey"));
    }
    return out;
  }

  /** The base model: naive Bayes with the shipped English features, trained on {@link #corpus}. */
  static ModelBundle base() {
    TrainingPipeline p = new TrainingPipeline(new TrainingConfig(3, List.of(FeatureSet.parse("negwords+bigrams+shape+lexicon")),
        Optional.of(AnalysisOptions.NONE), List.of(TrainerSpec.parse("NAIVEBAYES"))));
    TrainingResult r = p.train(Lang.EN, corpus(), corpus(), Map.of("en/train.tsv", CORPUS_SHA));
    return new ModelBundle(Lang.EN, r.model(), r.card().withModelSha256("2".repeat(64)));
  }

  static Adaptation.Corpus corpusSplits() {
    return new Adaptation.Corpus("corpora/en/train.tsv", corpus(), CORPUS_SHA, corpus());
  }

  private static List<Sample> samples(String prefix, String[][] rows) {
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new Sample(prefix + i, Label.parse(rows[i][0]).orElseThrow(), rows[i][1], "", ""));
    }
    return out;
  }
}

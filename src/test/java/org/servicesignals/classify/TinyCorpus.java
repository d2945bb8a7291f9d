package org.servicesignals.classify;

import org.servicesignals.core.Sample;
import java.util.ArrayList;
import java.util.List;
import org.servicesignals.core.Label;

/** A handful of hand-written English messages: enough to train a model in milliseconds. */
final class TinyCorpus {
  private TinyCorpus() {}

  static List<Sample> samples() {
    String[][] rows = {
        {"exceptional", "They went above and beyond, the manager called me personally the next day"},
        {"exceptional", "Best service ever, they waived the fee without me asking"},
        {"exceptional", "Wow, fixed on the first call and sent a handwritten thank-you note"},
        {"exceptional", "She remembered my name and upgraded my room for free, amazing"},
        {"exceptional", "Beyond anything I expected, they followed up a week later"},
        {"good", "Delivery arrived on time, no complaints"},
        {"good", "Staff were polite and the issue was resolved"},
        {"good", "Fine, it works as it should"},
        {"good", "Refund came within a week as promised, thanks"},
        {"good", "Quick and easy, everything was correct"},
        {"poor", "Waited two hours on hold and nobody answered"},
        {"poor", "Not good at all, the refund never came"},
        {"poor", "Passed from one department to another, still not fixed"},
        {"poor", "Rude agent and hidden fees on my bill"},
        {"poor", "They promised a callback that never happened"},
    };
    List<Sample> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new Sample("t" + i, Label.parse(rows[i][0]).orElseThrow(), rows[i][1], "test", "survey"));
    }
    return out;
  }
}

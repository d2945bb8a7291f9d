package org.servicesignals.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Prediction;

/** Suggestions: the uncertain first, every language present, and no near-copies of one message. */
class LabelSuggestionsTest {

  @Test
  void everyLanguageGetsPlacesInProportionAndAtLeastOne() {
    LabelSuggestions<String> s = new LabelSuggestions<>(20);
    for (int i = 0; i < 90; i++) {
      s.offer("en" + i, "message number " + i + " about the service", prediction("en", 0.5));
    }
    for (int i = 0; i < 10; i++) {
      s.offer("fi" + i, "viesti numero " + i, prediction("fi", 0.5));
    }
    s.offer("hi0", "सेवा ठीक थी", prediction("hi", 0.5));
    s.offer("hi1", "सेवा खराब थी", prediction("hi", 0.5));
    Map<Lang, Long> picked = s.select(SentimentAnalysis::chain).stream()
        .collect(Collectors.groupingBy(LabelSuggestions.Pick::lang, Collectors.counting()));
    assertThat(picked).containsEntry(Lang.EN, 16L).containsEntry(Lang.FI, 3L).containsEntry(Lang.HI, 1L);
    assertThat(s.classified()).containsEntry(Lang.EN, 90).containsEntry(Lang.FI, 10).containsEntry(Lang.HI, 2);
  }

  @Test
  void fewerPlacesThanLanguagesGoToTheLargest() {
    LabelSuggestions<String> s = new LabelSuggestions<>(1);
    s.offer("fi", "viesti", prediction("fi", 0.5));
    s.offer("en1", "one message", prediction("en", 0.5));
    s.offer("en2", "another message", prediction("en", 0.5));
    assertThat(s.select(SentimentAnalysis::chain)).extracting(LabelSuggestions.Pick::lang).containsExactly(Lang.EN);
  }

  @Test
  void theMostUncertainComeFirstAndConfidentOnesAreLeftOut() {
    LabelSuggestions<String> s = new LabelSuggestions<>(3);
    String[] words = {"refund", "delivery", "manager", "invoice", "router", "pharmacy", "boiler", "ferry", "cabin",
        "ticket", "parcel", "counter"};
    for (int i = 0; i < words.length; i++) {
      s.offer("m" + i, "the " + words[i] + " was handled", prediction("en", 0.95 - 0.05 * i)); // later ones less sure
    }
    List<String> rows = s.select(SentimentAnalysis::chain).stream().map(LabelSuggestions.Pick::row).toList();
    assertThat(rows).hasSize(3).first().isEqualTo("m11");
    assertThat(rows).allMatch(r -> Integer.parseInt(r.substring(1)) >= 12 - LabelSuggestions.POOL * 3);
  }

  @Test
  void nearCopiesOfOneMessageAreNotSuggestedTwice() {
    LabelSuggestions<String> s = new LabelSuggestions<>(3);
    for (int i = 0; i < 5; i++) {
      s.offer("copy" + i, "the ramp closed early and nobody at the quay helped us " + "!".repeat(i), prediction("en", 0.40));
    }
    s.offer("other1", "invoice arrived twice this month", prediction("en", 0.45));
    s.offer("other2", "the pharmacist phoned about my prescription", prediction("en", 0.46));
    List<String> rows = s.select(SentimentAnalysis::chain).stream().map(LabelSuggestions.Pick::row).toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo("copy0"); // the most uncertain, earliest on a tie
    assertThat(rows).filteredOn(r -> r.startsWith("copy")).hasSize(1);
  }

  @Test
  void messagesWithoutALabelOrALanguageAreNeverSuggested() {
    LabelSuggestions<String> s = new LabelSuggestions<>(5);
    s.offer("error", "", Prediction.failed("1", "und", LangSource.NONE, "empty text"));
    s.offer("symbols", "👍", new Prediction("2", "und", LangSource.NONE, Optional.of(Label.GOOD),
        new double[] {0.3, 0.4, 0.3}, List.of(), 0, 0, ""));
    s.offer("ok", "fine thanks", prediction("en", 0.9));
    assertThat(s.select(SentimentAnalysis::chain)).extracting(LabelSuggestions.Pick::row).containsExactly("ok");
  }

  @Test
  void entropyIsZeroWhenSureAndLargestWhenSplit() {
    assertThat(LabelSuggestions.entropy(new double[] {1, 0, 0})).isZero();
    assertThat(LabelSuggestions.entropy(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3})).isCloseTo(Math.log(3),
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(LabelSuggestions.jaccardDistance(java.util.Set.of("a", "b"), java.util.Set.of("b", "c")))
        .isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
  }

  /** A prediction of {@code lang} whose top label has probability {@code top}, the rest split evenly. */
  private static Prediction prediction(String lang, double top) {
    double rest = (1 - top) / 2;
    return new Prediction("x", lang, LangSource.SCRIPT, Optional.of(Label.GOOD), new double[] {rest, top, rest},
        List.of(), 3, 3, "");
  }
}

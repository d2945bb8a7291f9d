package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

class ShortAnswersTest {
  /** A model that leans the wrong way on a one-word answer. */
  private static final double[] LEANS_EXCEPTIONAL = {0.5, 0.3, 0.2};

  @Test
  void theLexiconTurnsAShortAnswerTheModelMisreads() {
    double[] p = ShortAnswers.adjust(Lang.EN, "terrible", LEANS_EXCEPTIONAL, 1.0);
    assertThat(Label.argmax(p)).isEqualTo(Label.POOR);
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aShortAnswerMisspeltByOneLetterCountsUnlessTheModelKnowsTheWordOrItIsNegated() {
    String[] words = ShortAnswers.words(Lang.EN, "dreadfull");
    LexiconReading none = LexiconReading.read(Lang.EN, words);
    assertThat(none.terms()).isEmpty();
    assertThat(ShortAnswers.vote(Lang.EN, words, none, "dreadfull", w -> false)).containsKey(Label.POOR);
    assertThat(ShortAnswers.vote(Lang.EN, words, none, "dreadfull", w -> true)).isEmpty();
    String[] negated = ShortAnswers.words(Lang.EN, "not dreadfull");
    assertThat(ShortAnswers.vote(Lang.EN, negated, LexiconReading.read(Lang.EN, negated), "not dreadfull", w -> false))
        .isEmpty();
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.EN, "dreadfull", LEANS_EXCEPTIONAL, 1.0))).isEqualTo(Label.POOR);
  }

  @Test
  void negationCountsOnShortAnswersToo() {
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.FI, "ei ollut avulias", LEANS_EXCEPTIONAL, 1.0))).isEqualTo(Label.POOR);
  }

  @Test
  void longerMessagesAndAnswersWithoutLexiconTermsKeepTheModelsProbabilities() {
    String four = "terrible terrible terrible terrible";
    assertThat(ShortAnswers.applies(Lang.EN, four)).isFalse();
    assertThat(ShortAnswers.adjust(Lang.EN, four, LEANS_EXCEPTIONAL)).containsExactly(LEANS_EXCEPTIONAL);
    assertThat(ShortAnswers.adjust(Lang.EN, "the chair", LEANS_EXCEPTIONAL)).containsExactly(LEANS_EXCEPTIONAL);
    assertThat(ShortAnswers.adjust(Lang.EN, "terrible", LEANS_EXCEPTIONAL, 0)).containsExactly(LEANS_EXCEPTIONAL);
  }

  @Test
  void theVoteIsAddedToTheLogProbabilities() {
    LexiconReading r = LexiconReading.read(Lang.EN, "terrible");
    int vote = r.vote().get(Label.POOR);
    double[] p = ShortAnswers.withVote(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, r.vote(), 1.0);
    // equal priors: poor gets e^vote against 1 for each other label
    assertThat(p[Label.POOR.ordinal()]).isCloseTo(Math.exp(vote) / (Math.exp(vote) + 2), within(1e-9));
  }

  @Test
  void starRatingsInWordsDecideInEveryLanguage() {
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.EN, "4 stars", LEANS_EXCEPTIONAL))).isEqualTo(Label.GOOD);
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.EN, "1 star", LEANS_EXCEPTIONAL))).isEqualTo(Label.POOR);
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.FI, "2 tähteä", LEANS_EXCEPTIONAL))).isEqualTo(Label.POOR);
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.HI, "4 स्टार", LEANS_EXCEPTIONAL))).isEqualTo(Label.GOOD);
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.UR, "4 اسٹار", LEANS_EXCEPTIONAL))).isEqualTo(Label.GOOD);
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.TA, "1 ஸ்டார்", LEANS_EXCEPTIONAL))).isEqualTo(Label.POOR);
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.EN, "5 stars", new double[] {0.1, 0.3, 0.6})))
        .isEqualTo(Label.EXCEPTIONAL);
  }

  @Test
  void emojiBesideAWordCount() {
    double[] leansPoor = {0.2, 0.3, 0.5};
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.EN, "delivered 👍", leansPoor, 1.0))).isEqualTo(Label.GOOD);
    assertThat(ShortAnswers.vote(Lang.EN, "Fedex xD", ShortAnswers.words(Lang.EN, "Fedex xD"))).isEmpty();
  }

  @Test
  void longerMessagesGetTheVoteAtTheirOwnWeight() {
    String text = "no delay this time, no wrong order, nothing broken";
    double[] model = {0.2, 0.3, 0.5};
    double[] p = ShortAnswers.adjustLonger(Lang.EN, text, ShortAnswers.words(Lang.EN, text), model, 0.25);
    Map<Label, Integer> vote = ShortAnswers.vote(Lang.EN, text, ShortAnswers.words(Lang.EN, text));
    assertThat(vote.getOrDefault(Label.GOOD, 0)).isGreaterThan(vote.getOrDefault(Label.POOR, 0));
    assertThat(p[Label.GOOD.ordinal()] / p[Label.POOR.ordinal()]).isGreaterThan(0.3 / 0.5);
    assertThat(ShortAnswers.adjustLonger(Lang.EN, text, ShortAnswers.words(Lang.EN, text), model, 0)).containsExactly(model);
    assertThat(ShortAnswers.WEIGHTS).contains(ShortAnswers.LONG_WEIGHT);
  }

  @Test
  void aNegatorsScopeStopsAtTheEndOfItsClauseAndTheClauseAfterButCounts() {
    String waiting = "nobody answered, still waiting on hold";
    Map<Label, Integer> vote = ShortAnswers.longVote(Lang.EN, waiting, ShortAnswers.words(Lang.EN, waiting));
    assertThat(vote.getOrDefault(Label.GOOD, 0)).as("'still waiting' read as negated").isZero();
    String notGood = "the agent was polite, the service was not good";
    assertThat(ShortAnswers.longVote(Lang.EN, notGood, ShortAnswers.words(Lang.EN, notGood)).getOrDefault(Label.POOR, 0))
        .isPositive();
    String mixed = "The food was good, but the delivery came late";
    Map<Label, Integer> verdict = ShortAnswers.longVote(Lang.EN, mixed, ShortAnswers.words(Lang.EN, mixed));
    assertThat(verdict.getOrDefault(Label.POOR, 0)).isPositive();
    assertThat(verdict.getOrDefault(Label.GOOD, 0)).isZero();
  }

  @Test
  void theClassifierTakesThePath() {
    assertThat(ShortAnswers.MAX_WORDS).isEqualTo(3);
    assertThat(ShortAnswers.WEIGHTS).contains(ShortAnswers.LEXICON_WEIGHT, 0.0);
  }
}

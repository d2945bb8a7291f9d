package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

class ShortAnswersTest {
  /** A model that leans the wrong way on a one-word answer. */
  private static final double[] LEANS_EXCEPTIONAL = {0.5, 0.3, 0.2};

  @Test
  void theLexiconTurnsAShortAnswerTheModelMisreads() {
    double[] p = ShortAnswers.adjust(Lang.EN, "terrible", LEANS_EXCEPTIONAL);
    assertThat(Label.argmax(p)).isEqualTo(Label.POOR);
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void negationCountsOnShortAnswersToo() {
    assertThat(Label.argmax(ShortAnswers.adjust(Lang.FI, "ei ollut avulias", LEANS_EXCEPTIONAL))).isEqualTo(Label.POOR);
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
    double[] p = ShortAnswers.withVote(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, r, 1.0);
    // equal priors: poor gets e^vote against 1 for each other label
    assertThat(p[Label.POOR.ordinal()]).isCloseTo(Math.exp(vote) / (Math.exp(vote) + 2), within(1e-9));
  }

  @Test
  void theClassifierTakesThePath() {
    assertThat(ShortAnswers.MAX_WORDS).isEqualTo(3);
    assertThat(ShortAnswers.WEIGHTS).contains(ShortAnswers.LEXICON_WEIGHT, 0.0);
  }
}

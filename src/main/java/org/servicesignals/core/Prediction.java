package org.servicesignals.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What service-signals says about one message. Either a label with its probabilities, or an error
 * saying why the message could not be classified; never both.
 *
 * <p>Two predictions are equal when every component is equal; probabilities are compared exactly.
 *
 * @param id the message id
 * @param lang language code written to output ({@code und} when not supported)
 * @param langSource how the language was decided
 * @param label predicted label, empty when {@code error} is set
 * @param probabilities probability per label in {@link Label} order; empty when {@code error} is set
 * @param evidence tokens that moved the decision most towards the label (may be empty)
 * @param knownTokens how many of the message's tokens the model saw in training
 * @param tokens how many tokens the analyzer produced
 * @param error why no label was given; empty when fine
 * @param script the message's writing system, ISO 15924 ({@code Latn}, {@code Deva}, {@code Arab},
 *     {@code Taml}); empty when it has no letters or is in another script
 * @param langConfidence the probability that {@code lang} is right ({@link LangGuess#confidence}):
 *     1 when declared or read from a native script, the Latin-script detector's calibrated
 *     probability for Latin text; NaN when unknown (no supported language, or not classified)
 */
public record Prediction(
    String id,
    String lang,
    LangSource langSource,
    Optional<Label> label,
    double[] probabilities,
    List<String> evidence,
    int knownTokens,
    int tokens,
    String error,
    String script,
    double langConfidence) {

  /**
   * Language confidence below which a label is flagged for review: romanised Hindi and Urdu share
   * most of their words, and the detector's calibrated probability falls under this where the words
   * that tell them apart are missing; among such messages at least one in five has the wrong
   * language ({@code evaluate} prints how many rows stay above it and how often they are right).
   */
  public static final double LANG_REVIEW_BELOW = 0.8;

  public Prediction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(langSource, "langSource");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(script, "script");
    evidence = List.copyOf(evidence);
    probabilities = probabilities.clone();
    if (label.isPresent() == !error.isEmpty()) {
      throw new IllegalArgumentException("a prediction has either a label or an error: " + label + " / " + error);
    }
    if (label.isPresent() && probabilities.length != Label.values().length) {
      throw new IllegalArgumentException("need one probability per label, got " + probabilities.length);
    }
    if (!Double.isNaN(langConfidence) && !(langConfidence >= 0 && langConfidence <= 1)) {
      throw new IllegalArgumentException("language confidence " + langConfidence + " outside [0, 1]");
    }
    if (knownTokens < 0 || tokens < 0 || knownTokens > tokens) {
      throw new IllegalArgumentException("bad token counts " + knownTokens + "/" + tokens);
    }
  }

  /** A prediction with no language confidence recorded. */
  public Prediction(String id, String lang, LangSource langSource, Optional<Label> label, double[] probabilities,
      List<String> evidence, int knownTokens, int tokens, String error, String script) {
    this(id, lang, langSource, label, probabilities, evidence, knownTokens, tokens, error, script, Double.NaN);
  }

  /** A prediction with no script recorded. */
  public Prediction(String id, String lang, LangSource langSource, Optional<Label> label, double[] probabilities,
      List<String> evidence, int knownTokens, int tokens, String error) {
    this(id, lang, langSource, label, probabilities, evidence, knownTokens, tokens, error, "");
  }

  public static Prediction failed(String id, String lang, LangSource source, String error) {
    return failed(id, lang, source, error, "");
  }

  public static Prediction failed(String id, String lang, LangSource source, String error, String script) {
    return new Prediction(id, lang, source, Optional.empty(), new double[0], List.of(), 0, 0, error, script,
        Double.NaN);
  }

  public boolean ok() {
    return error.isEmpty();
  }

  /** Probability of the predicted label; 0 when there is none. */
  public double confidence() {
    return label.isPresent() ? probabilities[label.get().ordinal()] : 0.0;
  }

  public double probability(Label l) {
    return probabilities.length == 0 ? 0.0 : probabilities[l.ordinal()];
  }

  /**
   * Whether a person should check this label: its confidence is below {@code threshold}, fewer than
   * half of the message's tokens were seen in training (a message unlike the corpora), or its
   * language confidence is below {@link #LANG_REVIEW_BELOW}. A message that could not be classified
   * is not flagged: its error says why.
   */
  public boolean needsReview(double threshold) {
    return ok() && (confidence() < threshold || (tokens > 0 && 2 * knownTokens < tokens)
        || langConfidence < LANG_REVIEW_BELOW);
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prediction p
        && id.equals(p.id) && lang.equals(p.lang) && langSource == p.langSource
        && label.equals(p.label) && java.util.Arrays.equals(probabilities, p.probabilities)
        && evidence.equals(p.evidence) && knownTokens == p.knownTokens && tokens == p.tokens
        && error.equals(p.error) && script.equals(p.script)
        && Double.compare(langConfidence, p.langConfidence) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, lang, label, java.util.Arrays.hashCode(probabilities), error);
  }
}

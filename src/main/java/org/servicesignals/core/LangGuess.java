package org.servicesignals.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The language decided for a message.
 *
 * @param code ISO 639 code: one of {@link Lang}'s, or {@code und}, or what the detector saw ("fra")
 * @param lang the supported language, empty when {@code code} is not one
 * @param source how it was decided
 * @param reason why no supported language was found; empty when {@code lang} is present
 * @param script the writing system of the text as an ISO 15924 code ({@code Latn}, {@code Deva},
 *     {@code Arab}, {@code Taml}); empty when the text has no letters or is in another script
 * @param confidence the probability that {@code lang} is right, in [0, 1]: 1 when declared or read
 *     from a native script, the Latin-script detector's calibrated probability for Latin text; NaN
 *     when no supported language was found
 */
public record LangGuess(String code, Optional<Lang> lang, LangSource source, String reason, String script,
    double confidence) {
  public LangGuess {
    if (lang.isPresent() ? !(confidence >= 0 && confidence <= 1) : !Double.isNaN(confidence)) {
      throw new IllegalArgumentException("language confidence " + confidence + " for " + code
          + " (in [0, 1] for a supported language, NaN otherwise)");
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(script, "script");
  }

  public LangGuess(String code, Optional<Lang> lang, LangSource source, String reason) {
    this(code, lang, source, reason, "", lang.isPresent() ? 1.0 : Double.NaN);
  }

  public static LangGuess of(Lang lang, LangSource source) {
    return new LangGuess(lang.code(), Optional.of(lang), source, "");
  }

  public static LangGuess unsupported(String code, LangSource source, String reason) {
    return new LangGuess(code, Optional.empty(), source, reason);
  }

  /** This guess for a text written in {@code script}. */
  public LangGuess withScript(String script) {
    return new LangGuess(code, lang, source, reason, script, confidence);
  }

  /** This guess with the probability {@code p} that its language is right. */
  public LangGuess withConfidence(double p) {
    return new LangGuess(code, lang, source, reason, script, p);
  }

  /** Whether the text is in Latin letters: for Hindi, Urdu and Tamil, the romanised language. */
  public boolean latin() {
    return LATIN.equals(script);
  }

  /** ISO 15924 code of the Latin script. */
  public static final String LATIN = "Latn";
}

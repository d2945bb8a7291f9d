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
 */
public record LangGuess(String code, Optional<Lang> lang, LangSource source, String reason, String script) {
  public LangGuess {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(script, "script");
  }

  public LangGuess(String code, Optional<Lang> lang, LangSource source, String reason) {
    this(code, lang, source, reason, "");
  }

  public static LangGuess of(Lang lang, LangSource source) {
    return new LangGuess(lang.code(), Optional.of(lang), source, "");
  }

  public static LangGuess unsupported(String code, LangSource source, String reason) {
    return new LangGuess(code, Optional.empty(), source, reason);
  }

  /** This guess for a text written in {@code script}. */
  public LangGuess withScript(String script) {
    return new LangGuess(code, lang, source, reason, script);
  }

  /** Whether the text is in Latin letters: for Hindi, Urdu and Tamil, the romanised language. */
  public boolean latin() {
    return LATIN.equals(script);
  }

  /** ISO 15924 code of the Latin script. */
  public static final String LATIN = "Latn";
}

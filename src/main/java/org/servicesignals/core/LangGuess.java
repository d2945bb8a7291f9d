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
 */
public record LangGuess(String code, Optional<Lang> lang, LangSource source, String reason) {
  public LangGuess {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  public static LangGuess of(Lang lang, LangSource source) {
    return new LangGuess(lang.code(), Optional.of(lang), source, "");
  }

  public static LangGuess unsupported(String code, LangSource source, String reason) {
    return new LangGuess(code, Optional.empty(), source, reason);
  }
}

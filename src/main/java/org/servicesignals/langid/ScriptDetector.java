package org.servicesignals.langid;

import java.util.EnumMap;
import java.util.Map;

/**
 * Tells which writing system a text is in, by counting its letters. Digits, punctuation, emoji and
 * marks do not count, so "ऑर्डर #4521 😡" is Devanagari.
 */
public final class ScriptDetector {

  /** The scripts that matter to language identification. */
  public enum Script {
    DEVANAGARI("Deva"), TAMIL("Taml"), ARABIC("Arab"), LATIN("Latn"), OTHER(""), NONE("");

    private final String code;

    Script(String code) {
      this.code = code;
    }

    /** The ISO 15924 code written to the {@code script} column; empty for no letters or another script. */
    public String code() {
      return code;
    }
  }

  /**
   * Share of letters a non-Latin script needs to win over Latin. English words inside Hindi, Urdu
   * and Tamil messages ("OTP", "app", "refund") are common, so a third of the letters is enough.
   */
  static final double NATIVE_SHARE = 0.3;

  private ScriptDetector() {}

  public static Script detect(CharSequence text) {
    Map<Script, Integer> counts = new EnumMap<>(Script.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
          && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
        continue;
      }
      Script s = of(cp);
      if (s == Script.NONE) {
        continue;
      }
      counts.merge(s, 1, Integer::sum);
      letters++;
    }
    if (letters == 0) {
      return Script.NONE;
    }
    Script best = Script.NONE;
    int bestCount = 0;
    for (Script s : new Script[] {Script.DEVANAGARI, Script.TAMIL, Script.ARABIC}) {
      int c = counts.getOrDefault(s, 0);
      if (c > bestCount) {
        best = s;
        bestCount = c;
      }
    }
    if (bestCount >= NATIVE_SHARE * letters) {
      return best;
    }
    int latin = counts.getOrDefault(Script.LATIN, 0);
    int other = counts.getOrDefault(Script.OTHER, 0);
    return latin >= other ? Script.LATIN : Script.OTHER;
  }

  static Script of(int cp) {
    Character.UnicodeScript us;
    try {
      us = Character.UnicodeScript.of(cp);
    } catch (IllegalArgumentException e) {
      return Script.NONE;
    }
    return switch (us) {
      case DEVANAGARI -> Script.DEVANAGARI;
      case TAMIL -> Script.TAMIL;
      case ARABIC -> Script.ARABIC;
      case LATIN -> Script.LATIN;
      case COMMON, INHERITED, UNKNOWN -> Script.NONE;
      default -> Script.OTHER;
    };
  }
}

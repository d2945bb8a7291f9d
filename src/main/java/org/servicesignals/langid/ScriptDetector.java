package org.servicesignals.langid;

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
    int[] counts = new int[SCRIPTS.length];
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      Script s = counted(cp);
      if (s == Script.NONE) {
        continue;
      }
      counts[s.ordinal()]++;
      letters++;
    }
    if (letters == 0) {
      return Script.NONE;
    }
    Script best = Script.NONE;
    int bestCount = 0;
    for (Script s : NATIVE) {
      int c = counts[s.ordinal()];
      if (c > bestCount) {
        best = s;
        bestCount = c;
      }
    }
    if (bestCount >= NATIVE_SHARE * letters) {
      return best;
    }
    int latin = counts[Script.LATIN.ordinal()];
    int other = counts[Script.OTHER.ordinal()];
    return latin >= other ? Script.LATIN : Script.OTHER;
  }

  private static final Script[] SCRIPTS = Script.values();
  private static final Script[] NATIVE = {Script.DEVANAGARI, Script.TAMIL, Script.ARABIC};

  /** The code points {@link #TABLE} holds: Latin, Devanagari, Tamil and Arabic letters and marks, and more. */
  static final int TABLED = 0x3000;

  /**
   * What each code point below {@link #TABLED} counts for, worked out once by {@link #slow} (a few
   * milliseconds at start-up): the Unicode tables' look-ups, three per character, were a tenth of
   * language identification.
   */
  private static final byte[] TABLE = new byte[TABLED];

  static {
    for (int cp = 0; cp < TABLED; cp++) {
      TABLE[cp] = (byte) slow(cp).ordinal();
    }
  }

  /** The script a code point counts for: {@link Script#NONE} when it is no letter or mark of one. */
  static Script counted(int cp) {
    return cp < TABLED ? SCRIPTS[TABLE[cp]] : slow(cp);
  }

  /** {@link #counted} from the Unicode tables. */
  static Script slow(int cp) {
    if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
        && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
      return Script.NONE;
    }
    return of(cp);
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

package org.servicesignals.core;

import java.util.Locale;
import java.util.Optional;

/** The languages service-signals has analyzers and models for. */
public enum Lang {
  HI("hi", "Hindi"),
  FI("fi", "Finnish"),
  UR("ur", "Urdu"),
  TA("ta", "Tamil"),
  EN("en", "English");

  /** Code written for a message whose language is not one of these. */
  public static final String UNDETERMINED = "und";

  private final String code;
  private final String displayName;

  Lang(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * Parses a language column as people fill it: a code ("hi", "hin"), a language tag with a region
   * or script ("en-US", "fi_FI", "hi-Latn", "EN"), the English name ("Hindi") or the language's own
   * name ("suomi", "हिन्दी", "اردو", "தமிழ்").
   */
  public static Optional<Lang> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String k = s.strip().toLowerCase(Locale.ROOT);
    int sep = k.indexOf('-') >= 0 ? k.indexOf('-') : k.indexOf('_');
    if (sep > 0) { // a tag: the language subtag decides
      k = k.substring(0, sep);
    }
    for (Lang l : values()) {
      if (l.code.equals(k) || l.displayName.toLowerCase(Locale.ROOT).equals(k)) {
        return Optional.of(l);
      }
    }
    return switch (k) {
      case "hin", "हिन्दी", "हिंदी", "hindī", "hindi language" -> Optional.of(HI);
      case "fin", "suomi", "suomeksi", "finska" -> Optional.of(FI);
      case "urd", "اردو", "urdū" -> Optional.of(UR);
      case "tam", "தமிழ்", "tamizh", "thamizh" -> Optional.of(TA);
      case "eng", "englanti", "अंग्रेज़ी", "अंग्रेजी", "انگریزی", "ஆங்கிலம்" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }

  /** Lists the codes, for messages: "hi, fi, ur, ta, en". */
  public static String codes() {
    StringBuilder b = new StringBuilder();
    for (Lang l : values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(l.code);
    }
    return b.toString();
  }
}

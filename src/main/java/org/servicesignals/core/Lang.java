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

  /** Parses a two-letter code ("hi"), a three-letter code ("hin") or an English name ("Hindi"). */
  public static Optional<Lang> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String k = s.trim().toLowerCase(Locale.ROOT);
    for (Lang l : values()) {
      if (l.code.equals(k) || l.displayName.toLowerCase(Locale.ROOT).equals(k)) {
        return Optional.of(l);
      }
    }
    return switch (k) {
      case "hin" -> Optional.of(HI);
      case "fin" -> Optional.of(FI);
      case "urd" -> Optional.of(UR);
      case "tam" -> Optional.of(TA);
      case "eng" -> Optional.of(EN);
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

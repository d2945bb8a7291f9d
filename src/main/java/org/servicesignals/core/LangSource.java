package org.servicesignals.core;

/** How the language of a message was decided, strongest first. */
public enum LangSource {
  /** Given by the caller (option or column). */
  DECLARED,
  /** Read off the writing system: Devanagari, Tamil or Arabic script. */
  SCRIPT,
  /** OpenNLP's language detector, for Latin-script text. */
  MODEL,
  /** Too little text for the model: decided by letters and function words. */
  FALLBACK,
  /** Not decided. */
  NONE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package org.servicesignals.analysis.ur;

import java.text.Normalizer;

/**
 * Folds the many ways one Urdu word is typed into one spelling.
 *
 * <p>Urdu shares the Arabic block with Arabic and Persian, and keyboards differ: an Arabic layout
 * types ARABIC KAF, ARABIC HEH and ARABIC YEH where Urdu spells KEHEH, HEH GOAL and FARSI YEH.
 * Lucene's Persian and Arabic normalisers fold the other way (towards Arabic letters) and leave HEH
 * DOACHASHMEE alone, which merges Urdu letters that must stay apart. The rules here follow the Urdu
 * orthography of the Unicode Standard, chapter 9.2 (Arabic), "Urdu" and table 9-8:
 *
 * <ul>
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) become their base letters (NFKC);
 *   <li>ARABIC KAF becomes KEHEH; ARABIC HEH and AE become HEH GOAL; TEH MARBUTA becomes TEH
 *       MARBUTA GOAL;
 *   <li>ARABIC YEH and ALEF MAKSURA become FARSI YEH; YEH BARREE stays distinct (it marks a
 *       different vowel: ہے "is" against ہی "only");
 *   <li>ALEF WITH HAMZA ABOVE/BELOW and ALEF WASLA become ALEF; ALEF WITH MADDA stays (Urdu آ);
 *   <li>harakat (U+064B–U+065F), SUPERSCRIPT ALEF U+0670 and TATWEEL are removed: they are
 *       optional marks that most writers omit;
 *   <li>Arabic-Indic and extended (Urdu) digits become ASCII digits;
 *   <li>ZWNJ and the bidirectional marks LRM, RLM and ALM are removed.
 * </ul>
 *
 * <p>HEH DOACHASHMEE (ھ, the aspirate letter of بھی, اچھا) is never touched.
 */
final class UrduNormalizer {
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char TEH_MARBUTA = '\u0629';
  static final char TEH_MARBUTA_GOAL = '\u06C3';
  static final char TATWEEL = '\u0640';
  static final char ARABIC_KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char ARABIC_HEH = '\u0647';
  static final char AE = '\u06D5';
  static final char HEH_GOAL = '\u06C1';
  static final char HEH_DOACHASHMEE = '\u06BE';
  static final char ALEF_MAKSURA = '\u0649';
  static final char ARABIC_YEH = '\u064A';
  static final char FARSI_YEH = '\u06CC';
  static final char YEH_BARREE = '\u06D2';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char FATHATAN = '\u064B';
  static final char LAST_HARAKA = '\u065F';
  static final char ZWNJ = '\u200C';
  static final char LRM = '\u200E';
  static final char RLM = '\u200F';
  static final char ALM = '\u061C';

  private UrduNormalizer() {}

  /** True when {@code s} holds a presentation form that must be decomposed first. */
  static boolean hasPresentationForms(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
        return true;
      }
    }
    return false;
  }

  /** Presentation forms to base letters; may change the length, so it returns a new string. */
  static String foldPresentationForms(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  /**
   * Normalises {@code s[0..len)} in place.
   *
   * @return the new length, never more than {@code len}
   */
  static int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if ((c >= FATHATAN && c <= LAST_HARAKA) || c == SUPERSCRIPT_ALEF || c == TATWEEL
          || c == ZWNJ || c == LRM || c == RLM || c == ALM) {
        continue;
      }
      s[out++] = fold(c);
    }
    return out;
  }

  private static char fold(char c) {
    switch (c) {
      case ARABIC_KAF:
        return KEHEH;
      case ARABIC_HEH:
      case AE:
        return HEH_GOAL;
      case TEH_MARBUTA:
        return TEH_MARBUTA_GOAL;
      case ARABIC_YEH:
      case ALEF_MAKSURA:
        return FARSI_YEH;
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      default:
        if (c >= '\u0660' && c <= '\u0669') {
          return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
          return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }
  }
}

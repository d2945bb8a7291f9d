package org.servicesignals.langid;

import java.util.Locale;
import java.util.Set;
import org.servicesignals.core.Lang;

/**
 * English-or-Finnish evidence that does not need a model: Finnish letters (ä, ö) and frequent
 * words of customer feedback in each language. Used where the detector is weak: messages of a few
 * words, and longer ones it assigns to a third language.
 *
 * @param english English words seen
 * @param finnish Finnish words seen
 * @param finnishLetters words with ä or ö
 */
record ShortTextHints(int english, int finnish, int finnishLetters) {
  private static final Set<String> EN = Set.of(
      "the", "a", "and", "is", "was", "it", "to", "of", "my", "i", "you", "your", "not", "no",
      "very", "good", "great", "bad", "thanks", "thank", "service", "poor", "ok", "okay", "fine",
      "excellent", "amazing", "terrible", "awful", "slow", "fast", "quick", "never", "again",
      "with", "for", "on", "in", "at", "but", "so", "they", "we", "me", "this", "that", "helpful",
      "rude", "worst", "best", "staff", "love", "nice", "wow", "still", "waiting", "refund");
  private static final Set<String> FI = Set.of(
      "ja", "on", "oli", "ei", "en", "se", "kiitos", "hyvä", "hyva", "huono", "tosi", "todella",
      "ihan", "kiva", "mutta", "palvelu", "asiakaspalvelu", "nopea", "nopeasti", "erittäin",
      "mahtava", "loistava", "kiitos!", "jo", "vielä", "viela", "kun", "myös", "kuin", "niin",
      "mä", "ma", "mun", "minä", "teidän", "te", "sain", "tilaus", "paketti", "meni", "tuli",
      "ok", "okei", "huonoa", "hyvää", "hyvaa", "surkea", "kamala", "aivan", "olen", "olin",
      "kaikki", "mitään", "ollenkaan", "koskaan", "asia", "hoitui", "ystävällinen", "kiitti");
  private static final Set<String> SHARED = Set.of("ok", "on");

  static ShortTextHints of(String text) {
    int en = 0;
    int fi = 0;
    int letters = 0;
    for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (raw.isEmpty() || SHARED.contains(raw)) {
        continue;
      }
      if (EN.contains(raw)) {
        en++;
      }
      if (FI.contains(raw)) {
        fi++;
      }
      if (raw.indexOf('ä') >= 0 || raw.indexOf('ö') >= 0) {
        letters++;
      }
    }
    return new ShortTextHints(en, fi, letters);
  }

  /** The language the hints point to, or null when they do not point anywhere. */
  Lang lang() {
    int fi = finnish + finnishLetters;
    if (fi > english) {
      return Lang.FI;
    }
    return english > fi ? Lang.EN : null;
  }

  /** As {@link #lang()}, but only on two or more words and none of the other language. */
  Lang strongLang() {
    if (finnish >= 2 && english == 0) {
      return Lang.FI;
    }
    return english >= 2 && finnish == 0 ? Lang.EN : null;
  }
}

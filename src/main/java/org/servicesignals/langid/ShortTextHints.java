package org.servicesignals.langid;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.WordSieve;
import org.servicesignals.core.Lang;

/**
 * English-or-Finnish evidence that does not need a model: Finnish letters (ä, ö) and frequent
 * words of customer feedback in each language ({@link LanguageProfile#hintWords}). The lists leave out words that other Latin-script
 * languages share ("service", "no", "ja", "ei", "en"), so that a short German, Estonian or French
 * message is not pulled into English or Finnish. Used where the detector is weak: messages of a few
 * words, and longer ones it assigns to a third language.
 *
 * @param english English words seen
 * @param finnish Finnish words seen
 * @param finnishLetters words with ä or ö
 * @param romanised words of {@link #ROMANISED}: Hindi, Urdu or Tamil typed in Latin letters
 */
record ShortTextHints(int english, int finnish, int finnishLetters, int romanised) {
  /**
   * The commonest words of the romanised Hindi, Urdu and Tamil training splits that are no English
   * or Finnish word (counted with {@code corpora/<lang>-Latn/train.tsv}): one of them in a message
   * full of English words ("delivery boy ne bahut help kiya, thank you team") keeps it from being
   * settled as English by its English words alone.
   */
  static final Set<String> ROMANISED = Set.of(
      "hai", "hain", "ke", "ki", "ka", "mein", "aur", "tha", "thi", "nahi", "nhi", "bhi", "pe", "gaya",
      "diya", "kiya", "liye", "toh", "ko", "raha", "mera", "meri", "koi", "bahut", "bohat", "bohot", "kar", "ho",
      "la", "nu", "illa", "dhaan", "panni", "oru", "kooda", "irukku", "naan", "nalla", "romba", "ellam",
      "vandhuchu", "irundhuchu", "aana", "avanga", "pannaanga", "kuduthaanga");

  private static final Set<String> EN = LanguageProfile.of(Lang.EN).hintWords();
  private static final Set<String> FI = LanguageProfile.of(Lang.FI).hintWords();
  private static final Set<String> SHARED = Set.of("ok", "on");
  /** Which of the three lists each word of them is in (a bit each, in the order of {@link #of}'s counts); none for {@link #SHARED}. */
  private static final Map<String, Integer> LISTS = lists();
  private static final WordSieve LISTED = WordSieve.of(LISTS.keySet());

  private static Map<String, Integer> lists() {
    Map<String, Integer> lists = new HashMap<>();
    List<Set<String>> each = List.of(EN, FI, Set.of(), ROMANISED); // the third count is of letters, not words
    for (int k = 0; k < each.size(); k++) {
      for (String w : each.get(k)) {
        lists.merge(w, 1 << k, (a, b) -> a | b);
      }
    }
    SHARED.forEach(lists::remove);
    return Map.copyOf(lists);
  }

  static ShortTextHints of(String text) {
    int[] counts = new int[4]; // English, Finnish, with ä or ö, romanised
    Words.letterWords(text.toLowerCase(Locale.ROOT), raw -> { // one look-up a word for its lists
      Integer in = LISTED.mayHold(raw) ? LISTS.get(raw) : null;
      if (in != null) {
        for (int k = 0; k < counts.length; k++) {
          counts[k] += in >>> k & 1;
        }
      }
      if (raw.indexOf('ä') >= 0 || raw.indexOf('ö') >= 0) { // never one of SHARED
        counts[2]++;
      }
    });
    return new ShortTextHints(counts[0], counts[1], counts[2], counts[3]);
  }

  /** The language the hints point to, or null when they do not point anywhere. */
  Lang lang() {
    int fi = finnish + finnishLetters;
    if (fi > english) {
      return Lang.FI;
    }
    return english > fi ? Lang.EN : null;
  }

  /** As {@link #lang()}, but from words alone: ä and ö are Swedish, Estonian and German letters too. */
  Lang wordLang() {
    if (finnish > english) {
      return Lang.FI;
    }
    return english > finnish ? Lang.EN : null;
  }

  /** As {@link #wordLang()}, but only on two or more words and none of the other language. */
  Lang strongLang() {
    if (finnish >= 2 && english == 0) {
      return Lang.FI;
    }
    return english >= 2 && finnish == 0 ? Lang.EN : null;
  }
}

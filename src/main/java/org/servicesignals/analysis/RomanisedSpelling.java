package org.servicesignals.analysis;

import java.util.Map;

/**
 * Folds the spellings of Hindi, Urdu and Tamil typed in Latin letters onto one form per word, in
 * place. There is no standard romanisation in chat: the same word comes as {@code bahut},
 * {@code bohat}, {@code bhot} and {@code bht}, as {@code achha}, {@code accha} and {@code acha}, as
 * {@code theek} and {@code thik}, as {@code vandhuchu} and {@code vanthuchu}. The rules below are
 * written from how the romanised training splits spell the same word (counted with
 * {@code corpora/<lang>-Latn/train.tsv}), in this order, on lower-case ASCII letters:
 * <ol>
 *   <li>{@code ee} becomes {@code i} and {@code oo} becomes {@code u}: long vowels written doubled
 *       or as the vowel of English spelling ({@code theek/thik}, {@code kooda/kuda}, {@code zaroor/zarur});
 *   <li>a run of one letter becomes one letter: doubled consonants and stretched vowels
 *       ({@code accha}, {@code nalla/nala}, {@code nahiii}, {@code aaya/aya});
 *   <li>{@code chh} becomes {@code ch} ({@code achha} after the rule above);
 *   <li>{@code dh} becomes {@code th}: Tamil's dental is written either way ({@code irundhuchu/irunthuchu},
 *       {@code dhaan/thaan});
 *   <li>{@code w} becomes {@code v} and {@code q} becomes {@code k} ({@code wapas/vapas}, {@code waqt/vakt});
 *   <li>the words whose vowels chat drops or moves, from a short table ({@link #WORDS}): the forms
 *       of "very", "not", "good", "is", "okay", "please" and "thanks".
 * </ol>
 * English words inside the messages go through the same rules ({@code good} becomes {@code gud}),
 * as they do in training, so they still match. Tokens with any character outside a–z (shapes,
 * emoji, native script) are left as they are.
 */
final class RomanisedSpelling {
  /**
   * Whole words after rules 1–5, to their folded form. Written for this table, from the variants
   * the training splits hold; each line is one word.
   */
  static final Map<String, String> WORDS = Map.ofEntries(
      // bahut "very": bohat (Urdu chat), bohot, bhot, bht, bhut, bahot
      Map.entry("bohat", "bahut"), Map.entry("bohot", "bahut"), Map.entry("bhot", "bahut"),
      Map.entry("bht", "bahut"), Map.entry("bhut", "bahut"), Map.entry("bahot", "bahut"),
      Map.entry("bhaut", "bahut"),
      // nahi "not": nhi, nai, nahin, nhin, nahee (nahi after rule 1)
      Map.entry("nhi", "nahi"), Map.entry("nai", "nahi"), Map.entry("nahin", "nahi"), Map.entry("nhin", "nahi"),
      Map.entry("nehi", "nahi"),
      // acha "good": achcha, acha (achha, accha after rules 2-3); achi the same way
      Map.entry("achcha", "acha"), Map.entry("achchi", "achi"),
      // hai "is": h, he, hy, hain stays (plural)
      Map.entry("h", "hai"), Map.entry("he", "hai"), Map.entry("hy", "hai"),
      // thik "fine, okay": thk, tik (theek after rule 1)
      Map.entry("thk", "thik"), Map.entry("tik", "thik"),
      // romba "very" (Tamil): rombha, rmba, rompa
      Map.entry("rombha", "romba"), Map.entry("rmba", "romba"), Map.entry("rompa", "romba"),
      // English chat spellings
      Map.entry("plz", "please"), Map.entry("pls", "please"), Map.entry("thx", "thanks"),
      Map.entry("thnx", "thanks"), Map.entry("thanku", "thanks"), Map.entry("tnx", "thanks"));

  private RomanisedSpelling() {}

  /** The folded form of a lower-case token, or the token itself when it is not all a–z. */
  static String fold(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return token;
      }
    }
    String s = token.replace("ee", "i").replace("oo", "u");
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    s = b.toString().replace("chh", "ch").replace("dh", "th").replace('w', 'v').replace('q', 'k');
    return WORDS.getOrDefault(s, s);
  }
}

package org.servicesignals.analysis.ur;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Restores HEH DOACHASHMEE in words typed on an Arabic keyboard.
 *
 * <p>An Arabic layout has one heh (U+0647) for both Urdu hehs, so اچها is typed for اچھا and بهت
 * for بہت. Letter rules cannot tell them apart (بہت and بھی both have heh after beh), so after
 * {@link UrduNormalizer} has turned every Arabic heh into HEH GOAL this class looks the word up:
 * when putting DOACHASHMEE back at a HEH GOAL that follows an aspirating consonant gives a word in
 * {@code aspirates.txt} (common words spelled with ھ, written for this project), that word wins.
 * It only runs on tokens that contained an Arabic heh, so correctly typed Urdu is never changed.
 */
final class UrduAspirates {
  private static final String ASPIRATING = "بپتٹجچدڈکگرڑلمن";

  private UrduAspirates() {}

  private static final class Holder {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> words = new HashSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          UrduAspirates.class.getResourceAsStream("aspirates.txt"), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          line = line.strip();
          if (!line.isEmpty() && !line.startsWith("#")) {
            words.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(words);
    }
  }

  /** The words this class can restore. */
  static Set<String> words() {
    return Holder.WORDS;
  }

  /**
   * Restores DOACHASHMEE in {@code s[0..len)} in place when the result is a known word.
   *
   * @return true when the token was changed
   */
  static boolean restore(char[] s, int len) {
    if (len > 30) {
      return false; // no Urdu word is this long; the bit mask below holds 31 positions
    }
    int candidates = 0;
    for (int i = 1; i < len; i++) {
      if (s[i] == UrduNormalizer.HEH_GOAL && ASPIRATING.indexOf(s[i - 1]) >= 0) {
        candidates |= 1 << i;
      }
    }
    if (candidates == 0) {
      return false;
    }
    // try every subset of the candidate positions (a word has one or two): the first that gives a
    // known word wins; a word never holds both spellings, so the order does not matter
    String word = new String(s, 0, len);
    for (int mask = candidates; mask != 0; mask = (mask - 1) & candidates) {
      char[] t = word.toCharArray();
      for (int i = 1; i < len; i++) {
        if ((mask & (1 << i)) != 0) {
          t[i] = UrduNormalizer.HEH_DOACHASHMEE;
        }
      }
      if (Holder.WORDS.contains(new String(t))) {
        System.arraycopy(t, 0, s, 0, len);
        return true;
      }
    }
    return false;
  }
}

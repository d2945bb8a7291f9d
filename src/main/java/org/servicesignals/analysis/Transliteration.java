package org.servicesignals.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicesignals.core.Lang;

/**
 * Romanised Hindi, Urdu and Tamil written back in their own script — Hinglish to Devanagari, Roman
 * Urdu to Urdu (Nastaliq) letters, Tanglish to Tamil — so that the native models can read them. It
 * exists to measure that road against the romanised models ({@code evaluate} prints both); the
 * romanised models are what {@code classify} uses.
 *
 * <p>Rule-based, written for chat spelling, which has no standard: each run of Latin letters is a
 * word; a word in the language's short table of common words ({@code hai}, {@code nahi},
 * {@code bahut}, {@code bohat}, {@code romba}, {@code illa} …) takes its table spelling; any other
 * word is read left to right, greedy longest match over letter groups (consonant groups such as
 * {@code chh}, {@code kh}, {@code th}, {@code sh}, {@code zh}, then vowel groups such as {@code aa},
 * {@code ee}, {@code ai}, {@code au}). For Devanagari and Tamil, abugidas, a vowel after a
 * consonant becomes its vowel sign and a consonant before another gets the virama (Tamil: pulli);
 * a short {@code a} after a consonant is the inherent vowel, but at the end of a Hindi word it is
 * {@code ा} ({@code tha} था), as it is in chat. Urdu script writes no short vowels inside a word:
 * {@code a}, {@code i}, {@code u} vanish there, long vowels become alif, ye and vao, and a final
 * {@code n} after a vowel is nun ghunna ({@code hain} ہیں). Digits, emoji and punctuation are kept.
 *
 * <p>English words inside the messages are transliterated too, as the native corpora write them
 * (मोबाइल, اسٹور, சர்வீஸ்). What it cannot do, chat romanisation being what it is: tell dental from
 * retroflex ({@code t} is त or ट), aspirates the writer dropped, Urdu's several letters for one
 * sound ({@code s} is س, ص or ث; {@code z} is ز, ذ, ض or ظ).
 */
public final class Transliteration {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  private Transliteration() {}

  /** Whether {@code lang} has a transliteration: Hindi, Urdu and Tamil. */
  public static boolean covers(Lang lang) {
    return lang == Lang.HI || lang == Lang.UR || lang == Lang.TA;
  }

  /** {@code text} with every run of Latin letters written in {@code lang}'s script. */
  public static String toNative(Lang lang, String text) {
    Scheme scheme = switch (lang) {
      case HI -> TransliterationSchemes.DEVANAGARI;
      case UR -> TransliterationSchemes.URDU;
      case TA -> TransliterationSchemes.TAMIL;
      default -> throw new IllegalArgumentException("no transliteration into " + lang.displayName() + " script");
    };
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String common = scheme.words().get(word);
      m.appendReplacement(out, Matcher.quoteReplacement(common != null ? common : scheme.word(word)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** How one script writes Latin letter groups. */
  interface Scheme {
    Map<String, String> words();

    String word(String lower);
  }

  /** Letter groups tried longest first: consonants, then vowels. */
  static final String[] VOWELS = {"aa", "ai", "au", "ae", "ee", "ii", "oo", "uu", "ei", "a", "e", "i", "o", "u"};

  static boolean vowelAt(String w, int i) {
    return i < w.length() && "aeiou".indexOf(w.charAt(i)) >= 0;
  }

  /** The longest key of {@code groups} starting at {@code i}, or null. */
  static String longest(String w, int i, Map<String, String> groups, int maxLength) {
    for (int n = Math.min(maxLength, w.length() - i); n > 0; n--) {
      String g = w.substring(i, i + n);
      if (groups.containsKey(g)) {
        return g;
      }
    }
    return null;
  }

  static String vowel(String w, int i) {
    for (String v : VOWELS) {
      if (w.startsWith(v, i)) {
        return v;
      }
    }
    return null;
  }

  /**
   * An abugida (Devanagari, Tamil): consonant letters with an inherent {@code a}, vowel signs after
   * a consonant, independent vowels elsewhere, a virama between consonants.
   *
   * @param consonants Latin group to letter
   * @param independent vowel group to independent vowel letter
   * @param signs vowel group to vowel sign ({@code a}: empty, the inherent vowel)
   * @param virama the sign that cancels the inherent vowel
   * @param finalVirama whether a word-final consonant gets the virama (Tamil) or not (Hindi, whose
   *     final {@code a} is silent)
   * @param finalA the sign of a word-final {@code a} after a consonant
   * @param finalI the sign of a word-final {@code i} after a consonant
   * @param initials consonant letters that differ at the start of a word (Tamil {@code n}: ந, not ன)
   * @param anusvara the sign for {@code n} between a vowel and a consonant or the word's end; empty for none
   */
  record Abugida(Map<String, String> words, Map<String, String> consonants, Map<String, String> independent,
      Map<String, String> signs, String virama, boolean finalVirama, String finalA, String finalI,
      Map<String, String> initials, String anusvara)
      implements Scheme {
    @Override
    public String word(String w) {
      StringBuilder out = new StringBuilder();
      boolean afterConsonant = false;
      int i = 0;
      while (i < w.length()) {
        String v = vowel(w, i);
        if (v != null) {
          boolean last = i + v.length() == w.length();
          if (afterConsonant) {
            out.append(last && v.equals("a") ? finalA : last && v.equals("i") ? finalI : signs.get(v));
          } else {
            out.append(independent.get(v));
          }
          afterConsonant = false;
          i += v.length();
          continue;
        }
        if (!anusvara.isEmpty() && w.charAt(i) == 'n' && i > 0 && vowelAt(w, i - 1) && !vowelAt(w, i + 1)
            && !w.startsWith("ng", i)) {
          out.append(anusvara);
          afterConsonant = false;
          i++;
          continue;
        }
        String c = longest(w, i, consonants, 4);
        if (c == null) { // every ASCII letter has a consonant or a vowel; kept for safety
          out.append(w.charAt(i++));
          afterConsonant = false;
          continue;
        }
        if (afterConsonant) {
          out.append(virama);
        }
        out.append(i == 0 && initials.containsKey(c) ? initials.get(c) : consonants.get(c));
        afterConsonant = true;
        i += c.length();
      }
      if (afterConsonant && finalVirama) {
        out.append(virama);
      }
      return out.toString();
    }
  }

  /**
   * An abjad (Urdu): consonant letters; no short vowel inside a word, long vowels as letters.
   *
   * @param initial vowel group at the start of a word
   * @param medial vowel group inside a word
   * @param terminal vowel group at the end of a word
   */
  record Abjad(Map<String, String> words, Map<String, String> consonants, Map<String, String> initial,
      Map<String, String> medial, Map<String, String> terminal, String nunGhunna) implements Scheme {
    @Override
    public String word(String w) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < w.length()) {
        String v = vowel(w, i);
        if (v != null) {
          boolean last = i + v.length() == w.length();
          out.append((i == 0 ? initial : last ? terminal : medial).get(v));
          i += v.length();
          continue;
        }
        if (w.charAt(i) == 'n' && i == w.length() - 1 && i > 0 && vowelAt(w, i - 1)) {
          out.append(nunGhunna);
          i++;
          continue;
        }
        String c = longest(w, i, consonants, 4);
        if (c == null) {
          out.append(w.charAt(i++));
          continue;
        }
        out.append(consonants.get(c));
        i += c.length();
      }
      return out.toString();
    }
  }
}

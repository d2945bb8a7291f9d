package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Unigrams that know negation: a token inside a negation's scope becomes {@code w=¬token}, so
 * "not good" gives {@code w=not w=¬good} and no longer counts as evidence for "good". A classic
 * device of sentiment analysis (Das and Chen 2001; Pang, Lee and Vaithyanathan 2002), here with a
 * scope that follows each language's word order, read off the negator's script:
 *
 * <ul>
 *   <li>English and Finnish put the negator first ("not good", "ei toiminut"): the next
 *       {@value #LATIN_SCOPE} tokens;
 *   <li>Hindi and Urdu put it after the predicate adjective and before the verb ("अच्छी नहीं थी",
 *       "نہیں آیا"): one token on each side;
 *   <li>Tamil puts the free negator after what it negates ("நன்றாக இல்லை"): the token before.
 * </ul>
 *
 * Use it instead of {@link UnigramFeatureGenerator}. The negator lists hold the forms the analysis
 * chains produce (Hindi normalisation turns नहीं into नहिं; Porter turns nobody into nobodi).
 */
public class NegationScopeFeatureGenerator implements FeatureGenerator {
  public static final String NEGATED = "¬";
  static final int LATIN_SCOPE = 3;

  static final Set<String> NEGATORS = Set.of(
      // English, plain and Porter-stemmed
      "not", "no", "never", "nobody", "nobodi", "nothing", "noth", "none", "nor", "neither", "without",
      "hardly", "cannot",
      // Finnish: the negation verb in every person, and kieltosanat
      "ei", "en", "et", "emme", "ette", "eivät", "eikä", "enkä", "etkä", "eivätkä", "ilman",
      // Hindi, plain and normalised
      "नहीं", "नहिं", "न", "ना", "मत", "बिना", "बिन",
      // Urdu
      "نہیں", "نہ", "مت", "بغیر", "بنا",
      // Tamil
      "இல்லை", "இல்ல", "இல்லாமல்", "வேண்டாம்", "முடியாது", "கிடையாது");

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    boolean[] negated = new boolean[text.length];
    for (int i = 0; i < text.length; i++) {
      if (!isNegator(text[i])) {
        continue;
      }
      Character.UnicodeScript script = scriptOf(text[i]);
      if (script == Character.UnicodeScript.TAMIL) {
        mark(negated, text, i - 1, i - 1);
      } else if (script == Character.UnicodeScript.DEVANAGARI || script == Character.UnicodeScript.ARABIC) {
        mark(negated, text, i - 1, i + 1);
      } else {
        mark(negated, text, i + 1, i + LATIN_SCOPE);
      }
    }
    List<String> features = new ArrayList<>(text.length);
    for (int i = 0; i < text.length; i++) {
      features.add(UnigramFeatureGenerator.PREFIX + (negated[i] ? NEGATED : "") + text[i]);
    }
    return features;
  }

  static boolean isNegator(String token) {
    return NEGATORS.contains(token) || token.endsWith("n't");
  }

  private static void mark(boolean[] negated, String[] text, int from, int to) {
    for (int j = Math.max(0, from); j <= Math.min(text.length - 1, to); j++) {
      if (!isNegator(text[j])) {
        negated[j] = true;
      }
    }
  }

  private static Character.UnicodeScript scriptOf(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        return Character.UnicodeScript.of(cp);
      }
    }
    return Character.UnicodeScript.COMMON;
  }
}

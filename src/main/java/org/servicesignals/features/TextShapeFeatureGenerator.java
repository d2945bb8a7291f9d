package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.core.Letters;

/**
 * How a message is written, read from the raw text that analysis throws away: exclamation and
 * question marks ("??" is a complaint, "!!!" delight or fury), ellipses, words in capitals, letters
 * stretched for emphasis ("soooo"), and the length of the message in words. Features are prefixed
 * {@code s=}. The raw text arrives in the extra information under {@link #RAW_TEXT}; without it the
 * generator adds nothing, so a model trained with it still scores token arrays.
 */
public class TextShapeFeatureGenerator implements FeatureGenerator {
  public static final String PREFIX = "s=";
  /** Key of the raw message text in the categorizer's extra information. */
  public static final String RAW_TEXT = "raw-text";

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>();
    Object raw = extraInformation == null ? null : extraInformation.get(RAW_TEXT);
    if (!(raw instanceof String s)) {
      return features;
    }
    count(features, s, '!', "excl");
    count(features, s, '?', "question");
    if (s.contains("...") || s.contains("…")) {
      features.add(PREFIX + "ellipsis");
    }
    int words = 0;
    int caps = 0;
    boolean stretched = false;
    // one pass over the words between whitespace: capitals, and a letter written three times in a row
    for (int i = 0, n = s.length(); i < n; ) {
      if (isSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean letters = false;
      boolean upper = true;
      int before = -1;
      int run = 0;
      while (i < n && !isSpace(s.charAt(i))) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        run = cp == before ? run + 1 : 1;
        before = cp;
        if (Letters.isLetter(cp)) {
          letters = true;
          upper &= Letters.isUpperCase(cp);
          stretched |= run >= 3;
        }
      }
      words++;
      if (i - start >= 3 && letters && upper) {
        caps++;
      }
    }
    if (caps > 0) {
      features.add(PREFIX + (caps >= 3 ? "caps3+" : "caps"));
    }
    if (stretched) {
      features.add(PREFIX + "stretched");
    }
    features.add(PREFIX + "len" + (words <= 4 ? "1-4" : words <= 20 ? "5-20" : words <= 50 ? "21-50" : "51+"));
    return features;
  }

  /** The characters {@code \s} matches in a Java pattern: the words are what lies between them. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void count(List<String> features, String s, char c, String name) {
    int n = 0;
    int run = 0;
    int longest = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
    }
    if (n > 0) {
      features.add(PREFIX + name);
    }
    if (longest >= 2) {
      features.add(PREFIX + name + "-repeated");
    }
  }
}

package org.servicesignals.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.servicesignals.core.Lang;

/**
 * Hindi, Urdu and Tamil typed in Latin letters (Hinglish, Roman Urdu, Tanglish): the analysis chain
 * their models are trained with, and their negators. The native chains cannot read them (they
 * normalise Devanagari, Arabic and Tamil script), and the English chain would stem {@code nahi}
 * and {@code illa} as if they were English. The chain: lower case, accents folded to ASCII
 * ({@code ā} from transliteration keyboards), shapes as in every language, then
 * {@link RomanisedSpelling}'s folding of chat spellings.
 */
public final class RomanisedAnalysis {
  /** Romanised Hindi and Urdu share their negators: the same words in either script. */
  private static final Set<String> HINDUSTANI_NEGATORS = Set.of("nahi", "na", "mat", "bina", "baghair", "bagair");

  /**
   * Tamil's free negators after folding: illa/illai (is not), illama (without), venam/vendam (do not
   * want), mudiyathu/mudiyala (cannot), kidaiyathu (there is none).
   */
  private static final Set<String> TAMIL_NEGATORS = Set.of("ila", "ilai", "ilama", "ilamal", "venam", "vendam",
      "mudiyathu", "mudiyala", "kidaiyathu", "kedaiyathu");

  private static final Map<Lang, AnalyzerChain> CHAINS = new ConcurrentHashMap<>();

  private RomanisedAnalysis() {}

  /** The languages that have a romanised analysis. */
  public static boolean covers(Lang lang) {
    return lang == Lang.HI || lang == Lang.UR || lang == Lang.TA;
  }

  /** The chain of {@code lang} typed in Latin letters; built once, then shared. */
  public static AnalyzerChain chain(Lang lang) {
    if (!covers(lang)) {
      throw new IllegalArgumentException("no romanised analysis for " + lang.code());
    }
    return CHAINS.computeIfAbsent(lang, l -> new AnalyzerChain(l, AnalysisOptions.NONE, List.of(
        new Stage("lowercase", LowerCaseFilter::new),
        new Stage("ascii-folding", ASCIIFoldingFilter::new),
        new Stage("shapes", TokenShapeFilter::new),
        new Stage("romanised-spelling", RomanisedSpellingFilter::new))));
  }

  /** The negators of romanised {@code lang}, as {@link #chain} writes them. */
  public static Set<String> negators(Lang lang) {
    return lang == Lang.TA ? TAMIL_NEGATORS : HINDUSTANI_NEGATORS;
  }

  /**
   * The scope of a negator: as in the native script. Hindi and Urdu put it after the predicate
   * adjective and before the verb ("acha nahi tha", "nahi aaya"); Tamil after what it negates
   * ("nalla illa").
   */
  public static NegationScope scope(Lang lang) {
    return LanguageProfile.of(lang).negationScope();
  }
}

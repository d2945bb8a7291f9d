package org.servicesignals.analysis.ta;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.BaseLanguageProfile;
import org.servicesignals.analysis.ElongationFilter;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.Stage;
import org.servicesignals.analysis.TokenShapeFilter;
import org.servicesignals.core.Lang;
import org.tartarus.snowball.ext.TamilStemmer;

/**
 * Tamil: the parts of Lucene's TamilAnalyzer (decimal digits, Indic normalisation, Snowball), with
 * shapes, and இல்லை, ஆனால், மிகவும், இன்னும், முடியாது kept out of the stopwords.
 */
public final class TamilProfile extends BaseLanguageProfile {
  private static final Set<String> NEGATORS = Set.of("இல்லை", "இல்ல", "இல்லாமல்", "வேண்டாம்", "முடியாது", "கிடையாது");

  public TamilProfile() {
    super(Lang.TA, NEGATORS, new NegationScope(1, 0),
        Set.of("ஆனால்", "ஆனா", "ஆனாலும்", "இருந்தாலும்", "ஆயினும்"), Set.of());
  }

  /** Also a verb with the negation fused to it ({@link #negativeVerb}: வரவில்லை, வரல, வரேல்ல). */
  @Override
  public boolean isNegator(String token) {
    return NEGATORS.contains(token) || negativeVerb(token);
  }

  @Override
  public List<Stage> normalization() {
    return List.of(new Stage("lowercase", LowerCaseFilter::new),
        new Stage("digits", DecimalDigitFilter::new),
        new Stage("shapes", TokenShapeFilter::new),
        new Stage("elongation", ElongationFilter::new),
        new Stage("indic-normalization", IndicNormalizationFilter::new));
  }

  /** Snowball Tamil can strip a word to nothing: the empty tokens it leaves are dropped. */
  @Override
  public Optional<Stage> stemmer() {
    return Optional.of(new Stage("snowball-tamil-stem",
        ts -> new LengthFilter(new SnowballFilter(ts, new TamilStemmer()), 1, Integer.MAX_VALUE)));
  }

  /**
   * No stemming unless a model says so: the Snowball stemmer cuts the negative suffix (வரவில்லை
   * "did not come" becomes வர "come") and reduces short words to nothing.
   */
  @Override
  public AnalysisOptions defaultAnalysis() {
    return new AnalysisOptions(false, false);
  }

  @Override
  public Set<String> degreeWords() {
    return Set.of("இவ்வளவு", "இப்படி", "இப்படியொரு", "இப்படிப்பட்ட");
  }

  @Override
  public Set<String> everWords() {
    return Set.of("இதுவரை", "இதுவரைக்கும்", "ஒருபோதும்", "வாழ்க்கையில", "வாழ்க்கையிலே", "வாழ்நாளில்");
  }

  @Override
  public List<String> denialPhrases() {
    return List.of("சொல்ல முடியாது", "சொல்லமுடியாது", "சொல்ல மாட்டேன்", "சொல்லமாட்டேன்", "சொல்ல முடியாதுங்க",
        "சொல்ல இயலாது");
  }

  /** The clause comes first: "உதவியா இல்லன்னு சொல்ல முடியாது". */
  @Override
  public boolean deniedClauseAfter() {
    return false;
  }

  /**
   * A quoted negative: a negative verb or இல்லை with the quotative ன்னு / னு ("இல்லன்னு",
   * "கிடைக்காதுன்னு", "வரலன்னு"): the negation of the clause a denial phrase denies.
   */
  @Override
  public boolean negatesDeniedClause(String token) {
    for (String quote : QUOTATIVES) {
      if (token.endsWith(quote) && token.length() > quote.length() + 1) {
        return negativeStem(token.substring(0, token.length() - quote.length()));
      }
    }
    return false;
  }

  private static final List<String> QUOTATIVES = List.of("ன்னு", "னு", "ண்ணு", "ன்று");

  /** A negator, or a negative verb or இல்லை before a quotative: {@link #negativeVerb} or -ாது (கிடைக்காது). */
  private static boolean negativeStem(String stem) {
    return NEGATORS.contains(stem) || negativeVerb(stem) || stem.endsWith("ாது");
  }

  /**
   * A verb with the negation fused to it: -வில்லை (வரவில்லை), -தில்லை (வந்ததில்லை), Sri Lankan
   * -ேல்ல / -ேல்லை (வரேல்ல), or the spoken -ல after a bare consonant (வரல, பண்ணல, எடுக்கல) — not
   * the spoken locative after a vowel sign (கடைல, அதுல), nor a two-letter word (பல, many).
   */
  public static boolean negativeVerb(String token) {
    for (String ending : FUSED) {
      if (token.endsWith(ending) && token.length() > ending.length() + 1) {
        return true;
      }
    }
    if ((token.endsWith("ல") || token.endsWith("லை")) && token.length() >= 3) {
      char before = token.charAt(token.length() - (token.endsWith("ல") ? 2 : 3));
      return before >= '\u0B95' && before <= '\u0BB9';
    }
    return false;
  }

  private static final List<String> FUSED = List.of("ில்லை", "ில்ல", "ேல்லை", "ேல்ல");
}

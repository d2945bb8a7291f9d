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
}

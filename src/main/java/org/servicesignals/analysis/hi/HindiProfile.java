package org.servicesignals.analysis.hi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.servicesignals.analysis.BaseLanguageProfile;
import org.servicesignals.analysis.ElongationFilter;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.SievedIndicNormalization;
import org.servicesignals.analysis.Stage;
import org.servicesignals.analysis.TokenShapeFilter;
import org.servicesignals.core.Lang;

/**
 * Hindi: the parts of Lucene's HindiAnalyzer (decimal digits, Indic and Hindi normalisation, the
 * light stemmer), with shapes, and नहीं, न, मत, लेकिन, मगर, बहुत, फिर kept out of the stopwords.
 */
public final class HindiProfile extends BaseLanguageProfile {
  /** Plain and as Hindi normalisation writes them (नहीं becomes नहिं). */
  private static final Set<String> NEGATORS = Set.of("नहीं", "नहिं", "न", "ना", "मत", "बिना", "बिन");

  public HindiProfile() {
    super(Lang.HI, NEGATORS, new NegationScope(1, 1),
        Set.of("लेकिन", "मगर", "पर", "परंतु", "किंतु", "बल्कि"), Set.of());
  }

  @Override
  public List<Stage> normalization() {
    return List.of(new Stage("lowercase", LowerCaseFilter::new),
        new Stage("digits", DecimalDigitFilter::new),
        new Stage("shapes", TokenShapeFilter::new),
        new Stage("elongation", ElongationFilter::new),
        new Stage("indic-normalization", SievedIndicNormalization::filter),
        new Stage("hindi-normalization", HindiNormalizationFilter::new));
  }

  @Override
  public Optional<Stage> stemmer() {
    return Optional.of(new Stage("hindi-light-stem", HindiStemFilter::new));
  }

  /**
   * Emphatic particles, the copula and the postpositions of place and manner, which stand between
   * a predicate and its negator ("होल्ड <b>पे</b> नहीं डाला": not put on hold). Not पर, which is
   * also "but": a negator must not reach across it into the next clause.
   */
  @Override
  public Set<String> scopeParticles() {
    return Set.of("तो", "भी", "ही", "बिलकुल", "बिल्कुल", "कतई", "ज़रा", "जरा", "एकदम", "कुछ", "है", "था", "थी", "थे",
        "पे", "में", "से", "को");
  }

  @Override
  public Set<String> degreeWords() {
    return Set.of("इतना", "इतनी", "इतने", "ऐसा", "ऐसी", "ऐसे");
  }

  @Override
  public Set<String> everWords() {
    return Set.of("कभी", "ज़िंदगी", "जिंदगी");
  }

  @Override
  public List<String> denialPhrases() {
    return List.of("नहीं कह सकता", "नहीं कह सकती", "नहीं कह सकते", "नहीं कहूंगा", "नहीं कहूँगा", "नहीं कहूंगी",
        "नहीं कहूँगी", "नहीं कहता", "नहीं कहती", "नहीं कहेंगे", "नहीं बोल सकता", "नहीं बोल सकती", "ऐसा नहीं है कि",
        "ऐसा नहीं कि", "ये नहीं कि", "यह नहीं कि", "ऐसा भी नहीं है कि", "ऐसा भी नहीं कि",
        // "not a day went by when it didn't ...", "it never happened that it didn't ...": always
        "कोई दिन नहीं गया जब", "कोई दिन नहीं जाता जब", "कोई दिन नहीं जब", "एक दिन भी नहीं गया जब", "कभी ऐसा नहीं हुआ कि",
        "ऐसा कभी नहीं हुआ कि", "एक बार भी ऐसा नहीं हुआ कि");
  }

  @Override
  public Set<String> coordinators() {
    return Set.of("और", "तथा", "एवं", "या", "इसलिए");
  }

  @Override
  public Set<String> denialOpeners() {
    return Set.of("कि", "जब");
  }
}

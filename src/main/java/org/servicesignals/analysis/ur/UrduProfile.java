package org.servicesignals.analysis.ur;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.servicesignals.analysis.BaseLanguageProfile;
import org.servicesignals.analysis.ElongationFilter;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.Stage;
import org.servicesignals.analysis.TokenShapeFilter;
import org.servicesignals.core.Lang;

/**
 * Urdu: the chain of {@link UrduAnalyzer} (lower case for Latin words, {@link UrduNormalizationFilter},
 * digits, shapes). No stemmer: Urdu inflection is carried by separate words.
 */
public final class UrduProfile extends BaseLanguageProfile {
  private static final Set<String> NEGATORS = Set.of("نہیں", "نہ", "مت", "بغیر", "بنا");

  public UrduProfile() {
    super(Lang.UR, NEGATORS, new NegationScope(1, 1),
        Set.of("لیکن", "مگر", "پر", "البتہ", "تاہم", "بلکہ"), Set.of());
  }

  @Override
  public List<Stage> normalization() {
    return List.of(new Stage("lowercase", LowerCaseFilter::new),
        new Stage("urdu-normalization", UrduNormalizationFilter::new),
        new Stage("digits", DecimalDigitFilter::new),
        new Stage("shapes", TokenShapeFilter::new),
        new Stage("elongation", ElongationFilter::new));
  }

  @Override
  public Optional<Stage> stemmer() {
    return Optional.empty();
  }

  /**
   * Emphatic particles, the copula and the postpositions of place and manner, which stand between
   * a predicate and its negator ("ہولڈ <b>پہ</b> نہیں ڈالا": not put on hold). Not پر, which is
   * also "but": a negator must not reach across it into the next clause.
   */
  @Override
  public Set<String> scopeParticles() {
    return Set.of("تو", "بھی", "ہی", "بالکل", "ذرا", "قطعاً", "ہے", "تھا", "تھی", "تھے",
        "پہ", "میں", "سے", "کو");
  }

  @Override
  public Set<String> degreeWords() {
    return Set.of("اتنا", "اتنی", "اتنے", "ایسا", "ایسی", "ایسے");
  }

  @Override
  public Set<String> everWords() {
    return Set.of("کبھی", "زندگی");
  }

  @Override
  public List<String> denialPhrases() {
    return List.of("نہیں کہہ سکتا", "نہیں کہہ سکتی", "نہیں کہہ سکتے", "نہیں کہا جا سکتا", "نہیں کہوں گا",
        "نہیں کہوں گی", "نہیں کہتا", "نہیں کہتی", "نہیں کہیں گے", "ایسا نہیں ہے کہ", "ایسا نہیں کہ", "یہ نہیں کہ",
        "ایسا بھی نہیں کہ", "ایسا بھی نہیں ہے کہ",
        // "not a day went by when it didn't ...", "it never happened that it didn't ...": always
        "کوئی دن نہیں گیا جب", "کوئی دن ایسا نہیں گیا جب", "کوئی دن ایسا نہیں جب", "کوئی دن نہیں جاتا جب",
        "کبھی ایسا نہیں ہوا کہ", "ایسا کبھی نہیں ہوا کہ", "ایک بار بھی ایسا نہیں ہوا کہ");
  }

  @Override
  public Set<String> coordinators() {
    return Set.of("اور", "نیز", "یا", "اسلیے", "اس لیے");
  }

  @Override
  public Set<String> denialOpeners() {
    return Set.of("کہ", "جب");
  }
}

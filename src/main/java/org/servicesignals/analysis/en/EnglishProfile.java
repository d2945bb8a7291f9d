package org.servicesignals.analysis.en;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.servicesignals.analysis.BaseLanguageProfile;
import org.servicesignals.analysis.ElongationFilter;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.Stage;
import org.servicesignals.analysis.TokenShapeFilter;
import org.servicesignals.core.Lang;

/** English: Lucene's EnglishAnalyzer chain (possessive, lower case, Porter), with shapes and no/not kept. */
public final class EnglishProfile extends BaseLanguageProfile {
  private static final Set<String> NEGATORS = Set.of(
      // plain and Porter-stemmed forms
      "not", "no", "never", "nobody", "nobodi", "nothing", "noth", "none", "nor", "neither", "without",
      "hardly", "cannot");
  private static final Set<String> HINTS = Set.of(
      "the", "and", "is", "was", "to", "of", "my", "you", "your", "not", "very", "good", "great",
      "bad", "thanks", "thank", "poor", "fine", "excellent", "amazing", "terrible", "awful", "slow",
      "fast", "quick", "never", "again", "with", "for", "but", "they", "we", "this", "that", "helpful",
      "rude", "worst", "best", "staff", "love", "nice", "still", "waiting", "refund", "legend", "gem",
      "absolute", "absolutely", "brilliant", "lovely", "cheers", "mate", "guys", "team", "hero",
      "superb", "perfect", "awesome", "fantastic", "useless", "rubbish", "joke", "disgrace",
      "shocking", "happy");

  public EnglishProfile() {
    super(Lang.EN, NEGATORS, new NegationScope(0, 3),
        Set.of("but", "however", "although", "though", "yet", "except"), HINTS);
  }

  @Override
  public List<Stage> normalization() {
    return List.of(new Stage("possessive", EnglishPossessiveFilter::new),
        new Stage("lowercase", LowerCaseFilter::new),
        new Stage("shapes", TokenShapeFilter::new),
        new Stage("elongation", ElongationFilter::new));
  }

  @Override
  public Optional<Stage> stemmer() {
    return Optional.of(new Stage("porter-stem", PorterStemFilter::new));
  }

  /** Also every contraction: didn't, wasn't, can't, won't. */
  @Override
  public boolean negatesByRule(String token) {
    return token.endsWith("n't");
  }

  @Override
  public boolean negatesBeyondList() {
    return true;
  }

  @Override
  public Set<String> degreeWords() {
    return Set.of("so", "such", "this", "more");
  }

  @Override
  public Set<String> everWords() {
    return Set.of("never", "ever");
  }

  @Override
  public Set<String> equalityWords() {
    return Set.of("as", "than");
  }

  @Override
  public boolean neverAfterNegator() {
    return true;
  }

  @Override
  public List<String> denialPhrases() {
    return List.of("can't say", "cannot say", "can not say", "couldn't say", "wouldn't say", "won't say", "not saying",
        "can't pretend", "can't claim", "wouldn't claim",
        "not a day goes by", "not a day went by", "not once has it happened"); // ... that it didn't: always
  }

  @Override
  public Set<String> coordinators() {
    return Set.of("and", "or", "so", "plus");
  }

  @Override
  public Set<String> denialOpeners() {
    return Set.of("that", "it", "they", "he", "she", "the", "we", "i", "i'm", "you", "this", "those", "their", "his",
        "her", "our", "my", "your", "there", "anyone", "anybody", "when");
  }
}

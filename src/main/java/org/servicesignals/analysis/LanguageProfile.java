package org.servicesignals.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.WordlistLoader;
import org.servicesignals.core.Lang;

/**
 * Everything service-signals knows about one language, in the language's own package
 * ({@code analysis/hi}, {@code analysis/ur}, …): its analysis chain, stopwords, negators and the
 * scope a negator has, contrast words, and the words that tell it apart from other Latin-script
 * languages on short messages. Profiles are found with {@link java.util.ServiceLoader}, as Lucene
 * finds its analysis factories, so adding a language is one package, one line in
 * {@code META-INF/services/org.servicesignals.analysis.LanguageProfile}, and its corpora.
 */
public interface LanguageProfile {
  Lang lang();

  /** The stages after the tokenizer that every analysis of the language runs: case, digits, shapes, normalisation. */
  List<Stage> normalization();

  /** The language's stemmer, if it has one worth trying; cross-validation decides whether it is used. */
  Optional<Stage> stemmer();

  /** The audited stopword list (negations, intensifiers and contrast words kept), as written. */
  List<String> stopwords();

  /** Negators as the analysis chain outputs them (after normalisation and, where used, stemming). */
  Set<String> negators();

  /** Whether {@code token} negates: a member of {@link #negators()}, or one by the language's rule ({@link #negatesByRule}). */
  default boolean isNegator(String token) {
    return negators().contains(token) || negatesByRule(token);
  }

  /**
   * Whether {@code token} negates by a rule on the word beyond {@link #negators()} (English's
   * contractions, Tamil's fused negatives); none by default. A profile with such a rule says so
   * ({@link #negatesBeyondList}), so that a caller asking every language about a token may ask the
   * lists once and only such a profile's rule after.
   */
  default boolean negatesByRule(String token) {
    return false;
  }

  /** Whether {@link #negatesByRule} says yes to any word: the profile has a rule besides its list. */
  default boolean negatesBeyondList() {
    return false;
  }

  /** Which neighbours a negator of this language reaches, following the language's word order. */
  NegationScope negationScope();

  /** The language's sentiment lexicon, its terms normalised as {@link AnalysisOptions#NONE} analyses text. */
  default Lexicon lexicon() {
    return Lexicon.EMPTY;
  }

  /**
   * Other forms a one-word sentiment term of the lexicon takes with the same leaning, derived by the
   * language's grammar (Tamil's adverb and adjective: திருப்தி → திருப்தியா, திருப்தியாக, திருப்தியான);
   * none by default. A form the lexicon writes itself keeps what the lexicon says of it.
   */
  default List<String> derivedForms(String word) {
    return List.of();
  }

  /**
   * Emphatic particles that stand between a predicate and its negator without taking part
   * ("बेकार <b>तो</b> नहीं", "اچھا <b>بھی</b> نہیں"): a negator's scope reaches past them.
   */
  default Set<String> scopeParticles() {
    return Set.of();
  }

  /**
   * Words of degree that make a negated sentiment word a comparison when the negator says "never"
   * ({@link Comparison}): "never been treated <b>so</b> rudely", "en ole ikinä saanut <b>näin</b>
   * huonoa palvelua". Not the words of equality ("as", "yhtä"): "never as good" is worse.
   */
  default Set<String> degreeWords() {
    return Set.of();
  }

  /** Never, ever, in my life, so far: the words that make a negator's degree word a comparison. */
  default Set<String> everWords() {
    return Set.of();
  }

  /** Whether a word of "never" may follow its negator ("haven't ever", "en ole koskaan"), not only precede it ("कभी नहीं"). */
  default boolean neverAfterNegator() {
    return false;
  }

  /** Words after a compared word that make it a comparison of equality ("as", "than", "kuin"): negated as usual. */
  default Set<String> equalityWords() {
    return Set.of();
  }

  /**
   * Phrases that deny what a clause says, each holding a negator: "can't say", "en voi sanoa",
   * "नहीं कह सकता", "ایسا نہیں کہ", "சொல்ல முடியாது" ({@link DenialFrames}): with the negation of the
   * clause they deny, they cancel ("can't say it wasn't helpful" is praise).
   */
  default List<String> denialPhrases() {
    return List.of();
  }

  /** Whether the clause a denial phrase denies follows it ("can't say it wasn't"), not precedes it (Tamil). */
  default boolean deniedClauseAfter() {
    return true;
  }

  /**
   * Whether {@code token}, not one of the negators, carries the negation of a clause that a denial
   * phrase denies: Finnish "ettei", Tamil's quoted negatives ("இல்லன்னு").
   */
  default boolean negatesDeniedClause(String token) {
    return false;
  }

  /** Words that join two clauses as equals (and, ja, और, اور): the clause a denial phrase denies ends there. */
  default Set<String> coordinators() {
    return Set.of();
  }

  /** Words that open the clause a denial phrase denies, right after it: that, it, the, कि, کہ, että. */
  default Set<String> denialOpeners() {
    return Set.of();
  }

  /** Whether {@code token} quotes the clause a denial phrase after it denies (Tamil ஸ்டாஃப்னு, "staff", so to say). */
  default boolean quotesDeniedClause(String token) {
    return false;
  }

  /** Words after which the clause carrying the verdict usually comes: but, lekin, mutta, ஆனால். */
  Set<String> contrastWords();

  /**
   * Frequent words of customer feedback that no other Latin-script language shares, for telling
   * English from Finnish on messages too short for the detector. Empty where the script decides.
   */
  default Set<String> hintWords() {
    return Set.of();
  }

  /** The analyses {@code train} cross-validates: without stopword removal, with and without the stemmer. */
  default List<AnalysisOptions> analysisCandidates() {
    AnalysisOptions none = new AnalysisOptions(false, false);
    return stemmer().isPresent() ? List.of(none, new AnalysisOptions(false, true)) : List.of(none);
  }

  /** What {@code analyze} shows when no model says otherwise: the stemmer on where there is one. */
  default AnalysisOptions defaultAnalysis() {
    return new AnalysisOptions(false, stemmer().isPresent());
  }

  /** The profile of {@code lang}. */
  static LanguageProfile of(Lang lang) {
    return LanguageProfiles.get(lang);
  }

  /** A word list beside {@code owner} (one word a line, {@code #} comments), read with Lucene's loader. */
  static List<String> words(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + owner.getPackageName() + "/" + resource);
      }
      return WordlistLoader.getLines(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

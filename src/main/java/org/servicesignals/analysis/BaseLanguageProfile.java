package org.servicesignals.analysis;

import java.util.List;
import java.util.Set;
import org.servicesignals.core.Lang;

/**
 * The word lists and the negation scope of a {@link LanguageProfile}, held as data, so that a
 * language's class says only what is its own: its chain and its stemmer. The stopwords are read
 * from {@code stopwords.txt} beside the subclass.
 */
public abstract class BaseLanguageProfile implements LanguageProfile {
  private final Lang lang;
  private final Set<String> negators;
  private final NegationScope scope;
  private final Set<String> contrast;
  private final Set<String> hints;
  private volatile Lexicon lexicon;

  protected BaseLanguageProfile(Lang lang, Set<String> negators, NegationScope scope, Set<String> contrast,
      Set<String> hints) {
    this.lang = lang;
    this.negators = Set.copyOf(negators);
    this.scope = scope;
    this.contrast = Set.copyOf(contrast);
    this.hints = Set.copyOf(hints);
  }

  @Override
  public final Lang lang() {
    return lang;
  }

  @Override
  public List<String> stopwords() {
    return LanguageProfile.words(getClass(), "stopwords.txt");
  }

  @Override
  public final Set<String> negators() {
    return negators;
  }

  @Override
  public final NegationScope negationScope() {
    return scope;
  }

  @Override
  public final Set<String> contrastWords() {
    return contrast;
  }

  @Override
  public final Set<String> hintWords() {
    return hints;
  }

  /** The lexicon in {@code lexicon/<code>.tsv} on the class path (from {@code corpora/lexicon}), read once. */
  @Override
  public final Lexicon lexicon() {
    Lexicon l = lexicon;
    if (l == null) {
      synchronized (this) {
        l = lexicon;
        if (l == null) {
          try (java.io.InputStream in = BaseLanguageProfile.class.getResourceAsStream("/lexicon/" + lang.code() + ".tsv")) {
            l = in == null ? Lexicon.EMPTY : Lexicon.read(in, SentimentAnalysis.chain(lang, AnalysisOptions.NONE), this::derivedForms);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the " + lang.code() + " lexicon", e);
          }
          lexicon = l;
        }
      }
    }
    return l;
  }
}

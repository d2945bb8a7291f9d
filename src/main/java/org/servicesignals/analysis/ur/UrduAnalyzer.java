package org.servicesignals.analysis.ur;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.servicesignals.analysis.TokenShapeFilter;

/**
 * Analyzer for Urdu, which Lucene does not have, for use in any Lucene application: the same chain
 * as service-signals' Urdu analysis with stopwords on — {@link UAX29URLEmailTokenizer}, lower case
 * (for Latin words inside Urdu), {@link UrduNormalizationFilter}, decimal digits to ASCII,
 * {@link TokenShapeFilter}, and the project's Urdu stopwords, which keep negations and
 * intensifiers. There is no stemmer: Urdu inflection is mostly separate words (postpositions,
 * auxiliaries), which the stopword list handles.
 */
public final class UrduAnalyzer extends StopwordAnalyzerBase {

  /** The default stopwords, from {@code stopwords.txt} beside this class. */
  public static CharArraySet getDefaultStopSet() {
    return DefaultSetHolder.DEFAULT_STOP_SET;
  }

  private static final class DefaultSetHolder {
    static final CharArraySet DEFAULT_STOP_SET;

    static {
      try {
        DEFAULT_STOP_SET = loadStopwordSet(false, UrduAnalyzer.class, "stopwords.txt", "#");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the Urdu stopwords", e);
      }
    }
  }

  public UrduAnalyzer() {
    this(DefaultSetHolder.DEFAULT_STOP_SET);
  }

  public UrduAnalyzer(CharArraySet stopwords) {
    super(stopwords);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new UAX29URLEmailTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new UrduNormalizationFilter(result);
    result = new DecimalDigitFilter(result);
    result = new TokenShapeFilter(result);
    result = new StopFilter(result, stopwords);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    result = new UrduNormalizationFilter(result);
    return new DecimalDigitFilter(result);
  }
}

package org.servicesignals.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies {@link RomanisedSpelling} to each token. */
public final class RomanisedSpellingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public RomanisedSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String term = termAtt.toString();
    String folded = RomanisedSpelling.fold(term);
    if (!folded.equals(term)) {
      termAtt.setEmpty().append(folded);
    }
    return true;
  }
}

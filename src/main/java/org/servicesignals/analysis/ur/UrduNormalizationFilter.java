package org.servicesignals.analysis.ur;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link UrduNormalizer} (and {@link UrduAspirates}) to each token. */
public final class UrduNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public UrduNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keywordAtt.isKeyword()) {
      return true;
    }
    if (UrduNormalizer.hasPresentationForms(termAtt.buffer(), termAtt.length())) {
      String folded = UrduNormalizer.foldPresentationForms(termAtt.toString());
      termAtt.setEmpty().append(folded);
    }
    boolean arabicHeh = false;
    char[] buf = termAtt.buffer();
    for (int i = 0; i < termAtt.length(); i++) {
      arabicHeh |= buf[i] == UrduNormalizer.ARABIC_HEH;
    }
    termAtt.setLength(UrduNormalizer.normalize(buf, termAtt.length()));
    if (arabicHeh) {
      UrduAspirates.restore(termAtt.buffer(), termAtt.length());
    }
    return true;
  }
}

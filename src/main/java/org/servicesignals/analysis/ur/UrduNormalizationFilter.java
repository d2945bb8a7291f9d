package org.servicesignals.analysis.ur;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies {@link UrduNormalizer} (and {@link UrduAspirates}) to each token. A token made only of
 * marks (a lone tatweel or haraka) normalises to nothing and is dropped, its position kept.
 */
public final class UrduNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  public UrduNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      if (keywordAtt.isKeyword() || normalizeTerm()) {
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
        return true;
      }
      skipped += posIncAtt.getPositionIncrement();
    }
    return false;
  }

  /** Normalises the current term; false when nothing is left of it. */
  private boolean normalizeTerm() {
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
    return termAtt.length() > 0;
  }
}

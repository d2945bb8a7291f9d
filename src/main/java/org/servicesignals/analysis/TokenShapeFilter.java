package org.servicesignals.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces tokens whose exact spelling carries no signal by their shape: a URL becomes
 * {@code <url>}, an e-mail address {@code <email>}, a number of three or more digits {@code <num>}
 * and a code with digits in it (order #A48213, PNR 4521XZ) {@code <id>}. One- and two-digit numbers
 * stay: "1 star", "5/5" and "10/10" are opinions. Run it after digits are folded to ASCII.
 */
public final class TokenShapeFilter extends TokenFilter {
  static final String URL_TYPE = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.URL];
  static final String EMAIL_TYPE = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL];

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  public TokenShapeFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String type = typeAtt.type();
    if (URL_TYPE.equals(type)) {
      termAtt.setEmpty().append("<url>");
    } else if (EMAIL_TYPE.equals(type)) {
      termAtt.setEmpty().append("<email>");
    } else {
      int digits = 0;
      int len = termAtt.length();
      char[] b = termAtt.buffer();
      for (int i = 0; i < len; i++) {
        if (Character.isDigit(b[i])) {
          digits++;
        }
      }
      if (digits == len && len > 2) {
        termAtt.setEmpty().append("<num>");
      } else if (digits > 0 && digits < len && len > 3) {
        termAtt.setEmpty().append("<id>");
      }
    }
    return true;
  }
}

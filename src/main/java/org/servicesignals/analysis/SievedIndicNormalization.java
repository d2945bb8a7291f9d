package org.servicesignals.analysis;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link IndicNormalizationFilter}, its normaliser asked only about a token where two
 * characters side by side begin one of its compositions ({@link IndicCompositions}). Lucene's
 * normaliser looks up the Unicode block of every character of every token (a search through some
 * three hundred blocks) and the script data of that block, though nearly every Hindi and Tamil
 * token holds no pair it composes (a consonant and a nukta typed apart, अ and ा for आ, ெ and ா for
 * ொ): such a token it gives back unchanged, and here it is passed on as it is; any other token goes
 * through Lucene's own normaliser. The tokens out are Lucene's, to the character ({@code
 * SievedIndicNormalizationTest}: every corpus message, and generated text in all nine scripts).
 * Where Lucene's classes do not hold what the sieve reads, the stage is Lucene's filter ({@link #filter}).
 */
public final class SievedIndicNormalization {
  private static final Optional<IndicCompositions> COMPOSITIONS = IndicCompositions.read();

  private SievedIndicNormalization() {}

  /** {@code in} through the sieved filter, or through Lucene's own when the sieve could not be made. */
  public static TokenStream filter(TokenStream in) {
    return COMPOSITIONS.<TokenStream>map(c -> new Filter(in, c)).orElseGet(() -> new IndicNormalizationFilter(in));
  }

  /** Whether the sieve is in use (else the stage is Lucene's filter). */
  public static boolean sieved() {
    return COMPOSITIONS.isPresent();
  }

  private static final class Filter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final IndicCompositions compositions;
    private final Object normalizer;

    Filter(TokenStream in, IndicCompositions compositions) {
      super(in);
      this.compositions = compositions;
      this.normalizer = compositions.normalizer();
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] chars = term.buffer();
      int length = term.length();
      for (int i = 0; i + 1 < length; i++) {
        if (compositions.begins(chars[i], chars[i + 1])) { // the whole token to Lucene's normaliser
          term.setLength(compositions.normalize(normalizer, chars, length));
          return true;
        }
      }
      return true;
    }
  }
}

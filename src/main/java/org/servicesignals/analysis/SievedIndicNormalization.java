package org.servicesignals.analysis;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link IndicNormalizationFilter}, its normaliser asked only about a token where two
 * characters side by side begin one of its compositions. Lucene's normaliser looks up the Unicode
 * block of every character of every token (a search through some three hundred blocks) and the
 * script data of that block, though nearly every Hindi and Tamil token holds no pair it composes
 * (a consonant and a nukta typed apart, अ and ा for आ, ெ and ா for ொ): such a token it gives back
 * unchanged. Here those pairs — its table's first two characters of each composition, in each
 * script the composition is for, read from Lucene's classes when the first chain is built — are
 * one bit table, and a token with none of them is passed on as it is; any other token goes through
 * Lucene's own normaliser. The tokens out are Lucene's, to the character ({@code
 * SievedIndicNormalizationTest}: every corpus message, and generated text in all nine scripts).
 *
 * <p>Should a Lucene release keep its table elsewhere, the sieve is not made and the stage is
 * Lucene's filter, as before ({@link #filter}).
 */
public final class SievedIndicNormalization {
  /** The first of the nine scripts' blocks (Devanagari); each is 128 characters, the last ending at U+0D7F. */
  private static final char FIRST = '\u0900';
  private static final char END = '\u0D80';

  private SievedIndicNormalization() {}

  /** What the sieve needs of Lucene's normaliser: the pairs that begin a composition, and the normaliser. */
  private record Parts(BitSet pairs, MethodHandle make, MethodHandle normalize) {}

  private static final Optional<Parts> PARTS = parts();

  /** {@code in} through the sieved filter, or through Lucene's own when the sieve could not be made. */
  public static TokenStream filter(TokenStream in) {
    return PARTS.<TokenStream>map(p -> new Filter(in, p)).orElseGet(() -> new IndicNormalizationFilter(in));
  }

  /** Whether the sieve is in use (else the stage is Lucene's filter). */
  public static boolean sieved() {
    return PARTS.isPresent();
  }

  /** Whether {@code a} then {@code b}, in one script's block, begin a composition in {@code pairs}. */
  private static boolean begins(BitSet pairs, char a, char b) {
    return a >= FIRST && a < END && (a & ~0x7F) == (b & ~0x7F) && pairs.get((a - FIRST) << 7 | (b & 0x7F));
  }

  private static Optional<Parts> parts() {
    try {
      Class<?> normalizer = Class.forName("org.apache.lucene.analysis.in.IndicNormalizer");
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(normalizer, MethodHandles.lookup());
      MethodHandle make = lookup.findConstructor(normalizer, MethodType.methodType(void.class));
      MethodHandle normalize = lookup.findVirtual(normalizer, "normalize",
          MethodType.methodType(int.class, char[].class, int.class));
      Map<?, ?> scripts = (Map<?, ?>) field(normalizer, "scripts").get(null);
      int[][] table = (int[][]) field(normalizer, "decompositions").get(null);
      BitSet pairs = new BitSet();
      for (Object data : scripts.values()) {
        int base = field(data.getClass(), "base").getInt(data);
        int flag = field(data.getClass(), "flag").getInt(data);
        for (int[] row : table) {
          if ((row[4] & flag) != 0) {
            char a = (char) (base + row[0]);
            char b = (char) (base + row[1]);
            if (a < FIRST || a >= END || (a & ~0x7F) != (b & ~0x7F)) {
              return Optional.empty(); // not the table this sieve was written for
            }
            pairs.set((a - FIRST) << 7 | (b & 0x7F));
          }
        }
      }
      return pairs.isEmpty() ? Optional.empty()
          : Optional.of(new Parts(pairs, make.asType(MethodType.methodType(Object.class)),
              normalize.asType(MethodType.methodType(int.class, Object.class, char[].class, int.class))));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty(); // Lucene's filter then, unsieved
    }
  }

  private static Field field(Class<?> c, String name) throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static final class Filter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final BitSet pairs;
    private final MethodHandle normalize;
    private final Object normalizer;

    Filter(TokenStream in, Parts parts) {
      super(in);
      this.pairs = parts.pairs();
      this.normalize = parts.normalize();
      try {
        this.normalizer = parts.make().invokeExact();
      } catch (Throwable t) {
        throw new IllegalStateException("Lucene's Indic normaliser could not be made", t);
      }
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] chars = term.buffer();
      int length = term.length();
      for (int i = 0; i + 1 < length; i++) {
        if (begins(pairs, chars[i], chars[i + 1])) { // Lucene's normaliser, as its filter calls it, for the whole token
          term.setLength(normalize(chars, length));
          return true;
        }
      }
      return true;
    }

    private int normalize(char[] chars, int length) {
      try {
        return (int) normalize.invokeExact(normalizer, chars, length);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException("Lucene's Indic normaliser failed", t);
      }
    }
  }
}

package org.servicesignals.analysis;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link SievedIndicNormalization} needs of Lucene's package-private {@code IndicNormalizer}:
 * the pairs of characters side by side that begin one of its compositions — its table's first two
 * characters of each, in each script the composition is for — as one bit table, and the
 * normaliser itself to call. Read from Lucene's classes once; empty when they do not hold what this
 * reads (another Lucene release), and the stage is then Lucene's own filter.
 */
final class IndicCompositions {
  /** The first of the nine scripts' blocks (Devanagari); each is 128 characters, the last ending at U+0D7F. */
  private static final char FIRST = '\u0900';
  private static final char END = '\u0D80';

  private final BitSet pairs;
  private final MethodHandle make;
  private final MethodHandle normalize;

  private IndicCompositions(BitSet pairs, MethodHandle make, MethodHandle normalize) {
    this.pairs = pairs;
    this.make = make;
    this.normalize = normalize;
  }

  /** Whether {@code a} then {@code b}, in one script's block, begin a composition. */
  boolean begins(char a, char b) {
    return a >= FIRST && a < END && (a & ~0x7F) == (b & ~0x7F) && pairs.get((a - FIRST) << 7 | (b & 0x7F));
  }

  /** A new normaliser of Lucene's (not thread-safe: one per filter, as Lucene's filter has). */
  Object normalizer() {
    try {
      return make.invokeExact();
    } catch (Throwable t) {
      throw new IllegalStateException("Lucene's Indic normaliser could not be made", t);
    }
  }

  /** Lucene's normalisation of {@code chars[0, length)} in place, as its filter calls it: the new length. */
  int normalize(Object normalizer, char[] chars, int length) {
    try {
      return (int) normalize.invokeExact(normalizer, chars, length);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("Lucene's Indic normaliser failed", t);
    }
  }

  /** The pairs and the normaliser read from Lucene's classes, or empty when they do not hold what this reads. */
  static Optional<IndicCompositions> read() {
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
              return Optional.empty(); // not the table this reads
            }
            pairs.set((a - FIRST) << 7 | (b & 0x7F));
          }
        }
      }
      return pairs.isEmpty() ? Optional.empty()
          : Optional.of(new IndicCompositions(pairs, make.asType(MethodType.methodType(Object.class)),
              normalize.asType(MethodType.methodType(int.class, Object.class, char[].class, int.class))));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Field field(Class<?> c, String name) throws ReflectiveOperationException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}

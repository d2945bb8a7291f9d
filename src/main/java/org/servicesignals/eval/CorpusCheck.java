package org.servicesignals.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicesignals.core.Sample;

/**
 * Finds what must never be in a corpus: a text that appears twice (within or across splits), and a
 * test message that is a near-duplicate of a training message (word 3-gram Jaccard above
 * {@link #NEAR_DUPLICATE}), which would let the test split reward memorisation.
 */
public final class CorpusCheck {
  public static final double NEAR_DUPLICATE = 0.5;

  private CorpusCheck() {}

  /** Lower case, NFC, letters, marks and digits only: Devanagari and Tamil vowel signs are kept. */
  public static String normalize(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return t.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ").trim();
  }

  static Set<String> shingles(String normalized) {
    String[] w = normalized.isEmpty() ? new String[0] : normalized.split(" ");
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 3 <= w.length; i++) {
      s.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    }
    return s;
  }

  /**
   * One message that must not be there: {@code id} repeats {@code of} exactly (jaccard 1 and
   * {@code repeat} set) or nearly (word 3-gram Jaccard above {@link #NEAR_DUPLICATE}).
   */
  private record Finding(String id, String of, boolean repeat, double jaccard) {
    @Override
    public String toString() {
      return repeat ? id + " repeats the text of " + of
          : String.format(Locale.ROOT, "%s is a near-duplicate of %s (word 3-gram Jaccard %.2f)", id, of, jaccard);
    }
  }

  /** Problems found, one line each ("hi-test-0012 repeats hi-train-0301"); empty when clean. */
  public static List<String> problems(List<Sample> train, List<Sample> test) {
    return findings(train, test).stream().map(Finding::toString).toList();
  }

  /**
   * Messages of a held-out set (wild, probes, short answers) that repeat a training message or
   * nearly do: they would reward memorisation, so the check keeps them at zero.
   */
  public static List<String> leaks(List<Sample> train, List<Sample> heldOut) {
    Set<String> trainIds = new HashSet<>();
    train.forEach(s -> trainIds.add(s.id()));
    Set<String> heldIds = new HashSet<>();
    heldOut.forEach(s -> heldIds.add(s.id()));
    return findings(train, heldOut).stream().filter(f -> heldIds.contains(f.id()) && trainIds.contains(f.of()))
        .map(Finding::toString).toList();
  }

  private static List<Finding> findings(List<Sample> train, List<Sample> test) {
    List<Finding> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    List<Sample> all = new ArrayList<>(train);
    all.addAll(test);
    for (Sample s : all) {
      String k = normalize(s.text());
      String first = seen.putIfAbsent(k, s.id());
      if (first != null) {
        out.add(new Finding(s.id(), first, true, 1.0));
      }
    }
    Map<String, List<Integer>> index = new HashMap<>();
    List<Set<String>> trainShingles = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      Set<String> sh = shingles(normalize(train.get(i).text()));
      trainShingles.add(sh);
      for (String g : sh) {
        index.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
      }
    }
    for (Sample t : test) {
      Set<String> sh = shingles(normalize(t.text()));
      Map<Integer, Integer> shared = new HashMap<>();
      for (String g : sh) {
        for (int i : index.getOrDefault(g, List.of())) {
          shared.merge(i, 1, Integer::sum);
        }
      }
      for (var e : shared.entrySet()) {
        int union = sh.size() + trainShingles.get(e.getKey()).size() - e.getValue();
        double jaccard = (double) e.getValue() / union;
        if (jaccard > NEAR_DUPLICATE) {
          out.add(new Finding(t.id(), train.get(e.getKey()).id(), false, jaccard));
        }
      }
    }
    return out;
  }
}

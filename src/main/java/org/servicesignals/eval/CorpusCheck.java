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

  /** Problems found, one line each ("hi-test-0012 repeats hi-train-0301"); empty when clean. */
  public static List<String> problems(List<Sample> train, List<Sample> test) {
    List<String> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    List<Sample> all = new ArrayList<>(train);
    all.addAll(test);
    for (Sample s : all) {
      String k = normalize(s.text());
      String first = seen.putIfAbsent(k, s.id());
      if (first != null) {
        out.add(s.id() + " repeats the text of " + first);
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
          out.add(String.format(Locale.ROOT, "%s is a near-duplicate of %s (word 3-gram Jaccard %.2f)",
              t.id(), train.get(e.getKey()).id(), jaccard));
        }
      }
    }
    return out;
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
    List<String> out = new ArrayList<>();
    for (String p : problems(train, heldOut)) {
      String[] w = p.split(" ");
      String other = p.contains(" repeats the text of ") ? w[w.length - 1] : w[5];
      if (heldIds.contains(w[0]) && trainIds.contains(other)) {
        out.add(p);
      }
    }
    return out;
  }
}

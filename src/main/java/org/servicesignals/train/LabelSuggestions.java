package org.servicesignals.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Prediction;

/**
 * The messages whose labels would teach the model most, for a person to label next.
 *
 * <ol>
 *   <li><b>Uncertain.</b> A message counts by the entropy of its calibrated probabilities: one the
 *       model splits between labels is one its label would move. Only the {@value #POOL}·n most
 *       uncertain messages of each language are kept while the input streams by.
 *   <li><b>Every language.</b> The n places are shared among the languages in proportion to their
 *       classified messages (largest remainder), and every language present gets at least one, so
 *       a language with a few messages is not left to its shipped model alone.
 *   <li><b>Different from each other.</b> Within a language, from its {@value #POOL}·k most uncertain
 *       messages (k its share), greedy max-min diversity over the messages' token sets (as the
 *       language's analyzer makes them): the most uncertain first, then again and again the message
 *       whose Jaccard distance to the nearest one already taken is largest, the more uncertain on a
 *       tie. Ten near-copies of one complaint teach what one of them teaches; max-min spreads the
 *       picks across the kinds of message the model is unsure of, without fixing a number of
 *       clusters beforehand as k-means would.
 * </ol>
 *
 * Messages without a label or a supported language (errors, no letters) are never suggested: no
 * model learns from them. Deterministic: ties go to the earlier message.
 *
 * @param <T> the row each message came with, handed back with the picks
 */
public final class LabelSuggestions<T> {
  /** How many more uncertain messages than places are looked at, per language. */
  public static final int POOL = 3;

  /** A message to label, with the row it came with. */
  public record Pick<T>(T row, Prediction prediction, Lang lang, double entropy) {}

  private record Candidate<T>(long order, T row, String text, Prediction prediction, double entropy) {}

  /** Least uncertain first (and, among equals, the later message), so it leaves the pool first. */
  private static final Comparator<Candidate<?>> LEAST_USEFUL = Comparator.<Candidate<?>>comparingDouble(c -> c.entropy)
      .thenComparing(Comparator.<Candidate<?>>comparingLong(c -> c.order).reversed());

  private final int n;
  private final Map<Lang, PriorityQueue<Candidate<T>>> pools = new EnumMap<>(Lang.class);
  private final Map<Lang, Integer> classified = new EnumMap<>(Lang.class);
  private long order;

  public LabelSuggestions(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("suggest at least 1 message, not " + n);
    }
    this.n = n;
  }

  /** Considers one classified message ({@code text} as classified) and the row it came with. */
  public void offer(T row, String text, Prediction p) {
    long at = order++;
    Optional<Lang> lang = p.ok() ? Lang.parse(p.lang()) : Optional.empty();
    if (lang.isEmpty() || p.tokens() == 0) {
      return;
    }
    classified.merge(lang.get(), 1, Integer::sum);
    PriorityQueue<Candidate<T>> pool = pools.computeIfAbsent(lang.get(), l -> new PriorityQueue<>(LEAST_USEFUL));
    pool.add(new Candidate<>(at, row, text, p, entropy(p.probabilities())));
    if (pool.size() > POOL * n) {
      pool.poll();
    }
  }

  /** Messages classified into a language so far, per language. */
  public Map<Lang, Integer> classified() {
    return Map.copyOf(classified);
  }

  /**
   * The picks, at most n: languages interleaved in proportion to their shares, each language's
   * picks in the order they were taken (so the first rows of the list are the ones to label first).
   */
  public List<Pick<T>> select(Function<Lang, AnalyzerChain> chains) {
    Map<Lang, Integer> quotas = quotas();
    record Ranked<T>(Pick<T> pick, double position, int lang) {}
    List<Ranked<T>> ranked = new ArrayList<>();
    for (Map.Entry<Lang, Integer> q : quotas.entrySet()) {
      List<Candidate<T>> byUse = new ArrayList<>(pools.get(q.getKey()));
      byUse.sort(LEAST_USEFUL.reversed());
      List<Candidate<T>> taken = diverse(byUse.subList(0, Math.min(byUse.size(), POOL * q.getValue())),
          q.getValue(), chains.apply(q.getKey()));
      for (int i = 0; i < taken.size(); i++) {
        Candidate<T> c = taken.get(i);
        ranked.add(new Ranked<>(new Pick<>(c.row, c.prediction, q.getKey(), c.entropy),
            (i + 0.5) / q.getValue(), q.getKey().ordinal()));
      }
    }
    ranked.sort(Comparator.<Ranked<T>>comparingDouble(Ranked::position).thenComparingInt(Ranked::lang));
    return ranked.stream().map(Ranked::pick).toList();
  }

  /**
   * Places per language: one each (the largest languages first, when there are fewer places than
   * languages), the rest in proportion to the classified messages by largest remainder, never more
   * than a language has.
   */
  Map<Lang, Integer> quotas() {
    List<Lang> langs = new ArrayList<>(pools.keySet());
    langs.sort(Comparator.comparingInt((Lang l) -> -classified.get(l)).thenComparing(Comparator.naturalOrder()));
    int places = Math.min(n, pools.values().stream().mapToInt(PriorityQueue::size).sum());
    Map<Lang, Integer> quotas = new EnumMap<>(Lang.class);
    for (Lang l : langs.subList(0, Math.min(langs.size(), places))) {
      quotas.put(l, 1);
    }
    int rest = places - quotas.size();
    if (rest == 0) {
      return quotas;
    }
    int total = classified.values().stream().mapToInt(Integer::intValue).sum();
    Map<Lang, Double> remainder = new EnumMap<>(Lang.class);
    int given = 0;
    for (Lang l : langs) {
      double share = (double) rest * classified.get(l) / total;
      int whole = Math.min(pools.get(l).size() - 1, (int) Math.floor(share));
      quotas.merge(l, whole, Integer::sum);
      given += whole;
      remainder.put(l, share - whole);
    }
    List<Lang> byRemainder = new ArrayList<>(langs);
    byRemainder.sort(Comparator.comparingDouble((Lang l) -> -remainder.get(l)).thenComparing(Comparator.naturalOrder()));
    while (given < rest) { // places left by rounding down, or by a language with fewer messages than its share
      for (Lang l : byRemainder) {
        if (given < rest && quotas.get(l) < pools.get(l).size()) {
          quotas.merge(l, 1, Integer::sum);
          given++;
        }
      }
    }
    return quotas;
  }

  /** Greedy max-min diversity over token sets, starting from the most uncertain. */
  private List<Candidate<T>> diverse(List<Candidate<T>> byUse, int k, AnalyzerChain chain) {
    List<Set<String>> tokens = byUse.stream().map(c -> Set.of(distinct(chain.tokens(c.text)))).toList();
    double[] nearest = new double[byUse.size()];
    java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    boolean[] taken = new boolean[byUse.size()];
    List<Candidate<T>> out = new ArrayList<>();
    int next = byUse.isEmpty() ? -1 : 0;
    while (next >= 0 && out.size() < k) {
      taken[next] = true;
      out.add(byUse.get(next));
      int pickedNow = next;
      next = -1;
      for (int i = 0; i < byUse.size(); i++) {
        if (taken[i]) {
          continue;
        }
        nearest[i] = Math.min(nearest[i], jaccardDistance(tokens.get(i), tokens.get(pickedNow)));
        if (next < 0 || nearest[i] > nearest[next]) { // byUse is most uncertain first: a tie keeps it
          next = i;
        }
      }
    }
    return out;
  }

  private static String[] distinct(String[] tokens) {
    return new HashSet<>(List.of(tokens)).toArray(new String[0]);
  }

  static double jaccardDistance(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String t : a.size() <= b.size() ? a : b) {
      if ((a.size() <= b.size() ? b : a).contains(t)) {
        common++;
      }
    }
    return 1.0 - (double) common / (a.size() + b.size() - common);
  }

  /** Entropy of {@code p} in nats: 0 when sure, ln 3 when the three labels are equally likely. */
  static double entropy(double[] p) {
    double h = 0;
    for (Label l : Label.values()) {
      double x = p[l.ordinal()];
      if (x > 0) {
        h -= x * Math.log(x);
      }
    }
    return h;
  }
}

package org.servicesignals.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.servicesignals.scoring.FeatureIndex;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.servicesignals.core.Label;

/**
 * A language's sentiment lexicon ({@code corpora/lexicon/<lang>.tsv}, written natively for this
 * project): words and multi-word expressions with the label they lean to on their own and a
 * strength, plus intensifiers and diminishers. Terms are stored as the language's normalisation
 * chain outputs them, so a lexicon written with a nukta or a keheh matches a message typed without;
 * the longest expression wins ("never been treated so well" before "never" and "well").
 */
public final class Lexicon {
  /** What a term does. */
  public enum Kind { SENTIMENT, NEGATOR, INTENSIFIER, DIMINISHER, CONTRAST }

  /**
   * One term.
   *
   * @param length how many tokens it spans
   * @param kind what it does
   * @param signal the label a sentiment term leans to on its own; empty for the other kinds
   * @param strength 1 mild, 2 clear, 3 strong; 0 for the other kinds
   */
  public record Entry(int length, Kind kind, Optional<Label> signal, int strength) {}

  /** A term found in a message: tokens {@code [start, start + entry.length())}. */
  public record Match(int start, Entry entry) {
    public int end() {
      return start + entry.length();
    }
  }

  public static final Lexicon EMPTY = new Lexicon(Map.of());

  private final Map<String, Entry> terms; // tokens joined by a space
  // every term's prefixes of one token and more ("not", "not at", "not at all"), to the term a prefix is
  // itself or null: match walks a message's tokens along them, one look-up a token it reads, where it
  // looked up every length of term its first token starts
  private final FeatureIndex prefixes;
  private final Entry[] prefixTerms;
  private final WordSieve firstTokens; // turns away most tokens before the prefixes are asked about a term's start
  private final Map<Integer, List<String>> wordsByLength; // the one-word sentiment terms by UTF-16 length, for slips

  private Lexicon(Map<String, Entry> terms) {
    this.terms = new HashMap<>(terms);
    Map<String, Entry> prefixTerms = new HashMap<>(); // a prefix that is no term maps to null
    Set<String> firsts = new HashSet<>();
    for (var e : terms.entrySet()) {
      String key = e.getKey();
      firsts.add(key.indexOf(' ') < 0 ? key : key.substring(0, key.indexOf(' ')));
      for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        prefixTerms.putIfAbsent(key.substring(0, space), null);
      }
      prefixTerms.put(key, e.getValue());
    }
    this.prefixes = new FeatureIndex(prefixTerms.size());
    this.prefixTerms = new Entry[prefixTerms.size()];
    prefixTerms.forEach((prefix, entry) -> this.prefixTerms[prefixes.add(prefix)] = entry);
    prefixes.trim();
    this.firstTokens = WordSieve.of(firsts);
    this.wordsByLength = terms.entrySet().stream()
        .filter(e -> e.getValue().length() == 1 && e.getValue().kind() == Kind.SENTIMENT)
        .map(Map.Entry::getKey).sorted()
        .collect(java.util.stream.Collectors.groupingBy(String::length, java.util.stream.Collectors.toList()));
  }

  /** The shortest word, in letters, that {@link #spelledLike} reads as a slip of the keyboard. */
  public static final int SLIP_MIN_LETTERS = 5;

  /**
   * The one-word sentiment term that {@code token}, which is no term, misspells by one letter
   * (one letter left out, added, changed, or two neighbours swapped: "excelent", "terrible" as
   * "terible", زبردست typed with ٹ): found only for a word of at least {@link #SLIP_MIN_LETTERS}
   * letters that begins as the term begins (a letter put before a word is a prefix, and often a
   * negating one: सुरक्षित "safe", असुरक्षित "unsafe"), and only when every term one letter away
   * leans the same way; the weakest of them.
   */
  public Optional<Entry> spelledLike(String token) {
    int n = token.codePointCount(0, token.length());
    if (n < SLIP_MIN_LETTERS || terms.containsKey(token)) {
      return Optional.empty();
    }
    Entry found = null;
    for (int length = token.length() - 1; length <= token.length() + 1; length++) {
      for (String w : wordsByLength.getOrDefault(length, List.of())) {
        if (w.charAt(0) == token.charAt(0) && Spelling.oneEditApart(w, token)) {
          Entry e = terms.get(w);
          if (found != null && !found.signal().equals(e.signal())) {
            return Optional.empty(); // one letter from a word of each side: no reading
          }
          found = found == null || e.strength() < found.strength() ? e : found;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  public int size() {
    return terms.size();
  }

  /**
   * Reads a lexicon file (columns {@code term kind polarity strength signal variant_of note}),
   * normalising each term with {@code chain}; the first of two terms that normalise alike wins.
   */
  public static Lexicon read(InputStream in, AnalyzerChain chain) {
    return read(in, chain, word -> List.of());
  }

  /**
   * As {@link #read(InputStream, AnalyzerChain)}, each one-word sentiment term also standing for the
   * forms {@code derived} makes of it ({@link LanguageProfile#derivedForms}), after every written term.
   */
  public static Lexicon read(InputStream in, AnalyzerChain chain, Function<String, List<String>> derived) {
    Map<String, Entry> terms = new HashMap<>();
    Map<String, Entry> forms = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // header
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (c.length < 5 || c[0].isBlank()) {
          continue;
        }
        String[] tokens = chain.tokens(c[0]);
        if (tokens.length == 0) {
          continue;
        }
        Kind kind = Kind.valueOf(c[1].trim().toUpperCase(java.util.Locale.ROOT));
        Optional<Label> signal = kind == Kind.SENTIMENT ? Label.parse(c[4]) : Optional.empty();
        int strength = kind == Kind.SENTIMENT && c[3].matches("[123]") ? Integer.parseInt(c[3]) : 0;
        if (kind == Kind.SENTIMENT && signal.isEmpty()) {
          continue;
        }
        Entry entry = new Entry(tokens.length, kind, signal, strength);
        terms.putIfAbsent(String.join(" ", tokens), entry);
        if (kind == Kind.SENTIMENT && tokens.length == 1) {
          for (String form : derived.apply(tokens[0])) {
            String[] t = chain.tokens(form);
            if (t.length == 1) {
              forms.putIfAbsent(t[0], entry);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a lexicon", e);
    }
    forms.forEach(terms::putIfAbsent);
    return new Lexicon(Map.copyOf(terms));
  }

  /** The terms in {@code tokens}, left to right, longest first where two start together, never overlapping. */
  public List<Match> match(String[] tokens) {
    List<Match> out = new ArrayList<>();
    char[] key = new char[64]; // the tokens read from i, joined by spaces
    int i = 0;
    while (i < tokens.length) {
      Entry found = null;
      int length = 0;
      for (int k = i; k < tokens.length; k++) { // on while the tokens read begin some term
        String t = tokens[k];
        if (key.length < length + 1 + t.length()) {
          key = Arrays.copyOf(key, Math.max(2 * key.length, length + 1 + t.length()));
        }
        if (k > i) {
          key[length++] = ' ';
        }
        t.getChars(0, t.length(), key, length);
        length += t.length();
        int row = k > i ? prefixes.row(key, 0, length) : firstTokens.mayHold(t) ? prefixes.row(t) : -1;
        if (row < 0) {
          break;
        }
        found = prefixTerms[row] != null ? prefixTerms[row] : found; // the longest term so far
      }
      if (found != null) {
        out.add(new Match(i, found));
        i += found.length();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The term written as {@code key} (its tokens joined by spaces), or null: for tests. */
  Entry entry(String key) {
    return terms.get(key);
  }
}

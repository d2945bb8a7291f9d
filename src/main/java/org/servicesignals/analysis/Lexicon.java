package org.servicesignals.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.scoring.FeatureIndex;
import java.util.Optional;
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
  private final FeatureIndex termRows; // the same keys, to their entry in entries: read by match
  private final Entry[] entries;
  private final FeatureIndex firstTokens; // each term's first token, to its place in lengthsFrom
  private final long[] lengthsFrom; // the lengths of the terms a first token starts, one bit each
  private final Map<Integer, List<String>> wordsByLength; // the one-word sentiment terms by UTF-16 length, for slips

  private Lexicon(Map<String, Entry> terms) {
    this.terms = new HashMap<>(terms);
    this.termRows = new FeatureIndex(terms.size());
    this.entries = new Entry[terms.size()];
    terms.forEach((key, entry) -> entries[termRows.add(key)] = entry);
    termRows.trim();
    Map<String, Long> from = new HashMap<>();
    for (var e : terms.entrySet()) {
      String first = e.getKey().split(" ", 2)[0];
      from.merge(first, 1L << Math.min(63, e.getValue().length()), (a, b) -> a | b);
    }
    // an open-addressing table rather than a map: most tokens start no term, and telling so is one
    // probe of a flat array (this look-up, once per token, was a twentieth of classifying)
    this.firstTokens = new FeatureIndex(from.size());
    this.lengthsFrom = new long[from.size()];
    from.forEach((first, lengths) -> lengthsFrom[firstTokens.add(first)] = lengths);
    firstTokens.trim();
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
    int i = 0;
    char[] key = null; // a term of several tokens is looked up as spelled here, joined by spaces
    while (i < tokens.length) {
      Match found = null;
      int first = firstTokens.row(tokens[i]); // most tokens start no term: one lookup and on
      long ahead = first < 0 ? 0 : lengthsFrom[first];
      for (int n = Math.min(63 - Long.numberOfLeadingZeros(ahead), tokens.length - i); n >= 1 && found == null; n--) {
        if ((ahead & (1L << n)) == 0) {
          continue; // no term of this length starts here: no key to look up
        }
        int row;
        if (n == 1) {
          row = termRows.row(tokens[i]);
        } else {
          int length = n - 1;
          for (int k = i; k < i + n; k++) {
            length += tokens[k].length();
          }
          if (key == null || key.length < length) {
            key = new char[Math.max(64, length)];
          }
          int at = 0;
          for (int k = i; k < i + n; k++) {
            if (k > i) {
              key[at++] = ' ';
            }
            tokens[k].getChars(0, tokens[k].length(), key, at);
            at += tokens[k].length();
          }
          row = termRows.row(key, 0, length);
        }
        if (row >= 0) {
          found = new Match(i, entries[row]);
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }
}

package org.servicesignals.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicesignals.core.Label;

/**
 * Messages with no letters at all — {@code 👍👍}, {@code 😡}, {@code :-(}, {@code 9/10},
 * {@code ★★★★☆} — which no language model can read: ratings are scored by their share of the top
 * mark (0.9 and up exceptional, 0.6 and up good, below poor), emoji and emoticons by the symbol
 * table ({@code corpora/lexicon/symbols.tsv}, written for this project), and the votes added up,
 * a rating counting as much as three strong symbols. The probabilities are the smoothed shares of
 * the vote, so one thumbs-up is a modest "good", never a certainty. {@link #vote} also reads the
 * ratings and symbols of a message with words, star ratings written in words included
 * ({@code 4 stars}, {@code 2 tähteä}), for {@link ShortAnswers}.
 */
public final class SymbolClassifier {
  /** A rating's share of the top mark from which it reads as exceptional, and as good. */
  static final double EXCEPTIONAL_SHARE = 0.9;
  static final double GOOD_SHARE = 0.6;
  /** What a rating weighs against a symbol of strength 1 to 3. */
  static final int RATING_WEIGHT = 9;
  /** Added to every label's vote before the shares are taken. */
  static final double SMOOTHING = 0.5;

  private static final Pattern FRACTION = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*/\\s*(\\d{1,3})");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");
  /** A star rating in words, out of five: {@code 4 stars}, {@code 1 tähti}, {@code 5 स्टार}, {@code 2 اسٹار}, {@code 3 ஸ்டார்}. */
  private static final Pattern STARS = Pattern.compile(
      "(?<![\\p{Nd}.,/])(\\p{Nd}(?:[.,]5)?)\\s*-?\\s*(?:stars?|tähte[äa]|tähti|tähden|tähdet|स्टार|सितारे|اسٹار|سٹار|ستارے|ஸ்டார்)(?![\\p{L}\\p{M}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{M}]+");

  private record Symbol(Label label, int strength) {}

  private final Map<String, Symbol> symbols;
  private final int longest;

  private SymbolClassifier(Map<String, Symbol> symbols) {
    this.symbols = Map.copyOf(symbols);
    this.longest = symbols.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The table shipped in the jar ({@code lexicon/symbols.tsv}); empty when there is none. */
  public static SymbolClassifier shipped() {
    try (InputStream in = SymbolClassifier.class.getResourceAsStream("/lexicon/symbols.tsv")) {
      return in == null ? new SymbolClassifier(Map.of()) : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the symbol table", e);
    }
  }

  /** Reads a table with the lexicon's columns: {@code term kind polarity strength signal …}. */
  static SymbolClassifier read(InputStream in) throws IOException {
    Map<String, Symbol> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (c.length < 5) {
          continue;
        }
        Optional<Label> label = Label.parse(c[4]);
        if (label.isPresent() && !c[0].isBlank()) {
          m.putIfAbsent(strip(c[0]), new Symbol(label.get(), c[3].matches("[123]") ? Integer.parseInt(c[3]) : 1));
        }
      }
    }
    return new SymbolClassifier(m);
  }

  /** Drops variation selectors, skin tones and spaces: 👍🏽 and 👍 mean the same. */
  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0x1F3FB && cp <= 0x1F3FF)
        && !Character.isWhitespace(cp)).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * The probabilities per label (in {@link Label} order) and the symbols that decided them, or
   * empty when the message holds no rating and no known symbol.
   *
   * @param evidence receives the ratings and symbols found, in order
   */
  public Optional<double[]> classify(String text, List<String> evidence) {
    Map<Label, Integer> vote = vote(text, evidence);
    if (vote.isEmpty()) {
      return Optional.empty();
    }
    double[] p = new double[Label.values().length];
    double sum = 0;
    for (Label l : Label.values()) {
      p[l.ordinal()] = vote.getOrDefault(l, 0) + SMOOTHING;
      sum += p[l.ordinal()];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return Optional.of(p);
  }

  /**
   * Each label's vote from the ratings ({@code 9/10}, {@code 80%}, {@code ★★★★☆}, {@code 4 stars})
   * and known emoji and emoticons in {@code text}, which may hold words too; empty when it has none.
   *
   * @param evidence receives the ratings and symbols found, in order
   */
  public Map<Label, Integer> vote(String text, List<String> evidence) {
    Map<Label, Integer> vote = new EnumMap<>(Label.class);
    // beside words only the symbols without letters count: "xD" is no emoticon inside "FedexDelivery"
    String s = strip(WORDS.matcher(ratings(text, vote, evidence)).replaceAll(" "));
    int i = 0;
    while (i < s.length()) {
      Symbol found = null;
      int len = 0;
      for (int n = Math.min(longest, s.length() - i); n >= 1 && found == null; n--) {
        found = symbols.get(s.substring(i, i + n));
        len = n;
      }
      if (found != null) {
        vote.merge(found.label(), found.strength(), Integer::sum);
        evidence.add(s.substring(i, i + len));
        i += len;
      } else {
        i += Character.charCount(s.codePointAt(i));
      }
    }
    return vote;
  }

  /** Adds each star rating in words ({@code 4 stars}) to {@code shares}; returns the text without them. */
  private static String stars(String text, List<double[]> shares, List<String> evidence) {
    Matcher m = STARS.matcher(text);
    StringBuilder rest = new StringBuilder();
    int at = 0;
    while (m.find()) {
      String number = m.group(1);
      double got = Character.digit(number.codePointAt(0), 10) + (number.length() > 1 ? 0.5 : 0);
      if (got >= 0 && got <= 5) {
        shares.add(new double[] {got / 5});
        evidence.add(m.group());
        rest.append(text, at, m.start()).append(' ');
        at = m.end();
      }
    }
    return rest.append(text.substring(at)).toString();
  }

  /** Votes for each rating (9/10, 80%, ★★★★☆); returns the text with them taken out. */
  private static String ratings(String text, Map<Label, Integer> vote, List<String> evidence) {
    List<double[]> shares = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    text = stars(text, shares, evidence);
    Matcher f = FRACTION.matcher(text);
    int at = 0;
    while (f.find()) {
      double top = Double.parseDouble(f.group(2));
      double got = Double.parseDouble(f.group(1).replace(',', '.'));
      if (top > 0 && got <= top) {
        shares.add(new double[] {got / top});
        evidence.add(f.group());
        rest.append(text, at, f.start());
        at = f.end();
      }
    }
    rest.append(text.substring(at));
    String noFractions = rest.toString();
    Matcher pc = PERCENT.matcher(noFractions);
    if (pc.find() && Integer.parseInt(pc.group(1)) <= 100) {
      shares.add(new double[] {Integer.parseInt(pc.group(1)) / 100.0});
      evidence.add(pc.group());
      noFractions = noFractions.replace(pc.group(), " ");
    }
    long filled = noFractions.codePoints().filter(cp -> cp == '★' || cp == 0x2B50 || cp == 0x1F31F).count();
    long empty = noFractions.codePoints().filter(cp -> cp == '☆').count();
    if (filled > 0) {
      long out = empty > 0 ? filled + empty : Math.max(5, filled);
      shares.add(new double[] {(double) filled / out});
      evidence.add("★".repeat((int) Math.min(filled, 10)) + "☆".repeat((int) Math.min(empty, 10)));
      noFractions = noFractions.replace("★", " ").replace("☆", " ").replace("\u2B50", " ").replace("\uD83C\uDF1F", " ");
    }
    for (double[] share : shares) {
      Label l = share[0] >= EXCEPTIONAL_SHARE ? Label.EXCEPTIONAL : share[0] >= GOOD_SHARE ? Label.GOOD : Label.POOR;
      vote.merge(l, RATING_WEIGHT, Integer::sum);
    }
    return noFractions;
  }
}

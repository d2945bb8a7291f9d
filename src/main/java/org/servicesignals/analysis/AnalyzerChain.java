package org.servicesignals.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.servicesignals.core.Lang;

/**
 * A language's analysis as a list of stages after a tokenizer. The tokenizer is
 * {@link UAX29URLEmailTokenizer} for every language: Unicode word boundaries keep Devanagari and
 * Tamil vowel signs inside their words (whitespace tokenizers split them off), and URLs, e-mail
 * addresses and emoji come out as single tokens.
 */
public final class AnalyzerChain {
  private final Lang lang;
  private final AnalysisOptions options;
  private final List<Stage> stages;
  private final Analyzer analyzer;
  /** The whole chain with a {@link Tee} before its last stage; null without stages. */
  private final Analyzer teed;

  AnalyzerChain(Lang lang, AnalysisOptions options, List<Stage> stages) {
    this.lang = Objects.requireNonNull(lang);
    this.options = Objects.requireNonNull(options);
    this.stages = List.copyOf(stages);
    this.analyzer = prefix(this.stages.size());
    this.teed = this.stages.isEmpty() ? null : teed();
  }

  /**
   * Tokens of {@code text} after the whole chain ({@code [0]}) and, from the same pass, after every
   * stage but the last ({@code [1]}): what {@link #tokens} of this chain and of the chain without
   * its last stage give, for the cost of one analysis. A chain without stages gives its tokens twice.
   */
  public String[][] tokensAndBeforeLast(String text) {
    if (teed == null) {
      String[] t = tokens(text);
      return new String[][] {t, t};
    }
    try (TokenStream ts = teed.tokenStream("text", text)) {
      Tee tee = ((TeeEnd) ts).tee; // the components' own tee
      String[] all = drain(ts, tee);
      return new String[][] {all, tee.seen.toArray(new String[0])};
    } catch (IOException e) {
      throw new UncheckedIOException("analysis failed", e); // a StringReader does not throw
    }
  }

  /** Passes tokens on unchanged, keeping each term as it goes by. */
  private static final class Tee extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    List<String> seen = new ArrayList<>();

    Tee(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      seen.add(term.toString());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      if (seen.size() > 1024) {
        seen = new ArrayList<>(); // a long message's room is not kept for the next
      } else {
        seen.clear();
      }
    }
  }

  /** The end of {@link #teed}: passes tokens on and knows the chain's {@link Tee}. */
  private static final class TeeEnd extends TokenFilter {
    final Tee tee;

    TeeEnd(TokenStream input, Tee tee) {
      super(input);
      this.tee = tee;
    }

    @Override
    public boolean incrementToken() throws IOException {
      return input.incrementToken();
    }
  }

  private Analyzer teed() {
    List<Stage> before = stages.subList(0, stages.size() - 1);
    Stage last = stages.get(stages.size() - 1);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new UAX29URLEmailTokenizer();
        Tee tee = new Tee(filtered(source, before));
        return new TokenStreamComponents(source, new TeeEnd(last.filter().apply(tee), tee));
      }
    };
  }

  public Lang lang() {
    return lang;
  }

  public AnalysisOptions options() {
    return options;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The whole chain as a Lucene analyzer; thread-safe, as every Lucene analyzer is. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Whether this chain, stemmed without stopwords, is {@code shorter}, the normalisation alone, with
   * one stage more at the end (the stemmer), so that {@link #tokensAndBeforeLast} gives the tokens of
   * both.
   */
  public boolean addsOneStageTo(AnalyzerChain shorter) {
    if (shorter.lang != lang || stages.size() != shorter.stages.size() + 1
        || !shorter.options.equals(AnalysisOptions.NONE) || !options.equals(new AnalysisOptions(false, true))) {
      return false;
    }
    for (int i = 0; i < shorter.stages.size(); i++) {
      if (!stages.get(i).name().equals(shorter.stages.get(i).name())) {
        return false;
      }
    }
    return true;
  }

  /** "uax29-url-email-tokenizer > lowercase > ...", as the model card stores it. */
  public String describe() {
    StringBuilder b = new StringBuilder("uax29-url-email-tokenizer");
    for (Stage s : stages) {
      b.append(" > ").append(s.name());
    }
    return b.toString();
  }

  /** Tokens of {@code text} after the whole chain. */
  public String[] tokens(String text) {
    return tokens(analyzer, text);
  }

  /** Every token the chain makes of {@code words}: a word list as this chain writes its words. */
  public Set<String> forms(Collection<String> words) {
    Set<String> s = new HashSet<>();
    for (String w : words) {
      s.addAll(List.of(tokens(w)));
    }
    return Set.copyOf(s);
  }

  /**
   * A token of the whole chain and where it stands in the original text.
   *
   * @param term the token as the chain outputs it
   * @param start offset of its first character in the text
   * @param end offset after its last character
   */
  public record Token(String term, int start, int end) {}

  /** The tokens of {@code text} after the whole chain, with their offsets in {@code text}. */
  public List<Token> analyze(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis failed", e); // a StringReader does not throw
    }
    return out;
  }

  /** Tokens after the tokenizer (index 0) and after each stage (index i = stage i-1). */
  public List<List<String>> trace(String text) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i <= stages.size(); i++) {
      try (Analyzer a = prefix(i)) {
        out.add(List.of(tokens(a, text)));
      }
    }
    return out;
  }

  /** An analyzer made of the tokenizer and the first {@code n} stages. */
  Analyzer prefix(int n) {
    List<Stage> used = stages.subList(0, n);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new UAX29URLEmailTokenizer();
        return new TokenStreamComponents(source, filtered(source, used));
      }
    };
  }

  /** {@code ts} through each of {@code stages}' filters in turn. */
  private static TokenStream filtered(TokenStream ts, List<Stage> stages) {
    for (Stage s : stages) {
      ts = s.filter().apply(ts);
    }
    return ts;
  }

  /** Tokens of {@code text} after any Lucene analyzer. */
  public static String[] tokens(Analyzer a, String text) {
    try (TokenStream ts = a.tokenStream("text", text)) {
      return drain(ts);
    } catch (IOException e) {
      throw new UncheckedIOException("analysis failed", e); // a StringReader does not throw
    }
  }

  /** Resets {@code ts}, reads it to its end and gives its terms. */
  private static String[] drain(TokenStream ts) throws IOException {
    return drain(ts, null);
  }

  /**
   * As {@link #drain(TokenStream)}, a term spelled as the string {@code tee} (when not null) kept
   * at the same place given as that string rather than a copy of it: the tee's terms, which the
   * stemmer after it mostly leaves as they were. The tee's list is read after the reset, which may
   * replace it.
   */
  private static String[] drain(TokenStream ts, Tee tee) throws IOException {
    List<String> out = new ArrayList<>(16);
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    ts.reset();
    List<String> earlier = tee == null ? List.of() : tee.seen;
    while (ts.incrementToken()) {
      int i = out.size();
      String same = i < earlier.size() ? earlier.get(i) : null;
      out.add(same != null && spells(term, same) ? same : term.toString());
    }
    ts.end();
    return out.toArray(new String[0]);
  }

  private static boolean spells(CharTermAttribute term, String s) {
    int n = term.length();
    if (n != s.length()) {
      return false;
    }
    char[] chars = term.buffer();
    for (int k = 0; k < n; k++) {
      if (chars[k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}

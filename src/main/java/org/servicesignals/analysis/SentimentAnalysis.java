package org.servicesignals.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.servicesignals.analysis.ur.UrduAnalyzer;
import org.servicesignals.analysis.ur.UrduNormalizationFilter;
import org.servicesignals.core.Lang;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.TamilStemmer;

/**
 * The analysis chain of each language, built for sentiment rather than search. Each follows the
 * Lucene analyzer of its language (HindiAnalyzer, FinnishAnalyzer, TamilAnalyzer, EnglishAnalyzer;
 * our own UrduAnalyzer) with three changes: the tokenizer keeps URLs and e-mails whole, numbers and
 * codes become shapes ({@link TokenShapeFilter}), and the stopword lists are audited so that
 * negations, intensifiers and contrast words survive (see the header of each stopwords file).
 */
public final class SentimentAnalysis {
  private static final Map<String, AnalyzerChain> CACHE = new ConcurrentHashMap<>();

  private SentimentAnalysis() {}

  /** The chain for {@code lang}; built once per language and options, then shared. */
  public static AnalyzerChain chain(Lang lang, AnalysisOptions options) {
    return CACHE.computeIfAbsent(lang.code() + "/" + options, k -> build(lang, options));
  }

  /** The chain {@code lang} trains with by default ({@link AnalysisOptions#defaultFor}). */
  public static AnalyzerChain chain(Lang lang) {
    return chain(lang, AnalysisOptions.defaultFor(lang));
  }

  private static AnalyzerChain build(Lang lang, AnalysisOptions options) {
    List<Stage> stages = new ArrayList<>();
    switch (lang) {
      case EN -> {
        stages.add(new Stage("possessive", EnglishPossessiveFilter::new));
        stages.add(new Stage("lowercase", LowerCaseFilter::new));
        stages.add(new Stage("shapes", TokenShapeFilter::new));
      }
      case FI -> {
        stages.add(new Stage("lowercase", LowerCaseFilter::new));
        stages.add(new Stage("shapes", TokenShapeFilter::new));
      }
      case HI -> {
        stages.add(new Stage("lowercase", LowerCaseFilter::new));
        stages.add(new Stage("digits", DecimalDigitFilter::new));
        stages.add(new Stage("shapes", TokenShapeFilter::new));
        stages.add(new Stage("indic-normalization", IndicNormalizationFilter::new));
        stages.add(new Stage("hindi-normalization", HindiNormalizationFilter::new));
      }
      case TA -> {
        stages.add(new Stage("lowercase", LowerCaseFilter::new));
        stages.add(new Stage("digits", DecimalDigitFilter::new));
        stages.add(new Stage("shapes", TokenShapeFilter::new));
        stages.add(new Stage("indic-normalization", IndicNormalizationFilter::new));
      }
      case UR -> {
        stages.add(new Stage("lowercase", LowerCaseFilter::new));
        stages.add(new Stage("urdu-normalization", UrduNormalizationFilter::new));
        stages.add(new Stage("digits", DecimalDigitFilter::new));
        stages.add(new Stage("shapes", TokenShapeFilter::new));
      }
    }
    if (options.stopwords()) {
      CharArraySet stop = normalizedStopwords(lang, new AnalyzerChain(lang, options, stages));
      stages.add(new Stage("stopwords(" + stop.size() + ", negations kept)",
          ts -> new StopFilter(ts, stop)));
    }
    if (options.stem()) {
      switch (lang) {
        case EN -> stages.add(new Stage("porter-stem", PorterStemFilter::new));
        case FI -> stages.add(new Stage("snowball-finnish-stem",
            ts -> new SnowballFilter(ts, new FinnishStemmer())));
        case HI -> stages.add(new Stage("hindi-light-stem", HindiStemFilter::new));
        // the Tamil stemmer can strip a word to nothing: drop the empty tokens it leaves
        case TA -> stages.add(new Stage("snowball-tamil-stem",
            ts -> new LengthFilter(new SnowballFilter(ts, new TamilStemmer()), 1, Integer.MAX_VALUE)));
        case UR -> { } // no Urdu stemmer: inflection is carried by separate words
      }
    }
    return new AnalyzerChain(lang, options, stages);
  }

  /** The raw stopword list of {@code lang}, as written in its resource file. */
  public static List<String> stopwords(Lang lang) {
    String path = lang == Lang.UR ? "stopwords.txt" : "stopwords_" + lang.code() + ".txt";
    Class<?> owner = lang == Lang.UR ? UrduAnalyzer.class : SentimentAnalysis.class;
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing stopword resource " + path);
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs each stopword through the stages before the stop filter, so a list written with a nukta or
   * an Arabic-keyboard letter still matches the normalised tokens it is compared with.
   */
  private static CharArraySet normalizedStopwords(Lang lang, AnalyzerChain before) {
    CharArraySet set = new CharArraySet(256, false);
    try (Analyzer a = before.analyzer()) {
      for (String w : stopwords(lang)) {
        for (String t : AnalyzerChain.tokens(a, w)) {
          set.add(t);
        }
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }
}

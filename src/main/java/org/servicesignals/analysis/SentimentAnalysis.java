package org.servicesignals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.servicesignals.core.Lang;


/**
 * The analysis chain of each language, built for sentiment rather than search, from the
 * language's {@link LanguageProfile}. Each follows the Lucene analyzer of its language
 * (HindiAnalyzer, FinnishAnalyzer, TamilAnalyzer, EnglishAnalyzer; our own UrduAnalyzer) with three
 * changes: the tokenizer keeps URLs and e-mails whole, numbers and
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

  /** The chain {@code lang} trains with by default ({@link LanguageProfile#defaultAnalysis}). */
  public static AnalyzerChain chain(Lang lang) {
    return chain(lang, LanguageProfile.of(lang).defaultAnalysis());
  }

  private static AnalyzerChain build(Lang lang, AnalysisOptions options) {
    LanguageProfile profile = LanguageProfile.of(lang);
    List<Stage> stages = new ArrayList<>(profile.normalization());
    if (options.stopwords()) {
      CharArraySet stop = normalizedStopwords(profile, new AnalyzerChain(lang, options, stages));
      stages.add(new Stage("stopwords(" + stop.size() + ", negations kept)",
          ts -> new StopFilter(ts, stop)));
    }
    if (options.stem()) {
      profile.stemmer().ifPresent(stages::add);
    }
    return new AnalyzerChain(lang, options, stages);
  }

  /** The raw stopword list of {@code lang}, as written in its resource file. */
  public static List<String> stopwords(Lang lang) {
    return LanguageProfile.of(lang).stopwords();
  }

  /**
   * Runs each stopword through the stages before the stop filter, so a list written with a nukta or
   * an Arabic-keyboard letter still matches the normalised tokens it is compared with.
   */
  private static CharArraySet normalizedStopwords(LanguageProfile profile, AnalyzerChain before) {
    CharArraySet set = new CharArraySet(256, false);
    try (Analyzer a = before.analyzer()) {
      for (String w : profile.stopwords()) {
        for (String t : AnalyzerChain.tokens(a, w)) {
          set.add(t);
        }
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }
}

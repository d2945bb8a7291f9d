package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;

/**
 * A language's training split as the analysis sees it, through the language's own Lucene chains:
 * how long its messages are, how varied its words, how much normalisation and stemming change, and
 * how many words of the held-out splits training never saw. Normalised tokens (the chain without
 * stopwords or stemming) are the unit, so languages with and without a stemmer are counted alike.
 *
 * @param messages training messages
 * @param tokensPerMessage mean normalised tokens per training message
 * @param tokens normalised tokens in the training split
 * @param types distinct normalised tokens in the training split
 * @param changedByNormalisation share of tokens whose normalised form differs from the text they
 *     came from (case folding included)
 * @param changedBeyondCase share of tokens that normalisation changes beyond lower-casing
 * @param changedByStemming share of normalised tokens the language's stemmer changes; null when the
 *     language has no stemmer
 * @param oov per held-out split, the share of its normalised tokens absent from the training
 *     vocabulary
 */
public record CorpusStatistics(@JsonProperty("training_messages") int messages,
    @JsonProperty("tokens_per_message") double tokensPerMessage, @JsonProperty("tokens") long tokens,
    @JsonProperty("types") int types, @JsonProperty("changed_by_normalisation") double changedByNormalisation,
    @JsonProperty("changed_beyond_case") double changedBeyondCase,
    @JsonProperty("changed_by_stemming") Double changedByStemming,
    @JsonProperty("oov_rate") Map<String, Double> oov) {

  /** Types per token. */
  @JsonProperty("type_token_ratio")
  public double typeTokenRatio() {
    return Numbers.share(types, tokens);
  }

  public static CorpusStatistics of(Lang lang, List<Sample> train, Map<String, List<Sample>> heldOut) {
    AnalyzerChain normalised = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
    boolean stems = LanguageProfile.of(lang).stemmer().isPresent();
    AnalyzerChain stemmed = stems ? SentimentAnalysis.chain(lang, new AnalysisOptions(false, true)) : null;
    Set<String> vocabulary = new HashSet<>();
    long tokens = 0;
    long changed = 0;
    long beyondCase = 0;
    long stemChanged = 0;
    for (Sample s : train) {
      List<AnalyzerChain.Token> norm = normalised.analyze(s.text());
      Map<Integer, String> stemsAt = new HashMap<>();
      if (stems) {
        stemmed.analyze(s.text()).forEach(t -> stemsAt.put(t.start(), t.term()));
      }
      for (AnalyzerChain.Token t : norm) {
        tokens++;
        vocabulary.add(t.term());
        String surface = s.text().substring(t.start(), t.end());
        if (!t.term().equals(surface)) {
          changed++;
          if (!t.term().equals(surface.toLowerCase(Locale.ROOT))) {
            beyondCase++;
          }
        }
        String stem = stemsAt.get(t.start());
        if (stem != null && !stem.equals(t.term())) {
          stemChanged++;
        }
      }
    }
    Map<String, Double> oov = new LinkedHashMap<>();
    heldOut.forEach((split, samples) -> {
      long n = 0;
      long unseen = 0;
      for (Sample s : samples) {
        for (String t : normalised.tokens(s.text())) {
          n++;
          unseen += vocabulary.contains(t) ? 0 : 1;
        }
      }
      oov.put(split, share(unseen, n));
    });
    return new CorpusStatistics(train.size(), Numbers.round(train.isEmpty() ? 0 : (double) tokens / train.size()),
        tokens, vocabulary.size(), share(changed, tokens), share(beyondCase, tokens),
        stems ? share(stemChanged, tokens) : null, oov);
  }

  private static double share(long part, long whole) {
    return Numbers.share(part, whole);
  }
}

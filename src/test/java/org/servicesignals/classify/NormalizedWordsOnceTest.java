package org.servicesignals.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a message's normalisation-chain words, and the lexicon's reading of them, once and
 * handing them to the lexicon's features and to its vote changes nothing: on every test and wild
 * message of every language, each shipped model's probabilities are identical to the last bit
 * whether the lexicon analyses and reads the text itself or is given the words and their reading,
 * and where a model's own chain is normalisation only its tokens are those words (the classifier
 * then reads no second chain at all).
 */
class NormalizedWordsOnceTest {
  static Map<Lang, ModelBundle> models;

  @BeforeAll
  static void load() {
    models = ModelFiles.load(Path.of("models"));
  }

  @Test
  void everyMessageScoresTheSameWithTheWordsGiven() throws Exception {
    int compared = 0;
    for (Lang lang : Lang.values()) {
      ModelBundle bundle = models.get(lang);
      List<String> texts = new ArrayList<>();
      for (String split : List.of(CorpusFiles.TEST, "wild")) {
        Path f = Path.of("corpora", lang.code(), split + ".tsv");
        if (Files.exists(f)) {
          for (Sample s : CorpusFiles.read(f)) {
            texts.add(s.text());
          }
        }
      }
      assertThat(texts).as("%s messages", lang).isNotEmpty();
      boolean normalizedOnly = bundle.chain().options().equals(AnalysisOptions.NONE);
      for (String text : texts) {
        String[] tokens = bundle.chain().tokens(text);
        String[] words = ShortAnswers.words(lang, text);
        if (normalizedOnly) {
          assertThat(tokens).as("%s %s", lang, text).containsExactly(words);
        }
        if (tokens.length == 0) {
          continue;
        }
        double[] analysedAgain = bundle.categorizer().probabilities(bundle.chain(), tokens, text);
        double[] given = bundle.categorizer().probabilities(bundle.chain(), tokens, text, words,
            LexiconReading.read(lang, words));
        assertThat(given).as("%s %s", lang, text).containsExactly(analysedAgain);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(2000);
  }

  @Test
  void aStemmedChainGivesItsTokensAndTheWordsInOnePass() throws Exception {
    int compared = 0;
    for (Lang lang : Lang.values()) {
      AnalyzerChain chain = models.get(lang).chain();
      AnalyzerChain normalization = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
      if (!chain.addsOneStageTo(normalization)) {
        continue;
      }
      for (String split : List.of(CorpusFiles.TEST, "wild", "short", "probes")) {
        Path f = Path.of("corpora", lang.code(), split + ".tsv");
        if (!Files.exists(f)) {
          continue;
        }
        for (Sample s : CorpusFiles.read(f)) {
          String[][] both = chain.tokensAndBeforeLast(s.text());
          assertThat(both[0]).as("%s %s", lang, s.text()).containsExactly(chain.tokens(s.text()));
          assertThat(both[1]).as("%s %s", lang, s.text()).containsExactly(normalization.tokens(s.text()));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
    AnalyzerChain en = SentimentAnalysis.chain(Lang.EN, new AnalysisOptions(true, true));
    assertThat(en.addsOneStageTo(SentimentAnalysis.chain(Lang.EN, AnalysisOptions.NONE))).isFalse(); // stopwords too
  }

  @Test
  void aShortMessageAfterAVeryLongOneGetsItsOwnWords() {
    for (Lang lang : List.of(Lang.EN, Lang.HI)) {
      AnalyzerChain chain = SentimentAnalysis.chain(lang, new AnalysisOptions(false, true));
      AnalyzerChain normalization = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
      String word = lang == Lang.EN ? "waiting " : "इंतज़ार ";
      String longText = word.repeat(1_500); // more tokens than the tee keeps room for between messages
      String shortText = lang == Lang.EN ? "the delivery was not good" : "डिलीवरी अच्छी नहीं थी";
      for (String text : List.of(shortText, longText, shortText, longText, longText, shortText)) {
        String[][] both = chain.tokensAndBeforeLast(text);
        assertThat(both[0]).as("%s %d", lang, text.length()).containsExactly(chain.tokens(text));
        assertThat(both[1]).as("%s %d", lang, text.length()).containsExactly(normalization.tokens(text));
      }
    }
  }

  @Test
  void theStemmedModelsReadTheLexicon() {
    assertThat(Lang.values()).anySatisfy(l -> assertThat(models.get(l).chain().options()).isNotEqualTo(AnalysisOptions.NONE));
  }
}

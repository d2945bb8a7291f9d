package org.servicesignals.analysis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
import static org.assertj.core.api.Assertions.assertThat;

/** Matching takes the longest term at each place, of whatever lengths the terms starting there have. */
class LexiconMatchTest {
  /** A lexicon of {@code rows} (columns after the header's), read with the English chain. */
  private static Lexicon lexicon(String... rows) {
    String header = "term\tkind\tpolarity\tstrength\tsignal\tvariant_of\tnote\n";
    return Lexicon.read(new ByteArrayInputStream((header + String.join("\n", rows)).getBytes(StandardCharsets.UTF_8)),
        SentimentAnalysis.chain(Lang.EN, AnalysisOptions.NONE));
  }

  static final Lexicon LEXICON = lexicon(
      "good\tsentiment\tpos\t1\tgood\t\t",
      "not\tnegator\t-\t-\t-\t\t",
      "still waiting\tsentiment\tneg\t3\tpoor\t\t",
      "never been treated so well\tsentiment\tpos\t3\texceptional\t\t",
      "never\tnegator\t-\t-\t-\t\t",
      "waiting\tsentiment\tneg\t1\tpoor\t\t");

  private static List<String> matched(String... tokens) {
    return LEXICON.match(tokens).stream().map(m -> m.start() + ":" + m.entry().length()).toList();
  }

  @Test
  void aWordOneLetterOffATermOfOneSideReadsAsThatTerm() {
    Lexicon lexicon = lexicon(
        "excellent\tsentiment\tpos\t3\texceptional\t\t",
        "helpful\tsentiment\tpos\t2\tgood\t\t",
        "unhelpful\tsentiment\tneg\t2\tpoor\t\t",
        "useful\tsentiment\tpos\t2\tgood\t\t",
        "rude\tsentiment\tneg\t3\tpoor\t\t");
    assertThat(lexicon.spelledLike("excelent")).map(e -> e.signal().orElseThrow().id()).contains("exceptional");
    assertThat(lexicon.spelledLike("helpfull")).map(e -> e.signal().orElseThrow().id()).contains("good");
    assertThat(lexicon.spelledLike("excellent")).as("a term itself").isEmpty();
    assertThat(lexicon.spelledLike("rued")).as("too short to tell a slip").isEmpty();
    assertThat(lexicon.spelledLike("exclnt")).as("two letters off").isEmpty();
    assertThat(lexicon.spelledLike("xcellent")).as("the first letter is no slip").isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"असुरक्षित", "असुविधाजनक", "असंतोष", "अस्वच्छ"})
  void aPrefixThatNegatesIsNoSlip(String word) {
    assertThat(LanguageProfile.of(Lang.HI).lexicon().spelledLike(word)).as(word).isEmpty();
  }

  @Test
  void aWordOneLetterOffTermsOfBothSidesReadsAsNeither() {
    Lexicon lexicon = lexicon(
        "unhelpful\tsentiment\tneg\t2\tpoor\t\t",
        "inhelpful\tsentiment\tpos\t2\tgood\t\t");
    assertThat(lexicon.spelledLike("anhelpful")).isEmpty();
  }

  @Test
  void longestTermFirstOfTheLengthsThatStartThere() {
    assertThat(matched("never", "been", "treated", "so", "well")).containsExactly("0:5");
    assertThat(matched("never", "been", "treated", "so", "badly")).containsExactly("0:1");
    assertThat(matched("i", "am", "still", "waiting")).containsExactly("2:2");
    assertThat(matched("still", "good")).containsExactly("1:1");
    assertThat(matched("waiting", "not", "good")).containsExactly("0:1", "1:1", "2:1");
    assertThat(matched("never")).containsExactly("0:1");
    assertThat(matched()).isEmpty();
    assertThat(matched("still")).isEmpty();
  }

  /** Matching as it reads: at each place every length from the longest down, the first term found taken. */
  private static List<Lexicon.Match> eachLengthInTurn(Lexicon lexicon, String[] tokens) {
    List<Lexicon.Match> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      Lexicon.Match found = null;
      for (int n = tokens.length - i; n >= 1 && found == null; n--) {
        Lexicon.Entry e = lexicon.entry(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n)));
        found = e == null ? null : new Lexicon.Match(i, e);
      }
      i = found == null ? i + 1 : found.end();
      if (found != null) {
        out.add(found);
      }
    }
    return out;
  }

  @Test
  void everyCorpusMessageMatchesAsEveryLengthTriedInTurn() throws Exception {
    int matched = 0;
    for (var file : CorpusMessageFiles.all().entrySet()) {
      Lexicon lexicon = LanguageProfile.of(file.getValue()).lexicon();
      AnalyzerChain chain = SentimentAnalysis.chain(file.getValue(), AnalysisOptions.NONE);
      for (org.servicesignals.core.Sample s : org.servicesignals.io.CorpusFiles.read(file.getKey())) {
        String[] tokens = chain.tokens(s.text());
        List<Lexicon.Match> expected = eachLengthInTurn(lexicon, tokens);
        assertThat(lexicon.match(tokens)).as("%s %s", file.getKey(), s.id()).isEqualTo(expected);
        matched += expected.stream().anyMatch(m -> m.entry().length() > 1) ? 1 : 0;
      }
    }
    assertThat(matched).as("messages with a term of several words").isGreaterThan(1_000);
  }
}

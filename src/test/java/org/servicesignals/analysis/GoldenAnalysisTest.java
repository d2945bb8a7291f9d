package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicesignals.core.Lang;

/**
 * Golden vocabulary: {@code golden/<lang>.tsv} holds a message and the tokens its full chain
 * (stopwords and stemming on) must produce; {@code golden/<lang>-shipped.tsv} the tokens of the chain
 * the shipped model uses (the analysis its card names). Covers normalisation, stemming, negation, digits, emoji, URLs and mixed scripts.
 */
class GoldenAnalysisTest {

  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyLanguageMatchesItsGoldenFile(Lang lang) throws IOException {
    List<String[]> cases = golden(lang.code());
    assertThat(cases).as("golden lines for %s", lang).hasSizeGreaterThanOrEqualTo(40);
    AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.DEFAULT);
    List<String> failures = new ArrayList<>();
    for (String[] c : cases) {
      String got = String.join(" ", chain.tokens(c[0]));
      if (!got.equals(c[1])) {
        failures.add(c[0] + "\n  expected: " + c[1] + "\n  got:      " + got);
      }
    }
    assertThat(failures).as("golden mismatches for %s", lang).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theShippedChainMatchesItsGoldenFile(Lang lang) throws IOException {
    List<String[]> cases = golden(lang.code() + "-shipped");
    assertThat(cases).as("golden lines for %s", lang).hasSizeGreaterThanOrEqualTo(40);
    AnalyzerChain chain = ShippedChains.of(lang);
    for (String[] c : cases) {
      assertThat(String.join(" ", chain.tokens(c[0]))).as("%s: %s", lang, c[0]).isEqualTo(c[1]);
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void emptyInputGivesNoTokens(Lang lang) {
    assertThat(SentimentAnalysis.chain(lang).tokens("")).isEmpty();
    assertThat(SentimentAnalysis.chain(lang).tokens("  \t\n ")).isEmpty();
    assertThat(SentimentAnalysis.chain(lang).tokens("!!! ... ???")).isEmpty();
  }

  @Test
  void traceShowsEveryStage() {
    AnalyzerChain chain = SentimentAnalysis.chain(Lang.EN, AnalysisOptions.DEFAULT);
    List<List<String>> trace = chain.trace("The Manager's apology");
    assertThat(trace).hasSize(chain.stages().size() + 1);
    assertThat(trace.get(0)).containsExactly("The", "Manager's", "apology");
    assertThat(trace.get(trace.size() - 1)).containsExactly("manag", "apolog");
    assertThat(chain.describe()).startsWith("uax29-url-email-tokenizer > possessive > lowercase");
  }

  static List<String[]> golden(String name) throws IOException {
    try (InputStream in = GoldenAnalysisTest.class.getResourceAsStream("/golden/" + name + ".tsv")) {
      assertThat(in).as("golden file %s", name).isNotNull();
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        assertThat(parts).as("line %s", line).hasSize(2);
        out.add(parts);
      }
      return out;
    }
  }
}

package org.servicesignals.analysis.ur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.AnalyzerChain;

class UrduAnalyzerTest {

  private static List<String> tokens(Analyzer a, String text) {
    return List.of(AnalyzerChain.tokens(a, text));
  }

  @Test
  void arabicAndUrduCodePointsGiveTheSameTokens() throws IOException {
    try (UrduAnalyzer a = new UrduAnalyzer()) {
      assertThat(tokens(a, "سروس بهت اچهی تهی، شكريه")).isEqualTo(tokens(a, "سروس بہت اچھی تھی، شکریہ"));
      assertThat(tokens(a, "سروس بہت اچھی تھی، شکریہ")).containsExactly("سروس", "بہت", "اچھی", "شکریہ");
    }
  }

  @Test
  void negationSurvivesAndStopwordsGo() throws IOException {
    try (UrduAnalyzer a = new UrduAnalyzer()) {
      assertThat(tokens(a, "ریفنڈ ابھی تک نہیں آیا")).containsExactly("ریفنڈ", "ابھی", "نہیں", "آیا");
    }
  }

  @Test
  void normalizeMirrorsTheChain() {
    try (UrduAnalyzer a = new UrduAnalyzer()) {
      assertThat(a.normalize("f", "شكريه").utf8ToString()).isEqualTo("شکریہ");
    }
  }

  @Test
  void aTokenOfMarksOnlyIsDropped() throws IOException {
    try (UrduAnalyzer a = new UrduAnalyzer()) {
      assertThat(tokens(a, "\u0640")).isEmpty();
      assertThat(tokens(a, "اچھا \u0640 سروس")).containsExactly("اچھا", "سروس");
    }
  }

  /** The public analyzer is the shipped Urdu chain with stopwords on, token for token. */
  @Test
  void sameTokensAsTheShippedChain() throws IOException {
    var chain = org.servicesignals.analysis.SentimentAnalysis.chain(org.servicesignals.core.Lang.UR,
        new org.servicesignals.analysis.AnalysisOptions(true, false));
    try (UrduAnalyzer a = new UrduAnalyzer();
        var in = getClass().getResourceAsStream("/golden/ur.in")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        assertThat(tokens(a, line)).as(line).containsExactly(chain.tokens(line));
      }
    }
  }

  @Test
  void emptyInput() throws IOException {
    try (UrduAnalyzer a = new UrduAnalyzer()) {
      assertThat(tokens(a, "")).isEmpty();
    }
  }
}

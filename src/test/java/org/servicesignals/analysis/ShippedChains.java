package org.servicesignals.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.servicesignals.core.Lang;

/** The chain each shipped model was trained with, as its card in {@code models/} names it. */
final class ShippedChains {
  private ShippedChains() {}

  static AnalyzerChain of(Lang lang) {
    try (InputStream in = ShippedChains.class.getResourceAsStream("/models/" + lang.code() + ".card.json")) {
      String analysis = new ObjectMapper().readTree(in).get("analysis").asText();
      return SentimentAnalysis.chain(lang, AnalysisOptions.parse(analysis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

/** The reading's one table of roles answers as the profile's negators, particles and contrast words do. */
class LexiconRolesTest {
  private static int askingEach(LanguageProfile p, Set<String> particles, Set<String> contrast, String token) {
    return (p.isNegator(token) ? LexiconReading.NEGATOR : 0) | (particles.contains(token) ? LexiconReading.PARTICLE : 0)
        | (contrast.contains(token) ? LexiconReading.CONTRAST : 0);
  }

  @Test
  void everyCorpusTokenAndEveryListedWordGetsTheRolesTheListsGive() throws Exception {
    Map<Lang, Set<String>> tokens = new HashMap<>();
    CorpusMessageFiles.forEachAnalysed((f, lang, options, s, made) -> {
      if (options.equals(AnalysisOptions.NONE)) { // the reading's chain
        tokens.computeIfAbsent(lang, l -> new LinkedHashSet<>()).addAll(List.of(made));
      }
    });
    int withRoles = 0;
    for (Lang lang : Lang.values()) {
      LanguageProfile p = LanguageProfile.of(lang);
      AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
      Set<String> particles = chain.forms(p.scopeParticles());
      Set<String> contrast = chain.forms(p.contrastWords());
      Set<String> asked = new LinkedHashSet<>(tokens.getOrDefault(lang, Set.of()));
      asked.addAll(p.negators());
      asked.addAll(particles);
      asked.addAll(contrast);
      asked.addAll(List.of("didn't", "வரவில்லை", "சரியில்லை", "x", ""));
      List<String> differ = new ArrayList<>();
      for (String t : asked) {
        int expected = askingEach(p, particles, contrast, t);
        if (LexiconReading.roles(lang, t) != expected) {
          differ.add(t);
        }
        withRoles += expected != 0 ? 1 : 0;
      }
      assertThat(differ).as(lang.code()).isEmpty();
      assertThat(asked).as(lang.code()).hasSizeGreaterThan(1_000);
    }
    assertThat(withRoles).isGreaterThan(300);
  }
}

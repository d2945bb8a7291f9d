package org.servicesignals.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.CorpusMessageFiles;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.core.Lang;

/**
 * The negation scope's one table of every language's listed negators, with only the languages that
 * have a rule besides their list asked after it, answers as asking every language in turn does.
 */
class NegatorTableTest {
  private static final List<LanguageProfile> PROFILES = Arrays.stream(Lang.values()).map(LanguageProfile::of).toList();

  /** The first language that says {@code token} negates, asked in turn: what the table stands for. */
  private static NegationScope askingEach(String token) {
    for (LanguageProfile p : PROFILES) {
      if (p.isNegator(token)) {
        return p.negationScope();
      }
    }
    return null;
  }

  @Test
  void aProfileWithARuleSaysItGoesBeyondItsListAndNoneRedefinesIsNegator() throws Exception {
    for (LanguageProfile p : PROFILES) {
      boolean rule = p.getClass().getMethod("negatesByRule", String.class).getDeclaringClass() != LanguageProfile.class;
      assertThat(p.negatesBeyondList()).as(p.lang().code()).isEqualTo(rule);
      assertThat(p.getClass().getMethod("isNegator", String.class).getDeclaringClass()).as(p.lang().code())
          .isEqualTo(LanguageProfile.class); // a list or a rule: what the table reads
    }
    assertThat(PROFILES).filteredOn(LanguageProfile::negatesBeyondList).isNotEmpty();
  }

  @Test
  void everyCorpusTokenEveryListedNegatorAndRuleMadeWordsGetTheSameScope() throws Exception {
    Set<String> tokens = new LinkedHashSet<>();
    for (LanguageProfile p : PROFILES) {
      tokens.addAll(p.negators());
    }
    tokens.addAll(List.of("didn't", "wasn't", "n't", "can't", "வரவில்லை", "வரல", "சரியில்லை", "பரவாயில்லை", "கவலை",
        "ல", "லை", "", "x", "nahi", "ei", "नहीं", "نہیں"));
    CorpusMessageFiles.forEachAnalysed((f, lang, options, s, made) -> tokens.addAll(List.of(made)));
    Random r = new Random(9);
    List<String> words = new ArrayList<>(tokens);
    for (int i = 0; i < 20_000; i++) { // words cut short and run together
      String w = words.get(r.nextInt(words.size()));
      tokens.add(w.substring(r.nextInt(w.length() + 1)) + (r.nextBoolean() ? "" : words.get(r.nextInt(words.size()))));
    }
    int negators = 0;
    for (String t : tokens) {
      NegationScope expected = askingEach(t);
      assertThat(NegationScopeFeatureGenerator.scopeOf(t)).as(t).isEqualTo(expected);
      negators += expected == null ? 0 : 1;
    }
    assertThat(tokens).hasSizeGreaterThan(30_000);
    assertThat(negators).isGreaterThan(200);
  }
}

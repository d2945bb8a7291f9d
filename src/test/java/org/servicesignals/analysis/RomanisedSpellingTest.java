package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

class RomanisedSpellingTest {
  private static void check(String input, String expected) {
    assertThat(RomanisedSpelling.fold(input)).as(input).isEqualTo(expected);
  }

  @Test
  void spellingVariantsFoldToOneForm() {
    for (String s : new String[] {"bahut", "bohat", "bhot", "bht", "bohot", "bahot", "bahuttt"}) {
      check(s, "bahut");
    }
    for (String s : new String[] {"nahi", "nhi", "nahin", "nahiii", "nai", "nahee"}) {
      check(s, "nahi");
    }
    for (String s : new String[] {"achha", "acha", "accha", "acchha", "achcha", "achaaa"}) {
      check(s, "acha");
    }
    check("theek", "thik");
    check("thik", "thik");
    check("irundhuchu", "irunthuchu");
    check("irunthuchu", "irunthuchu");
    check("illa", "ila");
    check("rombha", "romba");
    check("wapas", "vapas");
    check("waqt", "vakt");
  }

  @Test
  void tokensOutsideLowerCaseAsciiAreLeftAlone() {
    check("<num>", "<num>");
    check("बहुत", "बहुत");
    check("hyvää", "hyvää");
    check("", "");
  }

  @Test
  void theChainLowerCasesFoldsAndKeepsShapes() {
    AnalyzerChain chain = RomanisedAnalysis.chain(Lang.HI);
    assertThat(chain.tokens("Service BOHOT achhi thi, order #A48213 nhi aaya"))
        .containsExactly("service", "bahut", "achi", "thi", "order", "<id>", "nahi", "aya");
    assertThat(chain.tokens("")).isEmpty();
    assertThat(RomanisedAnalysis.negators(Lang.HI)).contains(RomanisedSpelling.fold("nhi"));
    for (String n : RomanisedAnalysis.negators(Lang.TA)) {
      assertThat(RomanisedSpelling.fold(n)).as("negators are written folded").isEqualTo(n);
    }
    for (String n : RomanisedAnalysis.negators(Lang.UR)) {
      assertThat(RomanisedSpelling.fold(n)).as("negators are written folded").isEqualTo(n);
    }
  }

  @Test
  void randomStringsNeverThrow() {
    Random r = new Random(12);
    AnalyzerChain chain = RomanisedAnalysis.chain(Lang.TA);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(20); k > 0; k--) {
        b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x3000) : 'a' + r.nextInt(26));
      }
      chain.tokens(b.toString());
      RomanisedSpelling.fold(b.toString());
    }
  }
}

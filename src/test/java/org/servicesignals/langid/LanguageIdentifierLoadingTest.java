package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

/** The 103-language detector is read only when a message needs it, and then answers as a loaded one. */
class LanguageIdentifierLoadingTest {
  @Test
  void theWideDetectorIsReadOnlyForTextTheSmallOneCannotPlace() {
    LanguageIdentifier ids = LanguageIdentifier.load();
    assertThat(ids.identify("सेवा बहुत अच्छी थी").lang()).contains(Lang.HI);
    assertThat(ids.identify("Nobody answered my emails for two weeks").lang()).contains(Lang.EN);
    assertThat(ids.wideLoaded()).isFalse();
    String french = "Le service était correct, sans plus, mais la livraison a pris trois semaines";
    LanguageIdentifier loaded = LanguageIdentifier.load().loadAll();
    assertThat(loaded.wideLoaded()).isTrue();
    assertThat(ids.identify(french)).isEqualTo(loaded.identify(french));
    assertThat(ids.wideLoaded()).isTrue();
    assertThat(ids.identify(french).lang()).isEmpty();
  }
}

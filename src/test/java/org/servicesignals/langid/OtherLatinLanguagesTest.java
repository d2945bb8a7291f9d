package org.servicesignals.langid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;

/**
 * Short French, Spanish, Italian and German feedback is not taken for English, Finnish or
 * romanised Hindi, Urdu or Tamil: it comes back {@code und} with an error naming the language, and
 * no model that cannot read it labels it. The sentences share words with the served varieties
 * ("service", "la", "ne", "super", "top").
 */
class OtherLatinLanguagesTest {
  static final LanguageIdentifier IDS = LanguageIdentifier.load();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Le service était correct, sans plus        | French
      La livraison est arrivée en retard         | French
      Je ne recommande pas ce vendeur            | French
      Merci pour la rapidité de la livraison     | French
      La pizza était froide                      | French
      El servicio fue muy malo                   | Spanish
      Todo perfecto, muchas gracias              | Spanish
      No me llegó nada del pedido                | Spanish
      Il servizio è stato ottimo                 | Italian
      La consegna è arrivata in ritardo          | Italian
      Non consiglio questo negozio               | Italian
      Der Service war sehr schlecht              | German
      Die Lieferung kam zu spät                  | German
      Vielen Dank für die schnelle Hilfe         | German
      """)
  void shortSentencesInOtherLatinLanguagesAreNamedAndNotLabelled(String text, String language) {
    LangGuess g = IDS.identify(text);
    assertThat(g.lang()).as(text).isEmpty();
    assertThat(g.code()).isEqualTo(Lang.UNDETERMINED);
    assertThat(g.reason()).as(text).startsWith("language looks like " + language);
    assertThat(g.confidence()).isNaN();
  }
}

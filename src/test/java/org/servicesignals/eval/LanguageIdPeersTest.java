package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LanguageIdentifier;
import org.servicesignals.langid.LatinVarieties.Variety;

/**
 * Language identification compared with fastText and scikit-learn: how each answer is counted, and a
 * real run of both peers on part of the corpora (skipped where Debian's {@code fasttext} and
 * {@code python3-sklearn} are missing; {@code .ci/run} installs them).
 */
class LanguageIdPeersTest {

  @Test
  void ourAnswerCountsAsItsLanguageAndScript() {
    assertThat(LanguageIdPeers.variety(LangGuess.of(Lang.HI, LangSource.MODEL).withScript(LangGuess.LATIN)))
        .isEqualTo("hi-Latn");
    assertThat(LanguageIdPeers.variety(LangGuess.of(Lang.HI, LangSource.SCRIPT).withScript("Deva"))).isEqualTo("hi");
    assertThat(LanguageIdPeers.variety(LangGuess.of(Lang.EN, LangSource.MODEL).withScript(LangGuess.LATIN)))
        .isEqualTo("en");
    assertThat(LanguageIdPeers.variety(LangGuess.unsupported("und", LangSource.MODEL, "French"))).isEqualTo("und");
  }

  @Test
  void countsRightLongAndHindiOrUrdu() {
    List<String> texts = List.of("bahut acha tha sab", "theek", "order late aaya bhai yaar", "bilkul bekar service hai");
    LanguageIdPeers.Row r = LanguageIdPeers.Row.of(Variety.UR_LATN, texts,
        List.of("ur-Latn", "ur-Latn", "hi-Latn", "en"));
    assertThat(r.messages()).isEqualTo(4);
    assertThat(r.right()).isEqualTo(2);
    assertThat(r.longMessages()).isEqualTo(3);
    assertThat(r.longRight()).isEqualTo(1);
    assertThat(r.longHindiOrUrdu()).isEqualTo(2);
    assertThat(r.longAccuracy()).isCloseTo(1 / 3.0, org.assertj.core.api.Assertions.within(0.001));
    LanguageIdPeers.Row ta = LanguageIdPeers.Row.of(Variety.TA_LATN, List.of("romba nalla irundhuchu da"),
        List.of("hi-Latn"));
    assertThat(ta.longHindiOrUrdu()).isZero();
    assertThatThrownBy(() -> LanguageIdPeers.Row.of(Variety.EN, texts, List.of("en")))
        .hasMessageContaining("4 messages but 1 answers");
  }

  @Test
  void comparesWithFastTextAndScikitLearnOnTheSameSplits() throws Exception {
    Optional<String> missing = PeerAvailability.missing("fasttext", "/usr/bin/python3");
    assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
    Map<Variety, List<String>> train = new EnumMap<>(Variety.class);
    Map<Variety, List<String>> test = new EnumMap<>(Variety.class);
    for (Variety v : Variety.values()) {
      train.put(v, texts(v, CorpusFiles.TRAIN, 400));
      test.put(v, texts(v, CorpusFiles.TEST, 40));
    }
    LanguageIdentifier ids = LanguageIdentifier.load();
    LanguageIdPeers peers = LanguageIdPeers.run(train, test, ids::identify,
        new PeerComparison.Programs("fasttext", "/usr/bin/python3"));
    assertThat(peers.rows()).containsOnlyKeys("en", "fi", "hi-Latn", "ur-Latn", "ta-Latn");
    for (var e : peers.rows().entrySet()) {
      assertThat(e.getValue()).containsOnlyKeys(PeerComparison.OURS, "fasttext", "sklearn-svm");
      e.getValue().forEach((system, r) -> {
        assertThat(r.messages()).as(e.getKey() + " " + system).isEqualTo(40);
        assertThat(r.right()).as(e.getKey() + " " + system).isBetween(0, 40);
      });
    }
    // English and Finnish are easy for every system; Hindi or Urdu is told from the rest by all
    for (String easy : List.of("en", "fi")) {
      peers.rows().get(easy).forEach((system, r) -> assertThat(r.accuracy()).as(easy + " " + system).isGreaterThan(0.9));
    }
    peers.rows().get("hi-Latn").forEach((system, r) ->
        assertThat(r.longHindiOrUrduAccuracy()).as("hi-Latn " + system).isGreaterThan(0.85));
    assertThat(peers.rows().get("ta-Latn").get(PeerComparison.OURS).accuracy()).isGreaterThan(0.85);
  }

  private static List<String> texts(Variety v, String split, int n) {
    List<Sample> all = CorpusFiles.read(Path.of("corpora", v.id(), split + ".tsv"));
    return all.subList(0, Math.min(n, all.size())).stream().map(Sample::text).toList();
  }

}

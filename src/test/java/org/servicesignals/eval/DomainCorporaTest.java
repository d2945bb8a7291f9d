package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;

/**
 * The domains kept for adaptation ({@code corpora/domains/}): the split files are the documented
 * stratified split of the full file, and the shipped models never saw them.
 */
class DomainCorporaTest {
  static final Path CORPORA = Path.of("corpora");
  static final Path FERRY = CORPORA.resolve("domains/ferry");
  /** Short answers that happen to be written word for word in the training split too (corpora/README.md). */
  static final Map<String, List<String>> KNOWN_REPEATS = Map.of(
      "fi", List.of("fi-ferry-0150 repeats the text of fi-train-2191"),
      "hi", List.of("hi-ferry-0086 repeats the text of hi-train-2077", "hi-ferry-0242 repeats the text of hi-train-2124",
          "hi-ferry-0306 repeats the text of hi-train-0186"));

  @ParameterizedTest
  @ValueSource(strings = {"fi", "hi"})
  void theSplitIsTheStratifiedSplitOfTheFullFile(String lang) throws Exception {
    List<String> all = Files.readAllLines(FERRY.resolve(lang + ".tsv"));
    List<String> adapt = new ArrayList<>(List.of(all.get(0)));
    List<String> heldOut = new ArrayList<>(List.of(all.get(0)));
    Map<String, Integer> seen = new HashMap<>();
    for (String line : all.subList(1, all.size())) {
      int n = seen.merge(line.split("\t")[1], 1, Integer::sum);
      (n % 2 == 1 ? adapt : heldOut).add(line); // first, third, fifth ... of each label to the pool
    }
    assertThat(Files.readAllLines(FERRY.resolve(lang + "-adapt.tsv"))).isEqualTo(adapt);
    assertThat(Files.readAllLines(FERRY.resolve(lang + "-heldout.tsv"))).isEqualTo(heldOut);
    assertThat(all).hasSize(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "hi"})
  void noFerryMessageIsInTrainingBeyondTheDocumentedShortAnswers(String lang) {
    List<Sample> train = CorpusFiles.read(CORPORA, Lang.parse(lang).orElseThrow(), CorpusFiles.TRAIN);
    List<Sample> ferry = CorpusFiles.read(FERRY.resolve(lang + ".tsv"));
    assertThat(CorpusCheck.leaks(train, ferry)).containsExactlyInAnyOrderElementsOf(KNOWN_REPEATS.get(lang));
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void trainReadsNothingUnderDomains(Lang lang) throws Exception {
    for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST)) {
      assertThat(CorpusFiles.file(CORPORA, lang, split).normalize().startsWith(CORPORA.resolve("domains"))).isFalse();
    }
    ModelCard card = ModelFiles.readCard(Path.of("models").resolve(lang.code() + ".card.json"));
    assertThat(card.corpus().keySet()).noneMatch(f -> f.startsWith("domains"));
    assertThat(card.trainingSamples()).isEqualTo(CorpusFiles.read(CORPORA, lang, CorpusFiles.TRAIN).size());
  }
}

package org.servicesignals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicesignals.core.Sample;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.io.CorpusFiles;

/** The shipped corpora: big enough, balanced, varied, and with a test split that is not a copy of training. */
class CorpusQualityTest {
  static final Path CORPORA = Path.of("corpora");

  @ParameterizedTest
  @EnumSource(Lang.class)
  void sizesAndBalance(Lang lang) {
    List<Sample> train = CorpusFiles.read(CORPORA, lang, CorpusFiles.TRAIN);
    List<Sample> test = CorpusFiles.read(CORPORA, lang, CorpusFiles.TEST);
    assertThat(train).as("%s train", lang).hasSizeGreaterThanOrEqualTo(1200);
    assertThat(test).as("%s test", lang).hasSizeGreaterThanOrEqualTo(300);
    for (List<Sample> split : List.of(train, test)) {
      Map<String, Integer> labels = count(split, s -> s.label().id());
      for (Label l : Label.values()) {
        assertThat(labels.getOrDefault(l.id(), 0) / (double) split.size()).as("%s share of %s", lang, l)
            .isBetween(0.31, 0.36);
      }
    }
    assertThat(count(train, Sample::domain)).as("%s domains", lang).hasSizeGreaterThanOrEqualTo(10);
    assertThat(count(train, Sample::channel)).as("%s channels", lang).hasSizeGreaterThanOrEqualTo(5);
    Map<String, Integer> lengths = count(train, s -> {
      int n = s.text().trim().split("\\s+").length;
      return n <= 4 ? "short" : n > 50 ? "long" : "mid";
    });
    assertThat(lengths).as("%s has 1-4 word fragments and 50+ word emails", lang).containsKeys("short", "long");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void noRepeatsAndNoTestMessageCopiesTraining(Lang lang) {
    assertThat(CorpusCheck.problems(CorpusFiles.read(CORPORA, lang, CorpusFiles.TRAIN),
        CorpusFiles.read(CORPORA, lang, CorpusFiles.TEST))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void noHeldOutMessageCopiesTraining(Lang lang) {
    List<Sample> train = CorpusFiles.read(CORPORA, lang, CorpusFiles.TRAIN);
    for (String split : CorpusFiles.HELD_OUT) {
      List<Sample> held = CorpusFiles.read(CORPORA, lang, split);
      int least = split.endsWith("probes") ? 40 : split.equals("fresh-short") ? 25 : 150;
      assertThat(held).as("%s %s", lang, split).hasSizeGreaterThanOrEqualTo(least);
      assertThat(CorpusCheck.leaks(train, held)).as("%s %s", lang, split).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theFreshSetsCopyNoOtherSplit(Lang lang) {
    List<String> others = new java.util.ArrayList<>(List.of(CorpusFiles.TEST, "wild", "probes", "short"));
    others.addAll(CorpusFiles.DEVELOPMENT);
    for (String fresh : List.of("fresh-probes", "fresh-short")) {
      List<Sample> f = CorpusFiles.read(CORPORA, lang, fresh);
      for (String split : others) {
        assertThat(CorpusCheck.leaks(CorpusFiles.read(CORPORA, lang, split), f)).as("%s %s against %s", lang, fresh, split)
            .isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void developmentSetsCopyNoOtherSplit(Lang lang) {
    for (String dev : CorpusFiles.DEVELOPMENT) {
      List<Sample> d = CorpusFiles.read(CORPORA, lang, dev);
      assertThat(d).as("%s %s", lang, dev).isNotEmpty();
      for (String split : List.of(CorpusFiles.TRAIN, CorpusFiles.TEST, "wild", "probes", "short")) {
        assertThat(CorpusCheck.leaks(CorpusFiles.read(CORPORA, lang, split), d)).as("%s %s against %s", lang, dev, split)
            .isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void theSecondAnnotationLabelsTestMessages(Lang lang) {
    Map<String, Label> second = CorpusFiles.secondAnnotation(CORPORA, lang);
    assertThat(second).as("%s second annotation", lang).hasSizeGreaterThanOrEqualTo(60);
    List<String> testIds = CorpusFiles.read(CORPORA, lang, CorpusFiles.TEST).stream().map(Sample::id).toList();
    assertThat(testIds).containsAll(second.keySet());
  }

  @Test
  void theCheckCatchesRepeatsAndNearDuplicates() {
    Sample a = new Sample("tr-1", Label.POOR, "I waited two hours on hold and nobody ever answered the phone", "", "");
    Sample b = new Sample("te-1", Label.POOR, "I waited two hours on hold and nobody ever answered my call", "", "");
    Sample c = new Sample("te-2", Label.GOOD, "I WAITED two hours on hold, and nobody ever answered the phone!", "", "");
    Sample d = new Sample("te-3", Label.GOOD, "Arrived on time, thanks", "", "");
    List<String> problems = CorpusCheck.problems(List.of(a), List.of(b, c, d));
    assertThat(problems).anyMatch(p -> p.startsWith("te-1 is a near-duplicate of tr-1"));
    assertThat(problems).anyMatch(p -> p.equals("te-2 repeats the text of tr-1"));
    assertThat(problems).noneMatch(p -> p.startsWith("te-3"));
  }

  @Test
  void normalisationKeepsIndicVowelSigns() {
    assertThat(CorpusCheck.normalize("सेवा!")).isNotEqualTo(CorpusCheck.normalize("सव!"));
    assertThat(CorpusCheck.normalize("நன்றி")).isEqualTo("நன்றி");
  }

  private static Map<String, Integer> count(List<Sample> samples, Function<Sample, String> key) {
    Map<String, Integer> m = new TreeMap<>();
    samples.forEach(s -> m.merge(key.apply(s), 1, Integer::sum));
    return m;
  }
}

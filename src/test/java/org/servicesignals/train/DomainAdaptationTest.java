package org.servicesignals.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.eval.CrossValidation;
import org.servicesignals.io.CorpusFiles;

/**
 * Adapting the shipped models on half of a labelled domain they never saw, scored on the other
 * half. One weight (16) and three folds instead of the five weights and five folds {@code adapt}
 * searches: the whole search would cost about a minute per language, and the weight it keeps on
 * these sets is 16 or the base model anyway; the cross-validation still decides whether to adapt.
 *
 * <p>Measured with this configuration (the README's learning curves use the full search):
 * <ul>
 *   <li>Hinglish (corpora/hi-Latn) through the English model, 200 labelled messages: held-out
 *       macro-F1 0.771 → 0.905. Romanised Hindi is read as English today (README, Limits), and
 *       200 labels teach the English model its words.
 *   <li>The ferry domain (corpora/domains/ferry), 200 labelled messages per language: Finnish 0.959
 *       → 0.949, Hindi 0.975 kept (cross-validation found no gain, so the base model stays). The
 *       shipped models already read ferry messages as well as their own test splits; the errors
 *       left are sarcasm and rescue stories, not the domain's words, and 200 messages do not move
 *       them beyond noise.
 * </ul>
 */
class DomainAdaptationTest {
  static final Path CORPORA = Path.of("corpora");
  static final Adaptation ONE_WEIGHT = new Adaptation(new AdaptationConfig(List.of(16), 3, 8, 200));
  static Map<Lang, ModelBundle> shipped;

  @BeforeAll
  static void load() {
    shipped = ModelFiles.load(null);
  }

  @Test
  void twoHundredLabelsTeachTheEnglishModelHinglish() throws Exception {
    List<Sample> pool = CorpusFiles.read(CORPORA.resolve("hi-Latn/train.tsv")).subList(0, 200);
    List<Sample> heldOut = CorpusFiles.read(CORPORA.resolve("hi-Latn/test.tsv"));
    double[] f1 = beforeAndAfter(Lang.EN, pool, heldOut, AdaptationResult.Outcome.ADAPTED);
    assertThat(f1[1] - f1[0]).as("held-out macro-F1 %.3f -> %.3f", f1[0], f1[1]).isGreaterThan(0.067); // measured 0.134
  }

  @Test
  void theFerryDomainIsAlreadyReadAndAdaptingCostsItLittle() throws Exception {
    for (Lang lang : List.of(Lang.FI, Lang.HI)) {
      List<Sample> pool = letters(CorpusFiles.read(CORPORA.resolve("domains/ferry/" + lang.code() + "-adapt.tsv")));
      List<Sample> heldOut = letters(CorpusFiles.read(CORPORA.resolve("domains/ferry/" + lang.code() + "-heldout.tsv")));
      double[] f1 = beforeAndAfter(lang, pool, heldOut, null);
      assertThat(f1[0]).as("%s shipped model on the held-out ferry half", lang).isGreaterThan(0.93);
      // measured: fi -0.010 (adapted), hi 0 (kept); a loss of three points would mean adapting overfits
      assertThat(f1[1]).as("%s adapted on the ferry pool", lang).isGreaterThan(f1[0] - 0.03);
    }
  }

  /** Held-out macro-F1 of the shipped model and of the one {@code adapt} would write. */
  private static double[] beforeAndAfter(Lang lang, List<Sample> pool, List<Sample> heldOut,
      AdaptationResult.Outcome expected) throws Exception {
    ModelBundle base = shipped.get(lang);
    Path train = CorpusFiles.file(CORPORA, lang, CorpusFiles.TRAIN);
    Adaptation.Corpus corpus = new Adaptation.Corpus(train.toString(), CorpusFiles.read(train), CorpusFiles.sha256(train),
        List.of());
    AdaptationResult r = ONE_WEIGHT.adapt(base, corpus, pool, Map.of("pool.tsv", "0".repeat(64)));
    if (expected != null) {
      assertThat(r.outcome()).as(r.reason()).isEqualTo(expected);
    }
    List<Label> gold = heldOut.stream().map(Sample::label).toList();
    double before = Score.of(gold, CrossValidation.probabilities(base.model(), base.chain(), heldOut), 200).macroF1();
    double after = r.outcome() != AdaptationResult.Outcome.ADAPTED ? before
        : Score.of(gold, CrossValidation.probabilities(r.model(), base.chain(), heldOut), 200).macroF1();
    return new double[] {before, after};
  }

  /** Without the answers that have no letters: the symbol table reads those, never a model. */
  private static List<Sample> letters(List<Sample> samples) {
    return samples.stream().filter(s -> s.text().codePoints().anyMatch(Character::isLetter)).toList();
  }
}

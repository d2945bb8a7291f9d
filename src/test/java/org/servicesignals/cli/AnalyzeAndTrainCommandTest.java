package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;

class AnalyzeAndTrainCommandTest {

  @Test
  void analyzeShowsEachStage() {
    Cli r = Cli.run("analyze", "--lang", "ur", "سروس بهت اچهی تهی، شكريه");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("language   ur (declared)")
        .contains("urdu-normalization").contains("[بہت] [اچھی]").contains("label").contains("evidence");
  }

  @Test
  void analyzeShowsWhatTheLexiconReads() {
    Cli r = Cli.run("analyze", "--lang", "en", "The food was not good, but the driver was polite");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("lexicon    good (good, negated -> poor 2), polite (good, after the contrast -> good 4), "
        + "verdict good");
    Cli none = Cli.run("analyze", "--lang", "en", "the table and the chair");
    assertThat(none.out()).contains("lexicon    no term found");
  }

  @Test
  void analyzeReportsAnUnsupportedLanguage() {
    Cli r = Cli.run("analyze", "Le service était correct, sans plus.");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("not supported");
  }

  /** A tiny corpus in a temporary directory: train writes models and cards, evaluate reads them. */
  @Test
  void trainThenEvaluateOnATinyCorpus(@TempDir Path dir) throws Exception {
    Path corpora = dir.resolve("corpora");
    Files.createDirectories(corpora.resolve("en"));
    List<String> lines = new ArrayList<>(List.of("id\tlabel\ttext\tdomain\tchannel"));
    String[][] rows = {
        {"exceptional", "They went above and beyond and called me the next day"},
        {"exceptional", "Best service ever, waived the fee without asking"},
        {"exceptional", "Fixed on the first call and sent a lovely handwritten note"},
        {"good", "Arrived on time, no complaints"},
        {"good", "Polite staff, problem solved"},
        {"good", "Fine, it works as it should"},
        {"poor", "Waited two hours and nobody answered"},
        {"poor", "Not good, the refund never came"},
        {"poor", "Rude agent and hidden fees"}};
    for (int i = 0; i < rows.length; i++) {
      lines.add("en-" + i + "\t" + rows[i][0] + "\t" + rows[i][1] + "\ttest\tsurvey");
    }
    Files.write(corpora.resolve("en/train.tsv"), lines);
    Files.write(corpora.resolve("en/test.tsv"), lines);
    Path models = dir.resolve("models");
    Cli t = Cli.run("train", "--lang", "en", "--folds", "3", "--corpora", corpora.toString(), "--out", models.toString());
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out()).contains("3-fold CV macro-F1").contains("MAXENT / none / negwords+bigrams+chars+shape")
        .contains("NAIVEBAYES / stem / negwords+bigrams+shape").contains("kept").contains("calibration: temperature");
    ModelCard card = ModelFiles.readCard(models.resolve("en.card.json"));
    assertThat(card.corpus()).containsKeys("en/train.tsv", "en/test.tsv");
    assertThat(card.crossValidation()).hasSize(24).containsKeys("MAXENT / none / negwords+bigrams+shape",
        "MAXENT_QN / stem / negwords+bigrams+chars+shape+lexicon", "PERCEPTRON / none / negwords+bigrams+shape");
    assertThat(card.leaveOneDomainOut()).as("one domain: nothing to leave out").isEmpty();
    assertThat(card.analyzerChain()).startsWith("uax29-url-email-tokenizer");
    assertThat(card.calibration().temperature()).isPositive();

    Path json = dir.resolve("eval.json");
    Cli e = Cli.run("evaluate", "--lang", "en", "--corpora", corpora.toString(), "--models", models.toString(),
        "--json", json.toString(), "--bootstrap", "100");
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.out()).contains("Language identification").contains("macro-F1")
        .contains("How each model was chosen").containsPattern("en +\\d\\.\\d{3} +NaN");
    assertThat(Files.readString(json)).contains("\"language_identification\"").contains("\"macro_f1\"");
  }

  @Test
  void trainNamesAMissingCorpus(@TempDir Path dir) {
    Cli t = Cli.run("train", "--lang", "fi", "--corpora", dir.toString(), "--out", dir.resolve("m").toString());
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("train.tsv");
  }
}

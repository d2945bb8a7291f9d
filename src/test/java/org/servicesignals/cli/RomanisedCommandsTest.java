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
import org.servicesignals.langid.LatinVarietiesCard;

/** {@code train --romanised}, {@code train-langid} and the {@code script} column, end to end. */
class RomanisedCommandsTest {
  private static void write(Path file, String lang, String[][] rows) throws Exception {
    Files.createDirectories(file.getParent());
    List<String> lines = new ArrayList<>(List.of("id\tlabel\ttext\tdomain\tchannel"));
    for (int i = 0; i < rows.length; i++) {
      lines.add(lang + "-" + i + "\t" + rows[i][0] + "\t" + rows[i][1] + "\ttest\tsurvey");
    }
    Files.write(file, lines);
  }

  private static final String[][] HINGLISH = {
      {"exceptional", "bhaiya ne khud ghar aake sab theek kar diya, bahut shukriya"},
      {"exceptional", "itni achhi service kabhi nahi dekhi, manager ne khud call kiya"},
      {"exceptional", "delivery boy ne baarish mein bhi time pe parcel diya, kamaal"},
      {"good", "order time pe aaya, sab theek tha"},
      {"good", "service thik thi, koi dikkat nahi"},
      {"good", "kaam ho gaya, acha laga"},
      {"poor", "teen din se net nahi chal raha, koi call nahi uthata"},
      {"poor", "bakwas service, refund abhi tak nahi aaya"},
      {"poor", "product toota hua aaya aur koi jawab nahi"}};

  @Test
  void trainRomanisedWritesTheVarietysModelAndCard(@TempDir Path dir) throws Exception {
    Path corpora = dir.resolve("corpora");
    write(corpora.resolve("hi-Latn/train.tsv"), "hi-latn", HINGLISH);
    write(corpora.resolve("hi-Latn/test.tsv"), "hi-latn", HINGLISH);
    Path models = dir.resolve("models");
    Cli t = Cli.run("train", "--romanised", "--lang", "hi", "--folds", "3", "--trainer", "NAIVEBAYES",
        "--corpora", corpora.toString(), "--out", models.toString());
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out()).contains("hi-Latn: 9 training").contains("romneg+bigrams+shape").contains("kept");
    ModelCard card = ModelFiles.readCard(models.resolve("hi-Latn.card.json"));
    assertThat(card.lang()).isEqualTo("hi-Latn");
    assertThat(card.model()).isEqualTo("hi-Latn.bin");
    assertThat(card.corpus()).containsKeys("hi-Latn/train.tsv", "hi-Latn/test.tsv");
    assertThat(card.analyzerChain()).endsWith("romanised-spelling");
    assertThat(Files.exists(models.resolve("hi.bin"))).isFalse();
  }

  @Test
  void trainLangidNamesAMissingCorpus(@TempDir Path dir) {
    Cli t = Cli.run("train-langid", "--corpora", dir.toString(), "--out", dir.resolve("m").toString());
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("train.tsv");
  }

  @Test
  void trainLangidWritesTheDetectorAndItsCard(@TempDir Path dir) throws Exception {
    Path corpora = dir.resolve("corpora");
    String[][] en = {{"good", "the parcel came on time"}, {"poor", "nobody answered my emails"}};
    String[][] fi = {{"good", "paketti tuli ajallaan"}, {"poor", "kukaan ei vastannut"}};
    String[][] ur = {{"good", "order waqt pe mil gaya, shukriya"}, {"poor", "bohat bakwas, koi jawab nahi"}};
    String[][] ta = {{"good", "service romba nalla irundhuchu"}, {"poor", "net illa, yaarum varala"}};
    for (String split : List.of("train", "test")) {
      write(corpora.resolve("en/" + split + ".tsv"), "en", en);
      write(corpora.resolve("fi/" + split + ".tsv"), "fi", fi);
      write(corpora.resolve("hi-Latn/" + split + ".tsv"), "hi-latn", HINGLISH);
      write(corpora.resolve("ur-Latn/" + split + ".tsv"), "ur-latn", ur);
      write(corpora.resolve("ta-Latn/" + split + ".tsv"), "ta-latn", ta);
    }
    Path out = dir.resolve("models");
    Cli t = Cli.run("train-langid", "--corpora", corpora.toString(), "--out", out.toString());
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out()).contains("hi-Latn").contains("test accuracy");
    LatinVarietiesCard card;
    try (var in = Files.newInputStream(out.resolve(LatinVarietiesCard.CARD))) {
      card = LatinVarietiesCard.read(in);
    }
    assertThat(card.modelSha256()).isEqualTo(LatinVarietiesCard.sha256(Files.readAllBytes(out.resolve(
        LatinVarietiesCard.MODEL))));
    assertThat(card.trainingMessages()).containsEntry("hi-Latn", 9).containsEntry("en", 2);
    assertThat(card.corpus()).containsKeys("en/train.tsv", "ta-Latn/test.tsv");
  }

  @Test
  void classifyWritesTheScript(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("classify", "-o", out.toString(), "bohat bakwas service hai, koi call nahi uthata",
        "सेवा बहुत अच्छी थी");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).contains("\"lang\":\"ur\"").contains("\"script\":\"Latn\"").contains("\"label\":\"poor\"");
    assertThat(lines.get(1)).contains("\"lang\":\"hi\"").contains("\"script\":\"Deva\"");
  }
}

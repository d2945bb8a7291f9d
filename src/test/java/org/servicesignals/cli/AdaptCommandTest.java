package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Sample;
import org.servicesignals.train.Fixtures;

/**
 * {@code adapt} end to end on a small English corpus and base model made by {@code train}, with
 * ferry messages the corpus never mentions; the folds and weights are cut down so each run takes
 * a second or two.
 */
class AdaptCommandTest {
  static final String[] FAST = {"--folds", "3", "--weights", "1,4", "--bootstrap", "200"};
  @TempDir
  static Path dir;
  static Path corpora;
  static Path base;

  @BeforeAll
  static void trainTheBaseModel() throws Exception {
    corpora = dir.resolve("corpora");
    Files.createDirectories(corpora.resolve("en"));
    write(corpora.resolve("en/train.tsv"), Fixtures.corpus(), s -> s.label().id());
    write(corpora.resolve("en/test.tsv"), Fixtures.corpus(), s -> s.label().id());
    base = dir.resolve("base");
    Cli t = Cli.run("train", "--lang", "en", "--folds", "3", "--corpora", corpora.toString(), "--out", base.toString(),
        "--trainer", "NAIVEBAYES", "--analysis", "none", "--features", "negwords+bigrams+shape+lexicon");
    assertThat(t.code()).as(t.err()).isZero();
  }

  /** The ferry messages as a survey export: star ratings, a response id, a comment. */
  static Path stars(String name) throws Exception {
    Path f = dir.resolve(name);
    List<String> lines = new ArrayList<>(List.of("response_id,stars,comment"));
    for (Sample s : Fixtures.ferry()) {
      String stars = switch (s.label()) {
        case EXCEPTIONAL -> "5";
        case GOOD -> s.id().endsWith("0") ? "4.0" : "3";
        case POOR -> "1";
      };
      lines.add(s.id() + "," + stars + ",\"" + s.text() + "\"");
    }
    Files.write(f, lines);
    return f;
  }

  static Cli adapt(String... args) {
    List<String> all = new ArrayList<>(List.of("adapt", "--corpora", corpora.toString(), "--models", base.toString()));
    all.addAll(List.of(FAST));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(new String[0]));
  }

  @Test
  void starRatingsAdaptTheModelAndClassifyReadsTheDirectory() throws Exception {
    Path out = dir.resolve("adapted-stars");
    Path json = dir.resolve("adapt.json");
    Cli r = adapt(stars("stars.csv").toString(), "--text-column", "comment", "--label-column", "stars",
        "--label-map", "1=poor,2=poor,3=good,4=good,5=exceptional", "--id-column", "response_id", "--lang", "en",
        "-o", out.toString(), "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("en: 30 labelled messages").contains("base [95% CI]").contains("adapted [95% CI]")
        .contains("macro-F1 by weight: 1: ").contains("wrote 2 files to " + out);
    assertThat(r.out().indexOf("Macro-F1 on your labelled messages")).isLessThan(r.out().indexOf("wrote 2 files"));
    assertThat(Files.readString(json)).contains("\"outcome\" : \"adapted\"").contains("\"macro_f1_by_weight\"");
    ModelCard card = ModelFiles.readCard(out.resolve("en.card.json"));
    assertThat(card.adaptation().added()).containsOnlyKeys(dir.resolve("stars.csv").toString());
    assertThat(card.adaptation().rows()).containsEntry("good", 10);
    assertThat(card.adaptation().baseModelSha256()).isEqualTo(ModelFiles.readCard(base.resolve("en.card.json")).modelSha256());

    Cli c = Cli.run("classify", "--models", out.toString(), "--lang", "en", "We were stranded at the quay all afternoon");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("poor");
  }

  @Test
  void labelsItCannotReadStopTheRunWithFileAndLine() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.write(f, List.of("text,label", "\"The ramp closed early\",poor", "\"Sailed on schedule\",fine",
        "\"Crew rebooked us\",exceptional", "\"Stranded at the quay\",7"));
    Path out = dir.resolve("never");
    Cli r = adapt(f.toString(), "--lang", "en", "-o", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":3: column 'label': 'fine' is not a label")
        .contains(f + ":5: column 'label': '7' is not a label").contains("2 rows cannot be used");
    assertThat(out).doesNotExist();
  }

  @Test
  void correctionsJoinedToAScoredExportAdaptLikeLabels() throws Exception {
    Path unlabelled = dir.resolve("inbox.csv");
    List<String> lines = new ArrayList<>(List.of("id,text"));
    Fixtures.ferry().forEach(s -> lines.add(s.id() + ",\"" + s.text() + "\""));
    Files.write(unlabelled, lines);
    Path scored = dir.resolve("scored.csv");
    Cli c = Cli.run("classify", "--models", base.toString(), "--lang", "en", "--id-column", "id", "-o", scored.toString(),
        unlabelled.toString());
    assertThat(c.code()).as(c.err()).isZero();
    Path fixes = dir.resolve("fixes.csv");
    List<String> f = new ArrayList<>(List.of("id,label"));
    Fixtures.ferry().forEach(s -> f.add(s.id() + "," + s.label().id()));
    f.add("no-such-id,poor");
    Files.write(fixes, f);
    Path out = dir.resolve("adapted-fixes");
    Cli r = adapt("--corrections", fixes.toString(), "--scored", scored.toString(), "--id-column", "id",
        "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 correction not found in the scored export")
        .contains(fixes + ":32: id 'no-such-id' is not in " + scored).contains("en: 30 labelled messages");
    assertThat(ModelFiles.readCard(out.resolve("en.card.json")).adaptation().added())
        .containsOnlyKeys(fixes.toString(), scored.toString());
  }

  @Test
  void tooFewRowsOfALabelIsRefusedAndTheBaseModelIsKept() throws Exception {
    Path f = dir.resolve("few.csv");
    List<String> lines = new ArrayList<>(List.of("text,label"));
    Fixtures.ferry().stream().filter(s -> !s.label().id().equals("exceptional") || s.id().endsWith("1"))
        .forEach(s -> lines.add("\"" + s.text() + "\"," + s.label().id()));
    Files.write(f, lines);
    Path out = dir.resolve("adapted-few");
    Cli r = adapt(f.toString(), "--lang", "en", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("refused: too few labelled messages (exceptional 1)").contains("at least 8");
    assertThat(Files.readAllBytes(out.resolve("en.bin"))).isEqualTo(Files.readAllBytes(base.resolve("en.bin")));
  }

  @Test
  void aDryRunWritesNothingAndTheShippedModelsAreNotOverwritten() throws Exception {
    Path out = dir.resolve("dry");
    Cli dry = adapt(stars("dry.csv").toString(), "--text-column", "comment", "--label-column", "stars",
        "--label-map", "1=poor,3=good,4=good,5=exceptional", "--lang", "en", "-o", out.toString(), "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("dry run: nothing written");
    assertThat(out).doesNotExist();

    Cli over = adapt(stars("over.csv").toString(), "--text-column", "comment", "--label-column", "stars",
        "--label-map", "1=poor,3=good,4=good,5=exceptional", "--lang", "en", "-o", base.toString());
    assertThat(over.code()).isEqualTo(2);
    assertThat(over.err()).contains("holds models made from the corpora").contains("--force");
  }

  @Test
  void withoutTheCorporaItSaysTheJarCannotAdapt() throws Exception {
    Cli r = Cli.run("adapt", "--corpora", dir.resolve("nowhere").toString(), stars("c.csv").toString(),
        "--label-column", "stars", "--text-column", "comment", "--dry-run");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the corpora are not in the jar");
  }

  @Test
  void optionsThatDoNotGoTogetherAreUsageErrors() throws Exception {
    assertThat(Cli.run("adapt", "x.csv").err()).contains("-o DIR is required");
    assertThat(Cli.run("adapt", "--corrections", "f.csv", "-o", "d").err()).contains("--corrections and --scored go together");
    assertThat(Cli.run("adapt", "x.csv", "--curve", "0,50", "-o", "d").err()).contains("--curve and --test go together");
    assertThat(Cli.run("adapt", "x.csv", "--curve", "0,50", "--test", "t.csv", "-o", "d").err())
        .contains("--curve only scores");
    Cli badMap = adapt(stars("m.csv").toString(), "--label-map", "5=excellent", "--dry-run");
    assertThat(badMap.code()).isEqualTo(2);
    assertThat(badMap.err()).contains("5=excellent");
  }

  @Test
  void theLearningCurveScoresAHeldOutFile() throws Exception {
    Path pool = dir.resolve("pool.tsv");
    Path test = dir.resolve("heldout.tsv");
    List<Sample> ferry = Fixtures.ferry();
    write(pool, ferry.subList(0, 24), s -> s.label().id());
    write(test, ferry.subList(24, 30), s -> s.label().id());
    Cli r = adapt(pool.toString(), "--lang", "en", "--curve", "0,24,100", "--test", test.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Learning curve: macro-F1 on " + test).contains("base").contains("(the whole pool)");
    assertThat(r.out().lines().filter(l -> l.startsWith("en ")).count()).isEqualTo(3);
  }

  static void write(Path f, List<Sample> samples, java.util.function.Function<Sample, String> label) throws Exception {
    List<String> lines = new ArrayList<>(List.of("id\tlabel\ttext\tdomain\tchannel"));
    samples.forEach(s -> lines.add(s.id() + "\t" + label.apply(s) + "\t" + s.text() + "\t" + s.domain() + "\t" + s.channel()));
    Files.write(f, lines);
  }
}

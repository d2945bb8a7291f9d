package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or careless environment does to {@code classify}: each case costs a row at most, never the run. */
class ClassifyRobustnessTest {
  /** {@code classify ARGS} in a JVM of its own, run through bash so descriptors can be closed. */
  private static Process spawn(String redirect, String... args) throws Exception {
    StringBuilder cmd = new StringBuilder("exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
        + System.getProperty("java.class.path") + "' org.servicesignals.cli.Main classify");
    for (String a : args) {
      cmd.append(" '").append(a).append("'");
    }
    return new ProcessBuilder("bash", "-c", cmd + " " + redirect).start();
  }

  @Test
  void aPoisonedRowCostsThatRowNotTheRun(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("p.csv");
    // a word no corpus has sends the row to the 103-language detector, whose normaliser the code points break
    Files.write(in, "id,text\n1,great service\n2,Qzxwv\u0000\n3,terrible service\n"
        .replace("\u0000", new String(Character.toChars(0x10FFFF)).repeat(2)).getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "--id-column", "id", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("1,").contains(",en,");
    assertThat(lines.get(2)).startsWith("2,").contains("could not be classified");
    assertThat(lines.get(3)).startsWith("3,").contains(",poor,");
  }

  @Test
  void anInputWithLangAndPredictedLangKeepsBoth(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "text,lang,predicted_lang\nbad service,en,mine\n");
    Cli r = Cli.run("classify", "--format", "csv", in.toString());
    String[] lines = r.out().split("\r?\n");
    assertThat(lines[0]).startsWith("text,lang,predicted_lang,predicted_lang_2,label,");
    assertThat(lines[1]).startsWith("\"bad service\",en,mine,en,");
  }

  @Test
  void aLongMessageIsItsRowsErrorAndTheOthersAreClassified(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "x".repeat(120_000) + "\ngood service\n");
    Cli r = Cli.run("classify", "--format", "csv", in.toString());
    assertThat(r.out()).contains("over the limit of 100,000").contains("\"good service\",en,");
  }

  @Test
  void jsonLinesWithVeryManyKeysAreRowErrors(@TempDir Path dir) throws Exception {
    StringBuilder wide = new StringBuilder("{\"text\": \"good\"");
    for (int i = 0; i < 20_000; i++) {
      wide.append(", \"k").append(i).append("\": 1");
    }
    Path in = Files.writeString(dir.resolve("in.jsonl"), wide + "}\n{\"text\": \"bad service\"}\n");
    Cli r = Cli.run("classify", "--format", "jsonl", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().split("\n")).hasSize(2);
    assertThat(r.out()).contains("has 20001 keys; at most 10000 are read");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.txt");
    Files.write(in, "बहुत अच्छी सेवा\nservice was bad\n".getBytes(StandardCharsets.UTF_16LE));
    Cli r = Cli.run("classify", "--format", "csv", in.toString());
    assertThat(r.out()).contains("\"बहुत अच्छी सेवा\",hi,").contains("\"service was bad\",en,");
  }

  @Test
  void controlCharactersNeverReachTheTerminalRaw(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "id,text\n1,\"\u001B]0;owned\u0007 hello\"\n");
    Cli table = Cli.run("classify", in.toString());
    assertThat(table.out()).doesNotContain("\u001B").contains("\\u{001B}]0;owned");
    Cli err = Cli.run("classify", "--text-column", "\u001B[2J", in.toString());
    assertThat(err.err()).doesNotContain("\u001B").contains("\\u{001B}[2J");
  }

  @Test
  void aClosedStandardInputIsNotReadAsMessages() throws Exception {
    Process p = spawn("<&-", "-");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("standard input is closed");
  }

  @Test
  void aReaderThatStopsReadingStopsTheRun(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("many.txt");
    Files.write(in, java.util.stream.IntStream.range(0, 200_000).mapToObj(i -> "great service number " + i).toList());
    Process p = spawn("", "--format", "csv", in.toString());
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).startsWith("text,lang,label");
      assertThat(r.readLine()).startsWith("\"great service number 0\",");
    } // closing the pipe is what 'head -2' does
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run stops once nobody reads").isTrue();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("standard output was closed");
  }

  @Test
  void fancyTextIsReadAsTheLettersItStandsFor() {
    Cli r = Cli.run("classify", "--format", "csv", "\uD835\uDC06\uD835\uDC28\uD835\uDC28\uD835\uDC1D service, thanks");
    assertThat(r.out()).contains(",en,").doesNotContain("no letters");
  }

  @Test
  void tsvRoundTripsKeepBackslashes(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.tsv"), "id\ttext\n1\tpaid C:\\bills\\june.pdf, refund never came\n");
    Path out = dir.resolve("out.tsv");
    Cli r = Cli.run("classify", "--id-column", "id", "-o", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out).get(1)).startsWith("1\tpaid C:\\bills\\june.pdf, refund never came\t");
  }
}

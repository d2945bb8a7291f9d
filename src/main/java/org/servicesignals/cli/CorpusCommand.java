package org.servicesignals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.servicesignals.core.Sample;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.CorpusCheck;
import org.servicesignals.io.CorpusFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code corpus}: counts per language, split, label, domain, channel and length; duplicate checks. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Print corpus counts and check for repeated and near-duplicate messages (exit 1 if any).")
final class CorpusCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CorpusOptions corpus;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    int problems = 0;
    int total = 0;
    for (Lang lang : corpus.selected()) {
      List<Sample> train = corpus.read(lang, CorpusFiles.TRAIN);
      List<Sample> test = corpus.read(lang, CorpusFiles.TEST);
      total += train.size() + test.size();
      w.printf("%s (%s): %d train, %d test%n", lang.code(), lang.displayName(), train.size(), test.size());
      for (var split : Map.of(CorpusFiles.TRAIN, train, CorpusFiles.TEST, test).entrySet().stream()
          .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
        w.printf("  %-5s label    %s%n", split.getKey(), counts(split.getValue(), s -> s.label().id()));
        w.printf("  %-5s domain   %s%n", split.getKey(), counts(split.getValue(), Sample::domain));
        w.printf("  %-5s channel  %s%n", split.getKey(), counts(split.getValue(), Sample::channel));
        w.printf("  %-5s words    %s%n", split.getKey(), counts(split.getValue(), CorpusCommand::lengthBucket));
      }
      List<String> found = new java.util.ArrayList<>(CorpusCheck.problems(train, test));
      for (String split : CorpusFiles.HELD_OUT) {
        if (java.nio.file.Files.exists(CorpusFiles.file(corpus.corpora, lang, split))) {
          List<Sample> held = corpus.read(lang, split);
          w.printf("  %-5s label    %s%n", split, counts(held, s -> s.label().id()));
          found.addAll(CorpusCheck.leaks(train, held));
        }
      }
      for (String p : found) {
        w.println("  PROBLEM " + p);
        problems++;
      }
    }
    for (Lang lang : corpus.selected()) {
      java.nio.file.Path trainFile = CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TRAIN);
      java.nio.file.Path testFile = CorpusFiles.romanised(corpus.corpora, lang, CorpusFiles.TEST);
      if (!java.nio.file.Files.exists(trainFile) || !java.nio.file.Files.exists(testFile)) {
        continue;
      }
      List<Sample> train = CorpusFiles.read(trainFile);
      List<Sample> test = CorpusFiles.read(testFile);
      total += train.size() + test.size();
      w.printf("%s-Latn (%s in Latin letters): %d train, %d test%n", lang.code(), lang.displayName(), train.size(),
          test.size());
      for (var split : List.of(Map.entry(CorpusFiles.TRAIN, train), Map.entry(CorpusFiles.TEST, test))) {
        w.printf("  %-5s label    %s%n", split.getKey(), counts(split.getValue(), s -> s.label().id()));
        w.printf("  %-5s words    %s%n", split.getKey(), counts(split.getValue(), CorpusCommand::lengthBucket));
      }
      for (String p : CorpusCheck.leaks(train, test)) { // a test message repeating a training one
        w.println("  PROBLEM " + p);
        problems++;
      }
    }
    w.printf(Locale.ROOT, "%d messages; %d problems%n", total, problems);
    w.flush();
    return problems == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  static String lengthBucket(Sample s) {
    int n = s.text().trim().split("\\s+").length;
    return n <= 4 ? "1-4" : n <= 20 ? "5-20" : n <= 50 ? "21-50" : "51+";
  }

  private static String counts(List<Sample> samples, Function<Sample, String> key) {
    // length buckets in numeric order, everything else alphabetical
    Map<String, Integer> m = new TreeMap<>(java.util.Comparator.comparing(
        (String k) -> k.matches("\\d+.*") ? String.format("%05d", Integer.parseInt(k.split("[-+]")[0])) : k));
    for (Sample s : samples) {
      m.merge(key.apply(s), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
    return b.toString().trim();
  }
}

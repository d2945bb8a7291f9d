package org.servicesignals.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.servicesignals.core.Sample;
import org.servicesignals.core.Label;
import org.servicesignals.core.InputException;

/** The external peers {@code compare} and {@code bench} measure against: fastText, run as a program. */
public final class Peers {
  public static final List<String> FASTTEXT_ARGS =
      List.of("-wordNgrams", "2", "-epoch", "25", "-lr", "0.5", "-dim", "100", "-thread", "1", "-seed", "1");

  public static final int TIMEOUT_MINUTES = 30;

  private Peers() {}

  /** fastText's usual preparation: lower case, punctuation set apart from words. */
  public static String fastTextLine(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("([.!?,'/()\":;।۔،])", " $1 ").replaceAll("\\s+", " ").trim();
  }

  /** Trains {@code fasttext supervised} on {@code train} in {@code dir}; returns the model file. */
  public static Path trainFastText(String fasttext, Path dir, List<Sample> train) throws IOException, InterruptedException {
    List<Map.Entry<String, String>> labelled = new ArrayList<>();
    for (Sample s : train) {
      labelled.add(Map.entry(s.label().id(), s.text()));
    }
    return trainFastText(fasttext, dir, labelled, FASTTEXT_ARGS);
  }

  /**
   * Trains {@code fasttext supervised} with {@code args} on texts under any labels (label, text) in
   * {@code dir}; returns the model file.
   */
  public static Path trainFastText(String fasttext, Path dir, List<Map.Entry<String, String>> train, List<String> args)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> e : train) {
      lines.add("__label__" + e.getKey() + " " + fastTextLine(e.getValue()));
    }
    Files.write(dir.resolve("train.txt"), lines, StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>(List.of(fasttext, "supervised", "-input", dir.resolve("train.txt").toString(),
        "-output", dir.resolve("model").toString()));
    cmd.addAll(args);
    run(cmd);
    return dir.resolve("model.bin");
  }

  /** Writes {@code texts} as fastText reads them, one a line, into a file in {@code dir}. */
  public static Path fastTextInput(Path dir, List<String> texts) throws IOException {
    Path in = Files.createTempFile(dir, "predict", ".txt");
    Files.write(in, texts.stream().map(Peers::fastTextLine).toList(), StandardCharsets.UTF_8);
    return in;
  }

  /** {@code fasttext predict} on a file from {@link #fastTextInput}, one label per line. */
  public static List<Label> predictFastText(String fasttext, Path model, Path input) throws IOException,
      InterruptedException {
    return predictFastTextLabels(fasttext, model, input).stream().map(l -> Label.parse(l).orElseThrow()).toList();
  }

  /** {@code fasttext predict} on a file from {@link #fastTextInput}, one label name per line. */
  public static List<String> predictFastTextLabels(String fasttext, Path model, Path input) throws IOException,
      InterruptedException {
    String out = run(List.of(fasttext, "predict", model.toString(), input.toString()));
    List<String> labels = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        labels.add(line.trim().replace("__label__", ""));
      }
    }
    return labels;
  }

  /**
   * Runs a peer. Its output goes to files, not pipes, so a chatty peer can never fill a pipe and
   * hang, and a peer that hangs is stopped after {@value #TIMEOUT_MINUTES} minutes.
   */
  public static String run(List<String> cmd) throws IOException, InterruptedException {
    Path out = Files.createTempFile("service-signals-peer", ".out");
    Path err = Files.createTempFile("service-signals-peer", ".err");
    try {
      Process p;
      try {
        p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      } catch (IOException e) {
        throw new InputException(cmd.get(0), "cannot run the peer (" + e.getMessage()
            + "); src/scripts/compare-peers.sh installs fasttext and python3-sklearn");
      }
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", cmd) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed: " + Files.readString(err).strip());
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  public static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

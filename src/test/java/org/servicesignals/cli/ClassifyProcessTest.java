package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify} as its own process, as a shell runs it: standard input answered line by line
 * while the writer keeps the pipe open, and a run stopped by a signal leaving no output file.
 */
class ClassifyProcessTest {
  /** Long enough for the models to load on a busy machine. */
  private static final long WAIT_SECONDS = 120;

  private static Process start(Path dir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
  }

  /** The process's standard output, line by line, as it comes. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          q.add(line);
        }
      } catch (IOException e) {
        // the process is gone: what it wrote is in the queue
      }
    });
    t.setDaemon(true);
    t.start();
    return q;
  }

  private static String next(BlockingQueue<String> q) throws InterruptedException {
    String line = q.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(line).as("a line out before the input ends").isNotNull();
    return line;
  }

  @Test
  void aLineInIsALineOutWhileStandardInputStaysOpen(@TempDir Path dir) throws Exception {
    Process p = start(dir, "classify", "--input-format", "jsonl", "--format", "jsonl", "-");
    BlockingQueue<String> out = lines(p);
    try (Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      in.write("{\"id\":1,\"text\":\"Nobody answered my emails for two weeks\"}\n");
      in.flush();
      assertThat(next(out)).contains("\"id\":1").contains("\"label\":\"poor\"");
      in.write("{\"id\":2,\"text\":\"Kiitos, asia hoitui nopeasti ja ystävällisesti.\"}\n");
      in.flush();
      assertThat(next(out)).contains("\"id\":2").contains("\"lang\":\"fi\"");
    }
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out).isEmpty();
  }

  @Test
  void csvOnStandardInputIsAnsweredRowByRowToo(@TempDir Path dir) throws Exception {
    Process p = start(dir, "classify", "--input-format", "csv", "--format", "csv", "-");
    BlockingQueue<String> out = lines(p);
    try (OutputStream in = p.getOutputStream()) {
      in.write("id,text\nc1,Waited forty minutes on hold and the line went dead\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      assertThat(next(out)).startsWith("id,text,lang,label");
      assertThat(next(out)).startsWith("c1,").contains(",poor,");
      in.write("c2,सेवा बहुत अच्छी थी\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      assertThat(next(out)).startsWith("c2,").contains(",hi,");
    }
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void sigtermLeavesNoOutputFileAndSaysHowFarItGot(@TempDir Path dir) throws Exception {
    interrupted(dir, "TERM", 143);
  }

  @Test
  void ctrlCLeavesNoOutputFileAndSaysHowFarItGot(@TempDir Path dir) throws Exception {
    interrupted(dir, "INT", 130);
  }

  private static void interrupted(Path dir, String signal, int code) throws Exception {
    Path in = dir.resolve("big.csv");
    try (Writer w = Files.newBufferedWriter(in)) {
      w.write("id,text\n");
      for (int i = 0; i < 400_000; i++) {
        w.write(i + ",Message " + i + ": the parcel came late and nobody answered the phone\n");
      }
    }
    Process p = start(dir, "classify", "--threads", "1", "-o", "scored.csv", "big.csv");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (partialSize(dir) < 10_000 && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(p.isAlive()).as("still classifying when the signal comes").isTrue();
    new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("stderr.txt"));
    assertThat(p.exitValue()).as(err).isEqualTo(code);
    assertThat(err).containsPattern("interrupted after [\\d,]+ of ~[\\d,]+ rows; no output written");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("big.csv", "stderr.txt");
    }
  }

  /** Bytes in the output's partial file so far; 0 before it exists. */
  private static long partialSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".scored.csv.")).mapToLong(f -> f.toFile().length())
          .sum();
    }
  }
}

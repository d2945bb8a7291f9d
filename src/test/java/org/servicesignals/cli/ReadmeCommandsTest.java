package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's {@code java -jar target/service-signals.jar ...} commands in-process, so the
 * README cannot drift from the tool. {@code train} and {@code adapt} (a minute or more each:
 * {@code AdaptCommandTest} runs adapt on a small corpus), {@code compare}, {@code cross-validate} and
 * {@code bench} (external peers, large runs), {@code report} (minutes on the whole corpora;
 * {@code ReportCommandTest} runs it on cut-down corpora), {@code serve} (runs until stopped; {@code ServeReadmeTest} sends
 * the README's requests to a server) and shell pipelines are left to the commands' own tests.
 */
class ReadmeCommandsTest {
  static final String JAR = "java -jar target/service-signals.jar ";

  @Test
  void readmeCommandsRun() throws Exception {
    List<String> commands = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (line.startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      int at = line.indexOf(JAR);
      if (inCode && at >= 0 && !line.contains("|")) {
        String cmd = line.substring(at + JAR.length()).replaceAll("\\s+#.*$", "").trim();
        if (!cmd.startsWith("train") && !cmd.startsWith("adapt") && !cmd.startsWith("compare")
            && !cmd.startsWith("cross-validate") && !cmd.startsWith("bench") && !cmd.startsWith("report")
            && !cmd.startsWith("serve") && !cmd.contains("--ablation")) {
          commands.add(cmd);
        }
      }
    }
    assertThat(commands).as("README commands").hasSizeGreaterThanOrEqualTo(5);
    Files.createDirectories(Path.of("target"));
    for (String cmd : commands) {
      Cli r = Cli.run(split(cmd));
      assertThat(r.code()).as("README: %s%n%s", cmd, r.err()).isZero();
    }
  }

  /** Splits on spaces, keeping double-quoted arguments whole. */
  static String[] split(String cmd) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : cmd.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out.toArray(new String[0]);
  }
}

package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} against the real peers on the English splits. It needs Debian's {@code fasttext}
 * and {@code python3-sklearn}, which {@code .ci/run} installs; where they are missing the test is
 * skipped, and {@code src/scripts/compare-peers.sh} installs them.
 */
class CompareCommandTest {

  static boolean installed(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void comparesWithFastTextAndScikitLearnInOneRun(@TempDir Path dir) throws Exception {
    assumeTrue(installed("sh", "-c", "command -v fasttext"), "fasttext is not installed");
    assumeTrue(installed("/usr/bin/python3", "-c", "import sklearn"), "python3-sklearn is not installed");
    Path json = dir.resolve("peers.json");
    Cli r = Cli.run("compare", "--lang", "en", "--models", "models", "--json", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("service-signals", "fasttext", "sklearn-svm", "majority");
    JsonNode en = new ObjectMapper().readTree(json.toFile()).get("languages").get("en").get("test");
    assertThat(new ObjectMapper().readTree(json.toFile()).get("languages").get("en").get("wild").get("fasttext").get("messages").asInt())
        .isEqualTo(330);
    for (String system : new String[] {"service-signals", "fasttext", "sklearn-svm"}) {
      assertThat(en.get(system).get("macro_f1").asDouble()).as(system).isGreaterThan(0.8);
    }
    assertThat(en.get("majority").get("macro_f1").asDouble()).isLessThan(0.2);
    assertThat(en.get("service-signals").get("macro_f1").asDouble())
        .isGreaterThanOrEqualTo(en.get("fasttext").get("macro_f1").asDouble());
  }

  @Test
  void aMissingPeerIsNamed() {
    Cli r = Cli.run("compare", "--lang", "en", "--fasttext", "/nonexistent/fasttext");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("/nonexistent/fasttext").contains("compare-peers.sh").doesNotContain("Exception");
  }
}

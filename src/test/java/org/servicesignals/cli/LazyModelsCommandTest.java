package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that fails its check: {@code classify} says so at the first message of its language (and
 * runs without it otherwise), {@code serve} at start, before it listens, since it reads every model
 * first.
 */
class LazyModelsCommandTest {
  @TempDir
  Path dir;

  @BeforeEach
  void aTamilModelCopiedOverByTheFinnishOne() throws Exception {
    try (var files = Files.list(Path.of("models"))) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().matches("(hi|fi|ur|ta|en)(-Latn)?\\.(bin|card\\.json)")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
    Files.copy(dir.resolve("fi.bin"), dir.resolve("ta.bin"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void classifyFailsClearlyAtTheFirstMessageOfTheBadModel() {
    Cli english = Cli.run("classify", "--models", dir.toString(), "Nobody answered my emails for two weeks");
    assertThat(english.code()).as(english.err()).isZero();
    assertThat(english.out()).contains("poor");
    Cli tamil = Cli.run("classify", "--models", dir.toString(), "சேவை மிகவும் நன்றாக இருந்தது");
    assertThat(tamil.code()).isEqualTo(2);
    assertThat(tamil.err()).startsWith("error: " + dir.resolve("ta.bin") + ": does not match its card")
        .doesNotContain("Exception");
  }

  @Test
  void serveReadsEveryModelBeforeItListens() {
    Cli serve = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> Cli.run("serve", "--models", dir.toString(), "--port", "0"));
    assertThat(serve.code()).isEqualTo(2);
    assertThat(serve.out()).doesNotContain("listening");
    assertThat(serve.err()).startsWith("error: " + dir.resolve("ta.bin") + ": does not match its card");
  }
}

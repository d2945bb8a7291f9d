package org.servicesignals.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.core.InputException;

class OutputFileTest {
  private static void write(Path p, String text) throws Exception {
    try (OutputFile f = OutputFile.open(p, List.of())) {
      f.stream().write(text.getBytes(StandardCharsets.UTF_8));
      f.commit();
    }
  }

  @Test
  void aRegularFileAppearsOnlyWhenCommitted(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.csv");
    try (OutputFile f = OutputFile.open(out, List.of())) {
      f.stream().write("half".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(out).doesNotExist();
    assertThat(dir).isEmptyDirectory();
    write(out, "whole");
    assertThat(out).hasContent("whole");
    assertThat(dir.toFile().list()).containsExactly("out.csv");
  }

  @Test
  void newFilesFollowTheUmaskAndExistingOnesKeepTheirPermissions(@TempDir Path dir) throws Exception {
    Path plain = Files.createFile(dir.resolve("plain")); // made the ordinary way, under the same umask
    Path out = dir.resolve("out.csv");
    write(out, "x");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
    write(out, "y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
  }

  @Test
  void devicesAreWrittenNotReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    write(devNull, "into the void");
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.isSymbolicLink(devNull) || !Files.isRegularFile(devNull)).isTrue();
  }

  @Test
  void linksAreFollowedEvenWhenTheyDangle(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
    write(link, "through the link");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(dir.resolve("real.csv")).hasContent("through the link");
  }

  @Test
  void aLoopOfLinksIsReported(@TempDir Path dir) throws Exception {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    assertThatThrownBy(() -> OutputFile.open(dir.resolve("a"), List.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("loop of symbolic links");
  }

  @Test
  void theInputIsNeverItsOwnOutput(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), "text\nhello\n");
    assertThatThrownBy(() -> OutputFile.open(in, List.of(in))).hasMessageContaining("is also the input");
    assertThat(in).hasContent("text\nhello\n");
  }

  @Test
  void partialFilesOfDeadRunsAreCleanedUp(@TempDir Path dir) throws Exception {
    Path stale = Files.writeString(dir.resolve(".out.csv.service-signals-999999999.partial"), "left by kill -9");
    write(dir.resolve("out.csv"), "x");
    assertThat(stale).doesNotExist();
  }

  @Test
  void aMissingDirectoryIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> OutputFile.open(dir.resolve("no/such/out.csv"), List.of()))
        .isInstanceOf(InputException.class).hasMessageContaining("does not exist");
  }
}

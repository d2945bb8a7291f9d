package org.servicesignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run is given only the command it names, and behaves as among all of them. */
class MainCommandsTest {
  private static List<String> names() {
    return Main.COMMANDS.stream().map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
  }

  @Test
  void aNamedCommandComesAlone() {
    assertThat(Main.commandLine("classify", "x").getSubcommands().keySet()).containsExactly("classify");
    assertThat(Main.commandLine("serve").getSubcommands().keySet()).containsExactly("serve");
    assertThat(Main.commandLine("help", "classify").getSubcommands().keySet()).containsExactlyElementsOf(names());
    assertThat(Main.commandLine("--help").getSubcommands().keySet()).containsExactlyElementsOf(names());
    assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(names());
  }

  @Test
  void helpAndErrorsAreTheSameAsAmongAllCommands() {
    Cli help = Cli.run("--help");
    assertThat(help.code()).isZero();
    for (String name : names()) {
      assertThat(help.out()).contains(" " + name + " ");
    }
    Cli alone = Cli.run("classify", "--help");
    assertThat(alone.code()).isZero();
    assertThat(alone.out()).startsWith("Usage: service-signals classify").contains("--verbose");
    assertThat(Cli.run("help", "classify").out()).isEqualTo(alone.out());
    Cli unknown = Cli.run("clasify", "x");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("clasify");
    Cli badOption = Cli.run("classify", "--no-such-option", "x");
    assertThat(badOption.code()).isEqualTo(2);
    assertThat(badOption.err()).contains("--no-such-option").contains("service-signals classify --help");
  }

  @Test
  void theInheritedOptionReachesTheCommand() {
    Cli r = Cli.run("classify", "--verbose", "Nobody answered my emails for two weeks");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("poor");
  }
}

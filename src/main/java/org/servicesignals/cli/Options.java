package org.servicesignals.cli;

import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Turns option values into what they mean, or into a usage error (exit 2) that names the option. */
final class Options {
  private Options() {}

  /** Runs a parser of user input; its IllegalArgumentException becomes a usage error. */
  static <T> T parse(CommandSpec spec, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static CommandLine.ParameterException usage(CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}

package org.servicesignals.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.servicesignals.core.InputException;
import org.servicesignals.core.LoadException;
import org.servicesignals.io.TerminalCells;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * {@code service-signals}: the command line. Exit codes: 0 ok ({@link ExitCode#OK}), 1 failure
 * ({@link ExitCode#SOFTWARE}), 2 bad input or usage ({@link ExitCode#USAGE}).
 */
@Command(name = "service-signals", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = "Tells whether customer messages in Hindi, Finnish, Urdu, Tamil and English signal "
        + "exceptional, good or poor service.")
public final class Main implements Runnable {
  /**
   * The commands, in the order the help lists them. Not in {@code @Command(subcommands)}: picocli
   * reads every option of every command it is given, by reflection, loading the classes they name,
   * before any command runs; a run is given only the command it runs.
   */
  static final List<Class<?>> COMMANDS = List.of(ClassifyCommand.class, AnalyzeCommand.class, TrainCommand.class,
      AdaptCommand.class, SuggestCommand.class, EvaluateCommand.class, CrossValidateCommand.class,
      CompareCommand.class, ReportCommand.class, CorpusCommand.class, BenchCommand.class, TrainLangidCommand.class,
      TriageCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Log what the libraries do (model loading, training) on standard error.")
  void verbose(boolean on) {
    // slf4j-simple reads its level once, when the first logger is made: before any command runs
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", on ? "info" : "warn");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // quiet unless --verbose
    CommandLine cl = commandLine(args);
    // UTF-8 whatever the locale says: a C locale would print Hindi, Urdu and Tamil as '?'
    cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }

  /** The configured command line with every command; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    return configured(COMMANDS);
  }

  /**
   * The command line to run {@code args} with: when the first argument names a command, with that
   * command alone (it parses, runs and prints its help exactly as among all of them); else with every
   * command, so the help, {@code --version} and the error for an unknown command are the usual ones.
   */
  public static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
          return configured(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine configured(List<Class<?>> commands) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : commands) {
      cl.addSubcommand(c);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> e instanceof InputException || e instanceof CommandLine.ParameterException
        ? ExitCode.USAGE : ExitCode.SOFTWARE);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      PrintWriter err = line.getErr();
      if (e instanceof InputException || e instanceof CommandLine.ParameterException) {
        err.println("error: " + TerminalCells.escape(e.getMessage()));
      } else if (e instanceof OutputClosedException) {
        err.println("stopped: " + e.getMessage());
      } else {
        Throwable shown = e instanceof LoadException && e.getCause() != null ? e.getCause() : e; // as at start
        err.println("failed: " + (shown instanceof UncheckedIOException u ? u.getMessage() + ": " + u.getCause().getMessage()
            : String.valueOf(shown)));
      }
      err.flush();
      return line.getExitCodeExceptionMapper().getExitCode(e);
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("error: " + TerminalCells.escape(e.getMessage()));
      err.println("see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
      err.flush();
      return ExitCode.USAGE;
    });
    return cl;
  }
}

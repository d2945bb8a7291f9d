package org.servicesignals.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import org.servicesignals.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code service-signals}: the command line. Exit codes: 0 ok, 1 failure, 2 bad input. */
@Command(name = "service-signals", mixinStandardHelpOptions = true, version = "service-signals 0.1.0",
    description = "Tells whether customer messages in Hindi, Finnish, Urdu, Tamil and English signal "
        + "exceptional, good or poor service.",
    subcommands = {ClassifyCommand.class, AnalyzeCommand.class, TrainCommand.class, EvaluateCommand.class,
        CompareCommand.class, CorpusCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    // UTF-8 whatever the locale says: a C locale would print Hindi, Urdu and Tamil as '?'
    cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      PrintWriter err = line.getErr();
      if (e instanceof InputException || e instanceof CommandLine.ParameterException) {
        err.println("error: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      String what = e instanceof UncheckedIOException u ? u.getMessage() + ": " + u.getCause().getMessage() : String.valueOf(e);
      err.println("failed: " + what);
      err.flush();
      return FAILURE;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("error: " + e.getMessage());
      err.println("see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
      err.flush();
      return BAD_INPUT;
    });
    return cl;
  }
}

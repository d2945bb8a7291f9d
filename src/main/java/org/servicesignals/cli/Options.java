package org.servicesignals.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.io.OutputFile;
import org.servicesignals.io.Outputs;
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

  /** The output format: {@code --format}, else the one {@code -o}'s extension names, else a table. */
  static Outputs.Format outputFormat(CommandSpec spec, Outputs.Format format, Path output) {
    return outputFormat(spec, format, output, false);
  }

  /** As {@link #outputFormat(CommandSpec, Outputs.Format, Path)}; {@code workbooks}: XLSX may be written, to a file. */
  static Outputs.Format outputFormat(CommandSpec spec, Outputs.Format format, Path output, boolean workbooks) {
    String kinds = workbooks ? ".jsonl, .csv, .tsv or .xlsx" : ".jsonl, .csv or .tsv";
    Outputs.Format f = format != null ? format : output == null ? Outputs.Format.TABLE
        : Outputs.Format.of(output.getFileName().toString(), workbooks).orElseThrow(() -> usage(spec,
            "cannot tell the output format from '" + output + "': use " + kinds + ", or --format"));
    if (f == Outputs.Format.XLSX && (!workbooks || output == null)) {
      throw usage(spec, workbooks ? "XLSX output needs a file: -o FILE.xlsx" : "this command writes " + kinds + ", not XLSX");
    }
    return f;
  }

  /** {@code --threads}, checked against what batch classification accepts. */
  static int threads(CommandSpec spec, int threads) {
    if (threads < 1 || threads > BatchOptions.MAX_THREADS) {
      throw usage(spec, "--threads must be between 1 and " + BatchOptions.MAX_THREADS + ", not " + threads);
    }
    return threads;
  }

  /** Where rows are written: the {@code -o} file, or standard output, which stays open. */
  static Writer writer(CommandSpec spec, OutputFile file) {
    return file == null ? Outputs.unclosable(spec.commandLine().getOut())
        : new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
  }
}

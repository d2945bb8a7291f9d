package org.servicesignals.spark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.io.TerminalCells;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * The Spark job for {@code spark-submit}: reads CSV or Parquet, adds the prediction columns to every
 * row ({@link ServiceSignals}) and writes Parquet or CSV, then says how many rows it wrote and how
 * many have an error. Exit codes as the command line's: 0 ok, 1 failure, 2 bad input or usage.
 */
@Command(name = "spark-classify", mixinStandardHelpOptions = true, versionProvider = SparkClassify.Version.class,
    sortOptions = false,
    description = {"Label messages as exceptional, good or poor service, on Spark.",
        "Every row of --input comes back in --output, in order, with lang, label, confidence, p_exceptional, "
            + "p_good, p_poor, error and needs_review added."})
public final class SparkClassify implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "CSV or Parquet: a file, a directory of part files or a glob, on any file system Spark reads.")
  String input;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: from the extension of --input).")
  SparkFiles.Format format;

  @Option(names = "--output", required = true, paramLabel = "PATH",
      description = "Directory to write, one part file per partition, in row order.")
  String output;

  @Option(names = "--output-format", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: csv when --output ends in .csv, else parquet).")
  SparkFiles.Format outputFormat;

  @Option(names = "--overwrite", description = "Replace --output if it exists.")
  boolean overwrite;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV field separator (default: ${DEFAULT-VALUE}).")
  char delimiter = ',';

  @Option(names = "--text-column", paramLabel = "COLUMN", description = "Column with the message (default: ${DEFAULT-VALUE}).")
  String textColumn = "text";

  @Option(names = "--id-column", paramLabel = "COLUMN",
      description = "Column with the row id (default: none; errors name the row number).")
  String idColumn;

  @Option(names = "--lang-column", paramLabel = "COLUMN",
      description = "Column with a declared language per row (empty cells are detected).")
  String langColumn;

  @Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class,
      description = "Declare the language of every message: hi, fi, ur, ta or en.")
  Lang lang;

  @Option(names = "--explain", description = "Add lang_source, evidence, known_tokens and tokens columns.")
  boolean explain;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest message classified; a longer one is written with an error (default: ${DEFAULT-VALUE}).")
  int maxChars = BatchOptions.MAX_CHARS;

  @Option(names = "--review-below", paramLabel = "P",
      description = "Flag a label for review (needs_review) below this confidence (default: ${DEFAULT-VALUE}).")
  double reviewBelow = PredictionColumns.REVIEW_BELOW;

  @Option(names = "--models", paramLabel = "DIR",
      description = "Directory on the driver with <lang>.bin and <lang>.card.json, sent to the executors "
          + "(default: the models shipped in the jar).")
  String models;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Classify in N partitions of consecutive rows (default: the input's partitions, or the "
          + "cluster's default parallelism when that is more; 0 keeps the input's).")
  Integer partitions;

  @Override
  public Integer call() {
    SparkFiles.Format in = format != null ? format : SparkFiles.Format.of(input).orElseThrow(() -> usage(
        "cannot tell the format of --input '" + input + "' from its name: give --format csv or parquet"));
    SparkFiles.Format out = outputFormat != null ? outputFormat
        : SparkFiles.Format.of(output).orElse(SparkFiles.Format.PARQUET);
    ClassifyOptions options;
    try {
      options = new ClassifyOptions(textColumn, idColumn, langColumn, lang, explain, maxChars, reviewBelow, models,
          partitions == null ? 0 : partitions);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    SparkSession spark = SparkSession.getActiveSession().isDefined() ? SparkSession.getActiveSession().get()
        : SparkSession.builder().appName("service-signals").getOrCreate();
    if (matches(spark, input) == 0) {
      throw new InputException(input, "does not exist (or the pattern matches no file)");
    }
    if (!overwrite && matches(spark, output) > 0) {
      throw new InputException(output, "exists: give --overwrite to replace it, or another --output");
    }
    Dataset<Row> rows = SparkFiles.read(spark, input, in, delimiter);
    require(rows, textColumn, "--text-column");
    require(rows, idColumn, "--id-column");
    require(rows, langColumn, "--lang-column");
    if (partitions == null) {
      int now = rows.javaRDD().getNumPartitions();
      int wide = spark.sparkContext().defaultParallelism();
      options = options.withPartitions(wide > now ? wide : 0);
    }
    PrintWriter err = spec.commandLine().getErr();
    PredictionColumns ours = ServiceSignals.columns(rows, options);
    if (!ours.renamed().isEmpty()) {
      err.println("note: the input already has columns " + ours.renamed() + "; predictions are written as "
          + ours.renamed().stream().map(ours::name).toList());
    }

    long start = System.nanoTime();
    SparkFiles.write(ServiceSignals.classify(rows, options), output, out, delimiter, overwrite);
    double seconds = (System.nanoTime() - start) / 1e9;

    Dataset<Row> written = SparkFiles.read(spark, output, out, delimiter);
    long total = written.count();
    long errors = written.filter(written.col(ours.name("error")).notEqual("")).count();
    spec.commandLine().getOut().printf(Locale.ROOT, "%,d rows classified in %.1f s (%,.0f rows/s), %,d with an error: %s (%s)%n",
        total, seconds, total / seconds, errors, output, out.name().toLowerCase(Locale.ROOT));
    return ExitCode.OK;
  }

  private void require(Dataset<Row> rows, String column, String option) {
    List<String> columns = Arrays.asList(rows.columns());
    if (column != null && !columns.contains(column)) {
      throw new InputException(input, option + " '" + column + "' is not a column; columns are " + columns);
    }
  }

  /** How many files or directories {@code path} (which may be a glob) names, on whichever file system it is. */
  private static int matches(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileStatus[] found = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(p);
      return found == null ? 0 : found.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look up " + path, e);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
    // a successful job returns normally: a cluster manager reads an exit from the driver as a failure
    if (code != ExitCode.OK) {
      System.exit(code);
    }
  }

  /**
   * The configured command line: bad input (a missing file or column, an existing output) is exit
   * code 2 with one line saying what and where, never a stack trace; tests call {@code execute} on
   * it with their own writers.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SparkClassify());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> badInput(e) ? ExitCode.USAGE : ExitCode.SOFTWARE);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      PrintWriter err = line.getErr();
      if (badInput(e)) {
        err.println("error: " + TerminalCells.escape(e.getMessage()));
      } else {
        err.println("failed: " + TerminalCells.escape(String.valueOf(e)));
      }
      err.flush();
      return line.getExitCodeExceptionMapper().getExitCode(e);
    });
    cl.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("error: " + TerminalCells.escape(e.getMessage()));
      err.println("see 'spark-classify --help'");
      err.flush();
      return ExitCode.USAGE;
    });
    return cl;
  }

  /** A missing file, a missing column, an output in the way: the user's to fix. */
  private static boolean badInput(Throwable e) {
    return e instanceof InputException || e instanceof CommandLine.ParameterException
        || e instanceof AnalysisException;
  }

  /** {@code --lang}: hi, fi, ur, ta, en (or hin, Hindi, …). */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "--lang '" + value + "' is not supported: use one of " + Lang.codes()));
    }
  }

  /** {@code --version}: the version the build wrote into the job jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SparkClassify.class.getPackage().getImplementationVersion();
      return new String[] {"service-signals-spark " + (v != null ? v : "(development build: no jar manifest)")};
    }
  }
}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.TriageOrder;
import org.servicesignals.core.Prediction;
import org.servicesignals.io.OutputFile;
import org.servicesignals.io.Outputs;
import org.servicesignals.io.RowSink;
import org.servicesignals.io.mail.MailColumns;
import org.servicesignals.io.mail.MailMessage;
import org.servicesignals.io.mail.Mailboxes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage}: mail in ({@link Mailboxes}), one row per message out, in queue order
 * ({@link TriageOrder}); a broken message is a row with its error, never a stopped run.
 */
@Command(name = "triage", mixinStandardHelpOptions = true,
    description = {"Read mailboxes and write the support queue, poor service first.",
        "PATH is an .mbox file, an .eml file, a maildir, or a directory holding them. Each message's subject "
            + "and new text (quoted replies, reply headers, forwarded messages and signatures taken out) are "
            + "classified. Queue order: poor (surest first), then messages that could not be read, then good, "
            + "then exceptional (kudos)."})
final class TriageCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Mailbox file, message file, maildir or directory.")
  List<Path> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here; format from the extension (.csv .jsonl .tsv).")
  Path output;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: from -o, else a table).")
  Outputs.Format format;

  @Option(names = "--explain", description = "Add lang_source, known_tokens, tokens and the text that was classified.")
  boolean explain;

  @Option(names = "--threads", description = "Worker threads, 1 to " + BatchOptions.MAX_THREADS + " (default: all cores).")
  int threads = Math.min(BatchOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  /** A classified message waiting for its place in the queue: its body only when its text is written. */
  private record Queued(MailMessage message, Prediction prediction) {}

  @Override
  public Integer call() throws Exception {
    Outputs.Format outFormat = Options.outputFormat(spec, format, output);
    Options.threads(spec, threads);
    PrintWriter err = spec.commandLine().getErr();
    MailColumns columns = MailColumns.of(explain);
    List<Path> notMail = new ArrayList<>();
    List<Queued> queue = new ArrayList<>();
    Progress progress = new Progress(err, output != null && System.console() != null);
    // inputs and output are checked before anything is classified: a bad path costs no waiting
    try (Stream<MailMessage> messages = Mailboxes.read(paths, notMail::add);
        OutputFile file = output == null ? null : OutputFile.open(output, paths)) {
      try (BatchClassifier batch = new BatchClassifier(modelOptions.classifier(), MailColumns.batchOptions(threads))) {
        batch.run(messages.iterator(), MailColumns::source, (m, p) -> {
          queue.add(new Queued(explain ? m : m.withoutBody(), p));
          progress.row(p);
        });
      }
      queue.sort(TriageOrder.by(Queued::prediction));
      try (RowSink sink = sink(file, outFormat, columns.names())) {
        for (Queued q : queue) {
          sink.write(columns.row(q.message(), q.prediction()));
        }
      }
      if (file != null) {
        file.commit();
      }
    }
    if (!notMail.isEmpty()) {
      err.println("note: " + notMail.size() + (notMail.size() == 1 ? " file is" : " files are")
          + " not mail (.mbox, .mbx, .eml or a maildir) and " + (notMail.size() == 1 ? "was" : "were") + " not read: "
          + String.join(", ", notMail.stream().limit(5).map(Path::toString).toList())
          + (notMail.size() > 5 ? ", …" : ""));
    }
    err.println(summary(queue, output));
    return CommandLine.ExitCode.OK;
  }

  private static String summary(List<Queued> queue, Path output) {
    Map<TriageOrder.Group, Integer> counts = new EnumMap<>(TriageOrder.Group.class);
    for (Queued q : queue) {
      counts.merge(TriageOrder.group(q.prediction()), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    for (TriageOrder.Group g : TriageOrder.Group.values()) {
      parts.add(counts.getOrDefault(g, 0) + " " + g.id());
    }
    return String.format(Locale.ROOT, "triaged %d messages: %s%s", queue.size(), String.join(", ", parts),
        output == null ? "" : " -> " + output);
  }

  /** Where rows go: the file, or standard output; CSV and TSV cells neutralised for spreadsheets. */
  private RowSink sink(OutputFile file, Outputs.Format fmt, List<String> names) throws java.io.IOException {
    Writer w = Options.writer(spec, file);
    return switch (fmt) {
      case TABLE -> Outputs.table(new PrintWriter(w), List.of("position", "label", "confidence", "lang", "from",
          "subject", "evidence", "error"), 28);
      case JSONL -> Outputs.open(w, fmt, names);
      case CSV, TSV, XLSX -> Outputs.open(w, fmt, names);
    };
  }
}

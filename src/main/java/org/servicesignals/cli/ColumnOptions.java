package org.servicesignals.cli;

import java.util.ArrayList;
import java.util.List;
import org.servicesignals.core.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a row's message, id and language are: the column options of the commands that read rows. */
final class ColumnOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** The message columns given; {@code classify} takes several, other commands one ({@link #text()}). */
  @Option(names = "--text-column", paramLabel = "COLUMN",
      description = "Column with the message (default: 'text', or the only column). classify takes it more than once: "
          + "one set of prediction columns per text column, named after it (comment_label, ...).")
  List<String> texts = new ArrayList<>();

  /** The one text column, or null for the default; more than one is a usage error. */
  String text() {
    if (texts.size() > 1) {
      throw Options.usage(spec, "--text-column is given " + texts.size() + " times; " + spec.name()
          + " reads one text column");
    }
    return texts.isEmpty() ? null : texts.get(0);
  }

  @Option(names = "--id-column", description = "Column with the row id (default: none; the line number is used).")
  String id;

  @Option(names = "--lang-column", description = "Column with a declared language per row (empty cells are detected).")
  String langColumn;

  @Option(names = "--lang", converter = Converters.LangConverter.class,
      description = "Declare the language of every message: hi, fi, ur, ta or en.")
  Lang lang;
}

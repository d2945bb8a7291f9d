package org.servicesignals.cli;

import org.servicesignals.core.Lang;
import picocli.CommandLine.Option;

/** Where a row's message, id and language are: the column options of the commands that read rows. */
final class ColumnOptions {
  @Option(names = "--text-column", description = "Column with the message (default: 'text', or the only column).")
  String text;

  @Option(names = "--id-column", description = "Column with the row id (default: none; the line number is used).")
  String id;

  @Option(names = "--lang-column", description = "Column with a declared language per row (empty cells are detected).")
  String langColumn;

  @Option(names = "--lang", converter = Converters.LangConverter.class,
      description = "Declare the language of every message: hi, fi, ur, ta or en.")
  Lang lang;
}

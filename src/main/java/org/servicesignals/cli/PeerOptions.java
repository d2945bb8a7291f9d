package org.servicesignals.cli;

import org.servicesignals.eval.PeerComparison;
import picocli.CommandLine.Option;

/** Where the peers run by {@code compare}, {@code cross-validate} and {@code report} are installed. */
final class PeerOptions {
  @Option(names = "--fasttext", description = "fastText executable (default: ${DEFAULT-VALUE}).")
  String fasttext = "fasttext";

  @Option(names = "--python", description = "Python with scikit-learn (default: ${DEFAULT-VALUE}).")
  String python = "/usr/bin/python3";

  PeerComparison.Programs programs() {
    return new PeerComparison.Programs(fasttext, python);
  }
}

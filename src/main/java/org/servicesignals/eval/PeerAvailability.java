package org.servicesignals.eval;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether the peers {@link PeerComparison} runs are installed, and if not, what is missing. */
public final class PeerAvailability {
  private PeerAvailability() {}

  /** Empty when fastText and scikit-learn both run; otherwise what is missing, for people. */
  public static Optional<String> missing(String fasttext, String python) {
    if (!runs(List.of(fasttext, "print-word-vectors"), true)) {
      return Optional.of("fastText (" + fasttext + ") is not installed");
    }
    if (!runs(List.of(python, "-c", "import sklearn"), false)) {
      return Optional.of("scikit-learn is not installed for " + python);
    }
    return Optional.empty();
  }

  /** True when {@code cmd} starts and ends within a minute, with exit code 0 unless {@code anyExit}. */
  private static boolean runs(List<String> cmd, boolean anyExit) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.getOutputStream().close(); // fastText's usage run reads nothing; never let it wait on input
      if (!p.waitFor(1, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return false;
      }
      return anyExit || p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

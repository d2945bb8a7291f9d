package org.servicesignals.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;

/**
 * The corpora: {@code <dir>/<lang>/train.tsv} and {@code test.tsv}, with the header
 * {@code id label text domain channel}. Text holds no tabs or newlines.
 */
public final class CorpusFiles {
  public static final String TRAIN = "train";
  public static final String TEST = "test";
  /**
   * Held-out sets written apart from the training data, by writers who never saw it: {@code wild}
   * (real-world styles and new domains), {@code probes} (labels that turn on negation) and
   * {@code short} (one-to-three-word answers); and {@code fresh-probes} and {@code fresh-short},
   * the same kinds of message by writers who saw no data at all, written once the lexicon, the rules
   * and the models had been tuned with the first probes and short answers read for their errors:
   * later changes are checked against the fresh sets, never tuned on them.
   */
  public static final java.util.List<String> HELD_OUT =
      java.util.List.of("wild", "probes", "short", "fresh-probes", "fresh-short");

  /**
   * Development sets written by the team apart from every other split, for choosing how the lexicon
   * and the model are combined: {@code dev-negation} and {@code dev-short}. Never trained on, never a
   * final score.
   */
  public static final java.util.List<String> DEVELOPMENT = java.util.List.of("dev-negation", "dev-short");

  /** A heading for a split's report. */
  public static String describe(String split) {
    return switch (split) {
      case "wild" -> "Classification on the wild splits (another writer, real-world styles, new domains; language declared)";
      case "probes" -> "Negation probes (labels that turn on negation; language declared)";
      case "short" -> "Short answers (one to three words; language declared)";
      case "fresh-probes" -> "Fresh negation probes (a writer who saw no data, never tuned on; language declared)";
      case "fresh-short" -> "Fresh short answers (a writer who saw no data, never tuned on; language declared)";
      case "dev-negation" -> "Development: negation (for choosing, not a final score; language declared)";
      case "dev-short" -> "Development: short answers (for choosing, not a final score; language declared)";
      default -> "Classification on the " + split + " splits (language declared)";
    };
  }

  private CorpusFiles() {}

  public static Path file(Path dir, Lang lang, String split) {
    return dir.resolve(lang.code()).resolve(split + ".tsv");
  }

  /** The split of {@code lang} typed in Latin letters: {@code <dir>/hi-Latn/train.tsv}. */
  public static Path romanised(Path dir, Lang lang, String split) {
    return dir.resolve(lang.code() + "-Latn").resolve(split + ".tsv");
  }

  public static List<Sample> read(Path dir, Lang lang, String split) {
    return read(file(dir, lang, split));
  }

  /** The no-letter answers (ratings, emoji, emoticons), which belong to no language. */
  public static Path symbols(Path dir) {
    return dir.resolve("symbols").resolve("test.tsv");
  }

  /** Any labelled file with the columns {@code id label text} (domain and channel optional). */
  public static List<Sample> read(Path f) {
    List<Sample> out = new ArrayList<>();
    try (RowSource rows = Inputs.open(f, "tsv")) {
      for (String need : List.of("id", "label", "text")) {
        if (!rows.columns().contains(need)) {
          throw new InputException(f.toString(), 1, "missing column '" + need + "'");
        }
      }
      while (rows.hasNext()) {
        Row r = rows.next();
        Optional<Label> label = Label.parse(r.fields().get("label"));
        if (label.isEmpty()) {
          throw new InputException(f.toString(), r.line(), "unknown label '" + r.fields().get("label") + "'");
        }
        out.add(new Sample(r.fields().get("id"), label.get(), r.fields().get("text"),
            r.fields().get("domain"), r.fields().get("channel")));
      }
    }
    return out;
  }

  /** File name of the blind second labelling of part of a test split. */
  public static final String SECOND_ANNOTATION = "second-annotation.tsv";

  /**
   * The second annotator's labels of {@code <dir>/<lang>/second-annotation.tsv} (columns {@code id
   * label note}) by message id, in file order; empty when the file does not exist.
   */
  public static java.util.Map<String, Label> secondAnnotation(Path dir, Lang lang) {
    Path f = dir.resolve(lang.code()).resolve(SECOND_ANNOTATION);
    java.util.Map<String, Label> out = new java.util.LinkedHashMap<>();
    if (!Files.exists(f)) {
      return out;
    }
    try (RowSource rows = Inputs.open(f, "tsv")) {
      while (rows.hasNext()) {
        Row r = rows.next();
        String id = r.fields().get("id");
        Label l = Label.parse(r.fields().get("label")).orElseThrow(
            () -> new InputException(f.toString(), r.line(), "unknown label '" + r.fields().get("label") + "'"));
        out.put(id, l);
      }
    }
    return out;
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

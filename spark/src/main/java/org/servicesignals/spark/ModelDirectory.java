package org.servicesignals.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;

/**
 * The model files of a {@code --models} directory, read on the driver so that executors need no
 * access to it: Spark broadcasts them, and each executor loads them once through
 * {@link ModelFiles}, which checks them again.
 */
final class ModelDirectory implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final TreeMap<String, byte[]> files;
  private final String digest;

  private ModelDirectory(String name, TreeMap<String, byte[]> files) {
    this.name = name;
    this.files = files;
    this.digest = digest(files);
  }

  /**
   * Reads {@code dir} after {@link ModelFiles} has loaded and checked it here, so a missing,
   * mismatched or corrupt model stops the job before any executor starts, naming the file.
   */
  static ModelDirectory read(Path dir) {
    Map<Lang, ModelBundle> checked = ModelFiles.load(dir);
    TreeMap<String, byte[]> files = new TreeMap<>();
    List<String> names = new ArrayList<>();
    checked.forEach((l, b) -> {
      names.add(l.code());
      b.romanised().ifPresent(r -> names.add(r.card().lang())); // hi-Latn beside hi
    });
    for (String model : names) {
      for (String file : new String[] {model + ".bin", model + ".card.json"}) {
        try {
          files.put(file, Files.readAllBytes(dir.resolve(file)));
        } catch (IOException e) {
          throw new InputException(dir.resolve(file).toString(), "cannot read: " + e.getMessage());
        }
      }
    }
    return new ModelDirectory(dir.toString(), files);
  }

  /** Where the models came from, for messages. */
  String name() {
    return name;
  }

  /** Names the content: the same files read twice are the same models. */
  String digest() {
    return digest;
  }

  /** The models, checked and loaded by {@link ModelFiles} from a private copy of the files. */
  Map<Lang, ModelBundle> load() {
    Path copy = null;
    try {
      copy = Files.createTempDirectory("service-signals-models");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(copy.resolve(f.getKey()), f.getValue());
      }
      return ModelFiles.load(copy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the models of " + name + " to a local directory", e);
    } finally {
      delete(copy);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind costs disk, not correctness
    }
  }

  private static String digest(TreeMap<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        sha.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(ModelFiles.sha256(f.getValue()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

package org.servicesignals.train;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;

/**
 * The model directory {@code adapt} writes: every language's model and card, the adapted ones new,
 * the others copied byte for byte from the base models, so {@code classify --models DIR} reads
 * every language from it. Written beside the target first and moved in only when complete.
 */
public final class AdaptedModels {
  private AdaptedModels() {}

  /**
   * Refuses a target that is not a directory, or that holds models made from the corpora alone
   * (the shipped {@code models/}, or what {@code train} wrote) unless {@code force}: adapted
   * models go to a directory of their own, and a shipped model is never overwritten by default.
   */
  public static void checkTarget(Path dir, boolean force) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InputException(dir.toString(), "is a file; -o names the directory adapted models go to");
    }
    if (force || !Files.isDirectory(dir)) {
      return;
    }
    for (Lang l : Lang.values()) {
      Path card = dir.resolve(l.code() + ".card.json");
      if (!Files.isRegularFile(card)) {
        continue;
      }
      ModelCard c;
      try {
        c = ModelFiles.readCard(card);
      } catch (IOException e) {
        throw new InputException(card.toString(), "is not a model card this tool can read; give -o a directory "
            + "of its own, or --force to replace it");
      }
      if (c.adaptation() == null) {
        throw new InputException(dir.toString(), "holds models made from the corpora (" + card.getFileName()
            + " records no adaptation): adapted models go to a directory of their own; --force replaces them");
      }
    }
  }

  /**
   * Writes {@code dir}: the adapted models of {@code results}, and for every other language of
   * {@code languages} the base model from {@code baseDir} (null: the jar). Returns the files written.
   */
  public static List<Path> write(Path dir, Path baseDir, Collection<Lang> languages, List<AdaptationResult> results)
      throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
    try {
      Map<Lang, AdaptationResult> adapted = new java.util.EnumMap<>(Lang.class);
      results.stream().filter(r -> r.outcome() == AdaptationResult.Outcome.ADAPTED).forEach(r -> adapted.put(r.lang(), r));
      for (Lang l : languages) {
        AdaptationResult r = adapted.get(l);
        if (r != null) {
          ModelFiles.save(staging, l, r.model(), r.card());
        } else if (!ModelFiles.copy(baseDir, l, staging)) {
          throw new IllegalStateException("the base models have no " + l.code() + " model to copy");
        }
        if (org.servicesignals.analysis.RomanisedAnalysis.covers(l)) { // romanised models are not adapted: kept as they are
          ModelFiles.copy(baseDir, l.code() + ModelCard.ROMANISED_SUFFIX, staging);
        }
      }
      Files.createDirectories(target);
      List<Path> written = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
        for (Path f : files) {
          Path to = target.resolve(f.getFileName());
          try {
            Files.move(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(f, to, StandardCopyOption.REPLACE_EXISTING);
          }
          written.add(dir.resolve(f.getFileName()));
        }
      }
      written.sort(Comparator.naturalOrder());
      return written;
    } finally {
      try (Stream<Path> left = Files.walk(staging)) {
        for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}

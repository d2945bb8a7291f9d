package org.servicesignals.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSet;
import org.servicesignals.features.FeatureSets;

/**
 * Reads and writes {@code <lang>.bin} + {@code <lang>.card.json} pairs, from a directory or from
 * the {@code models/} folder inside the jar.
 */
public final class ModelFiles {
  public static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static final Logger LOG = LoggerFactory.getLogger(ModelFiles.class);

  static {
    FeatureSets.allowLoading();
  }

  private ModelFiles() {}

  /**
   * Loads every language found in {@code dir}, or in the jar when {@code dir} is null: each model
   * read and checked now, so a bad one fails here.
   */
  public static Map<Lang, ModelBundle> load(Path dir) {
    Map<Lang, ModelBundle> out = open(dir);
    out.values().forEach(ModelBundle::load);
    return out;
  }

  /**
   * Finds every language's model in {@code dir}, or in the jar when {@code dir} is null, and says
   * now when a model lacks its card (or a card its model); each model is read and checked against
   * its card the first time a message of its language needs it ({@link ModelBundle}), so a run
   * pays only for the languages it meets.
   */
  public static Map<Lang, ModelBundle> open(Path dir) {
    Map<Lang, ModelBundle> out = new EnumMap<>(Lang.class);
    for (Lang l : Lang.values()) {
      if (!present(dir, l.code())) {
        continue;
      }
      ModelBundle romanised = null;
      String latin = l.code() + ModelCard.ROMANISED_SUFFIX;
      if (RomanisedAnalysis.covers(l) && present(dir, latin)) {
        romanised = ModelBundle.lazy(l, () -> read(dir, l, latin), null);
      }
      out.put(l, ModelBundle.lazy(l, () -> read(dir, l, l.code()), romanised));
    }
    if (out.isEmpty()) {
      throw new InputException(dir == null ? "models/ (in the jar)" : dir.toString(),
          "no models found: expected <lang>.bin and <lang>.card.json; run 'train' first");
    }
    return out;
  }

  /**
   * Whether the model {@code name} ({@code hi}, or {@code hi-Latn} for romanised Hindi) is in
   * {@code dir} (null: the jar); throws when only one of its two files is there, or one is not a
   * regular file.
   */
  private static boolean present(Path dir, String name) {
    if (dir == null) {
      return ModelFiles.class.getResource("/models/" + name + ".bin") != null
          && ModelFiles.class.getResource("/models/" + name + ".card.json") != null;
    }
    Path bin = dir.resolve(name + ".bin");
    Path card = dir.resolve(name + ".card.json");
    if (!Files.exists(bin) && !Files.exists(card)) {
      return false;
    }
    if (!Files.exists(card)) {
      throw new InputException(bin.toString(), "has no model card " + card.getFileName()
          + ": a model is only loaded with the card it was trained with");
    }
    if (!Files.exists(bin)) {
      throw new InputException(card.toString(), "names a model " + bin.getFileName() + " that is not there");
    }
    for (Path p : new Path[] {bin, card}) {
      if (!Files.isRegularFile(p)) {
        throw new InputException(p.toString(), "is not a regular file");
      }
    }
    return true;
  }

  /** Reads and checks the model {@code name} of {@code l} from {@code dir} (null: the jar). */
  private static ModelBundle read(Path dir, Lang l, String name) {
    return dir == null ? readResource(l, name) : readFile(dir, l, name);
  }

  private static ModelBundle readFile(Path dir, Lang l, String name) {
    Path bin = dir.resolve(name + ".bin");
    Path card = dir.resolve(name + ".card.json");
    try {
      return read(l, name, card.toString(), bin.toString(), Files.readAllBytes(card), Files.readAllBytes(bin));
    } catch (IOException e) {
      throw new InputException(bin.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static ModelBundle readResource(Lang l, String name) {
    String bin = "/models/" + name + ".bin";
    String card = "/models/" + name + ".card.json";
    try (InputStream b = ModelFiles.class.getResourceAsStream(bin);
        InputStream c = ModelFiles.class.getResourceAsStream(card)) {
      if (b == null || c == null) {
        throw new InputException("jar:" + bin, "is no longer in the jar");
      }
      return read(l, name, "jar:" + card, "jar:" + bin, c.readAllBytes(), b.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("shipped model " + name + " is unreadable", e);
    }
  }

  /**
   * A model and its card, both checked: the card's every field, the model file against the card's
   * SHA-256, and the model's own language and labels against the card.
   */
  private static ModelBundle read(Lang l, String name, String cardName, String binName, byte[] cardBytes,
      byte[] binBytes) {
    ModelCard mc;
    try {
      mc = JSON.readValue(cardBytes, ModelCard.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputException(cardName, "is not a valid model card: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(cardName, "cannot read: " + e.getMessage());
    }
    try {
      mc.validate(name);
    } catch (IllegalArgumentException e) {
      throw new InputException(cardName, e.getMessage());
    }
    String sha = sha256(binBytes);
    if (mc.modelSha256() == null) {
      LOG.warn("{} has no modelSha256 (cards before release 0.2 lack it): {} cannot be checked; retrain to add it",
          cardName, binName);
    } else if (!sha.equals(mc.modelSha256())) {
      throw new InputException(binName, "does not match its card: SHA-256 " + sha + ", the card says "
          + mc.modelSha256() + " (a model copied over another, or a stale card)");
    }
    if (FeatureSet.parse(mc.features()).readsLexicon()) {
      readLexiconAside(l);
    }
    DoccatModel model;
    try {
      model = new DoccatModel(new ByteArrayInputStream(binBytes));
    } catch (IOException | RuntimeException e) {
      throw new InputException(binName, "is not an OpenNLP document-categorizer model: " + e.getMessage());
    }
    if (!l.code().equals(model.getLanguage())) {
      throw new InputException(binName, "is a model for '" + model.getLanguage() + "', not " + l.code());
    }
    return ModelBundle.read(l, model, binBytes, mc);
  }

  /**
   * Reads {@code l}'s lexicon on a thread of its own while the caller reads the model: the first
   * message needs both, and on two cores the lexicon (a third of a second, every term analysed)
   * then costs no waiting. A failure is left to the first message that needs the lexicon, which
   * reads it again and says why.
   */
  private static void readLexiconAside(Lang l) {
    Thread t = new Thread(() -> {
      try {
        LanguageProfile.of(l).lexicon();
      } catch (RuntimeException e) {
        LOG.debug("the {} lexicon is read again when needed: {}", l.code(), e.toString());
      }
    }, "service-signals-lexicon-" + l.code());
    t.setDaemon(true);
    t.start();
  }

  public static ModelCard readCard(Path file) throws IOException {
    return JSON.readValue(file.toFile(), ModelCard.class);
  }

  /** Writes the model and its card, the card carrying the model file's SHA-256. */
  public static void save(Path dir, Lang l, DoccatModel model, ModelCard card) throws IOException {
    save(dir, l.code(), model, card);
  }

  /** As {@link #save(Path, Lang, DoccatModel, ModelCard)}, for the model {@code name} ({@code hi-Latn}). */
  public static void save(Path dir, String name, DoccatModel model, ModelCard card) throws IOException {
    Files.createDirectories(dir);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    Files.write(dir.resolve(name + ".bin"), bytes.toByteArray());
    Files.writeString(dir.resolve(name + ".card.json"),
        JSON.writeValueAsString(card.withModelSha256(sha256(bytes.toByteArray()))) + "\n");
  }

  /**
   * Copies {@code l}'s model and card byte for byte from {@code from} (null: the jar) into
   * {@code to}, so the copy keeps the SHA-256 that says which model it is; false when
   * {@code from} has no model for {@code l}.
   */
  public static boolean copy(Path from, Lang l, Path to) throws IOException {
    return copy(from, l.code(), to);
  }

  /** As {@link #copy(Path, Lang, Path)}, for the model {@code name} ({@code hi-Latn}). */
  public static boolean copy(Path from, String name, Path to) throws IOException {
    String[] names = {name + ".bin", name + ".card.json"};
    byte[][] bytes = new byte[2][];
    for (int i = 0; i < 2; i++) {
      if (from == null) {
        try (InputStream in = ModelFiles.class.getResourceAsStream("/models/" + names[i])) {
          bytes[i] = in == null ? null : in.readAllBytes();
        }
      } else {
        bytes[i] = Files.isRegularFile(from.resolve(names[i])) ? Files.readAllBytes(from.resolve(names[i])) : null;
      }
      if (bytes[i] == null) {
        return false;
      }
    }
    Files.createDirectories(to);
    for (int i = 0; i < 2; i++) {
      Files.write(to.resolve(names[i]), bytes[i]);
    }
    return true;
  }

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

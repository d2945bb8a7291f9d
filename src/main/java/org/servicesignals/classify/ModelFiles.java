package org.servicesignals.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSets;

/**
 * Reads and writes {@code <lang>.bin} + {@code <lang>.card.json} pairs, from a directory or from
 * the {@code models/} folder inside the jar.
 */
public final class ModelFiles {
  public static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  static {
    FeatureSets.allowLoading();
  }

  private ModelFiles() {}

  /** Loads every language found in {@code dir}, or in the jar when {@code dir} is null. */
  public static Map<Lang, ModelBundle> load(Path dir) {
    Map<Lang, ModelBundle> out = new EnumMap<>(Lang.class);
    for (Lang l : Lang.values()) {
      ModelBundle b = dir == null ? loadResource(l) : loadFile(dir, l);
      if (b != null) {
        out.put(l, b);
      }
    }
    if (out.isEmpty()) {
      throw new InputException(dir == null ? "models/ (in the jar)" : dir.toString(),
          "no models found: expected <lang>.bin and <lang>.card.json; run 'train' first");
    }
    return out;
  }

  private static ModelBundle loadFile(Path dir, Lang l) {
    Path bin = dir.resolve(l.code() + ".bin");
    Path card = dir.resolve(l.code() + ".card.json");
    if (!Files.exists(bin) || !Files.exists(card)) {
      return null;
    }
    try (InputStream b = Files.newInputStream(bin); InputStream c = Files.newInputStream(card)) {
      return read(l, b, c);
    } catch (IOException e) {
      throw new InputException(bin.toString(), "cannot load model: " + e.getMessage());
    }
  }

  private static ModelBundle loadResource(Lang l) {
    InputStream b = ModelFiles.class.getResourceAsStream("/models/" + l.code() + ".bin");
    InputStream c = ModelFiles.class.getResourceAsStream("/models/" + l.code() + ".card.json");
    if (b == null || c == null) {
      return null;
    }
    try (b; c) {
      return read(l, b, c);
    } catch (IOException e) {
      throw new UncheckedIOException("shipped model " + l.code() + " is unreadable", e);
    }
  }

  private static ModelBundle read(Lang l, InputStream bin, InputStream card) throws IOException {
    ModelCard mc = JSON.readValue(card, ModelCard.class);
    return new ModelBundle(l, new DoccatModel(bin), mc);
  }

  public static ModelCard readCard(Path file) throws IOException {
    return JSON.readValue(file.toFile(), ModelCard.class);
  }

  public static void save(Path dir, Lang l, DoccatModel model, ModelCard card) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve(l.code() + ".bin"))) {
      model.serialize(out);
    }
    Files.writeString(dir.resolve(l.code() + ".card.json"), JSON.writeValueAsString(card) + "\n");
  }
}

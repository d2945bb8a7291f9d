package org.servicesignals.langid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the shipped Latin-script detector ({@code models/langid-latn.bin}) is and how it was made,
 * stored beside it as {@code models/langid-latn.card.json}: the corpus files it was trained on with
 * their SHA-256 (a test retrains it from them and fails when the shipped file is stale), the model
 * file's SHA-256 (checked whenever it is loaded), and its accuracy on each variety's test split.
 *
 * @param model file name of the model
 * @param modelSha256 SHA-256 of the model file
 * @param corpus corpus file (relative to the corpora directory) to its SHA-256
 * @param features the features, as {@link LatinVarieties} computes them
 * @param trainer OpenNLP's trainer
 * @param trainingMessages training messages per variety
 * @param testAccuracy share of each variety's test messages the detector alone gets right
 */
public record LatinVarietiesCard(String model, String modelSha256, Map<String, String> corpus, String features,
    String trainer, Map<String, Integer> trainingMessages, Map<String, Double> testAccuracy) {
  public static final String MODEL = "langid-latn.bin";
  public static final String CARD = "langid-latn.card.json";
  public static final String FEATURES = "lower-cased words + character " + LatinVarieties.MIN_GRAM + "-"
      + LatinVarieties.MAX_GRAM + "-grams inside each word";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * Trains the detector on {@code train} and describes it, with its accuracy on {@code test}.
   *
   * @param corpus the corpus files the texts came from, to their SHA-256
   */
  public static Trained train(Map<LatinVarieties.Variety, List<String>> train,
      Map<LatinVarieties.Variety, List<String>> test, Map<String, String> corpus) {
    LatinVarieties detector = LatinVarieties.train(train);
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Double> accuracy = new TreeMap<>();
    for (LatinVarieties.Variety v : LatinVarieties.Variety.values()) {
      counts.put(v.id(), train.getOrDefault(v, List.of()).size());
      List<String> texts = test.getOrDefault(v, List.of());
      long right = texts.stream().filter(t -> detector.identify(t).variety() == v).count();
      accuracy.put(v.id(), texts.isEmpty() ? 0.0 : Math.round(10000.0 * right / texts.size()) / 10000.0);
    }
    return new Trained(detector, new LatinVarietiesCard(MODEL, null, new TreeMap<>(corpus), FEATURES,
        LatinVarieties.TRAINER, counts, accuracy));
  }

  /** A detector and its card (without the model's SHA-256 until it is saved). */
  public record Trained(LatinVarieties detector, LatinVarietiesCard card) {
    /** Writes the model and the card, with the model's SHA-256, into {@code dir}. */
    public void save(Path dir) throws IOException {
      card.save(dir, detector);
    }
  }

  /** Writes the model and this card (with the model's SHA-256) into {@code dir}. */
  public void save(Path dir, LatinVarieties detector) throws IOException {
    byte[] bytes = detector.bytes();
    Files.createDirectories(dir);
    Files.write(dir.resolve(MODEL), bytes);
    LatinVarietiesCard card = new LatinVarietiesCard(MODEL, sha256(bytes), corpus, features, trainer,
        trainingMessages, testAccuracy);
    Files.writeString(dir.resolve(CARD), JSON.writeValueAsString(card) + "\n");
  }

  /** Reads a card. */
  public static LatinVarietiesCard read(InputStream in) throws IOException {
    return JSON.readValue(in, LatinVarietiesCard.class);
  }

  /** The detector shipped in the jar's {@code models/}, checked against its card's SHA-256. */
  static LatinVarieties shipped() {
    try (InputStream bin = LatinVarietiesCard.class.getResourceAsStream("/models/" + MODEL);
        InputStream card = LatinVarietiesCard.class.getResourceAsStream("/models/" + CARD)) {
      if (bin == null || card == null) {
        throw new IllegalStateException("models/" + MODEL + " and its card are not on the classpath; run train-langid");
      }
      byte[] bytes = bin.readAllBytes();
      LatinVarietiesCard c = read(card);
      if (!sha256(bytes).equals(c.modelSha256())) {
        throw new IllegalStateException("models/" + MODEL + " does not match its card's SHA-256: retrain with train-langid");
      }
      return LatinVarieties.read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Latin-script language detector", e);
    }
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

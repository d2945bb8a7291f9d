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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicesignals.core.TemperatureScaling;

/**
 * What the shipped Latin-script detector ({@code models/langid-latn.bin}) is and how it was made,
 * stored beside it as {@code models/langid-latn.card.json}: the corpus files it was trained on with
 * their SHA-256 (a test retrains it from them and fails when the shipped file is stale), the model
 * file's SHA-256 (checked whenever it is loaded), the temperature its probabilities are softened by
 * (fitted on out-of-fold probabilities of a {@value #FOLDS}-fold cross-validation over the training
 * splits, never on a test split), and its accuracy on each variety's test split.
 *
 * @param model file name of the model
 * @param modelSha256 SHA-256 of the model file
 * @param corpus corpus file (relative to the corpora directory) to its SHA-256
 * @param features the features, as {@link LatinVarieties} computes them
 * @param trainer OpenNLP's trainer
 * @param trainingMessages training messages per variety
 * @param testAccuracy share of each variety's test messages the detector alone gets right
 * @param calibration the temperature and the out-of-fold log-loss before and after it
 */
public record LatinVarietiesCard(String model, String modelSha256, Map<String, String> corpus, String features,
    String trainer, Map<String, Integer> trainingMessages, Map<String, Double> testAccuracy,
    Calibration calibration) {
  public static final String MODEL = "langid-latn.bin";
  public static final String CARD = "langid-latn.card.json";
  public static final String FEATURES = "lower-cased words + character " + LatinVarieties.MIN_GRAM + "-"
      + LatinVarieties.MAX_GRAM + "-grams inside each word";
  /** Folds of the cross-validation the temperature is fitted on. */
  public static final int FOLDS = 5;

  /**
   * @param temperature what the detector's log-probabilities are divided by
   * @param logLossBefore mean out-of-fold negative log-likelihood of the right variety, raw
   * @param logLossAfter the same with the temperature
   */
  public record Calibration(double temperature, double logLossBefore, double logLossAfter) {}

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
    Calibration calibration = calibrate(train);
    LatinVarieties detector = LatinVarieties.train(train).withTemperature(calibration.temperature());
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Double> accuracy = new TreeMap<>();
    for (LatinVarieties.Variety v : LatinVarieties.Variety.values()) {
      counts.put(v.id(), train.getOrDefault(v, List.of()).size());
      List<String> texts = test.getOrDefault(v, List.of());
      long right = texts.stream().filter(t -> detector.identify(t).variety() == v).count();
      accuracy.put(v.id(), texts.isEmpty() ? 0.0 : Math.round(10000.0 * right / texts.size()) / 10000.0);
    }
    return new Trained(detector, new LatinVarietiesCard(MODEL, null, new TreeMap<>(corpus), FEATURES,
        LatinVarieties.TRAINER, counts, accuracy, calibration));
  }

  /**
   * Out-of-fold probabilities of every training message (message i of a variety is held out in fold
   * i mod {@value #FOLDS}), and the temperature that fits them best.
   */
  static Calibration calibrate(Map<LatinVarieties.Variety, List<String>> train) {
    List<double[]> oof = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      Map<LatinVarieties.Variety, List<String>> in = new EnumMap<>(LatinVarieties.Variety.class);
      Map<LatinVarieties.Variety, List<String>> out = new EnumMap<>(LatinVarieties.Variety.class);
      for (var e : train.entrySet()) {
        for (int i = 0; i < e.getValue().size(); i++) {
          (i % FOLDS == fold ? out : in).computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().get(i));
        }
      }
      LatinVarieties d = LatinVarieties.train(in);
      for (var e : out.entrySet()) {
        for (String t : e.getValue()) {
          if (LatinVarieties.features(t).length > 0) {
            oof.add(d.probabilities(t));
            gold.add(e.getKey().ordinal());
          }
        }
      }
    }
    int[] g = gold.stream().mapToInt(Integer::intValue).toArray();
    double t = round(TemperatureScaling.fit(oof, g));
    return new Calibration(t, round(TemperatureScaling.logLoss(oof, g, 1)), round(TemperatureScaling.logLoss(oof, g, t)));
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
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
        trainingMessages, testAccuracy, calibration);
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
      return LatinVarieties.read(bytes, c.calibration().temperature());
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

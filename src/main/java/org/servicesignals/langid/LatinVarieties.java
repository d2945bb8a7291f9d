package org.servicesignals.langid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.servicesignals.core.Lang;
import org.servicesignals.core.TemperatureScaling;
import org.servicesignals.scoring.ArrayScorer;

/**
 * A small language detector for the Latin-script varieties service-signals serves: English,
 * Finnish, and Hindi, Urdu and Tamil typed in Latin letters. OpenNLP's naive Bayes over the
 * message's lower-cased words ({@code w=}) and the character 2- to 4-grams inside them ({@code c=},
 * with {@code <} and {@code >} marking the word's edges), trained by {@link #train} on the training splits of the
 * five varieties ({@code train-langid}), its probabilities softened by one temperature fitted on
 * out-of-fold probabilities ({@link TemperatureScaling}), so that the probability of its answer is
 * the share of such answers that are right and can be shown as the language's confidence.
 *
 * <p>The features were chosen by five-fold cross-validation on the training splits (never on a
 * test split) against words alone, word bigrams added, spelling-convention features ({@code q},
 * {@code z}, {@code w}/{@code v}, doubled vowels, a final {@code y} as in {@code hy}, {@code ky})
 * and L-BFGS maximum entropy. Romanised Hindi and Urdu share their letters and their spelling
 * habits and differ in which words they choose ({@code bohat}, {@code dafa}, {@code shukriya},
 * {@code mein}, {@code ke} against {@code bahut}, {@code baar}, {@code dhanyavaad}, {@code me},
 * {@code ki}): out of fold, on messages of four words or more, words alone tell them apart best
 * (Hindi 0.887, Urdu 0.852, against 0.878 and 0.820 with the character n-grams; bigrams,
 * convention features and maximum entropy lower both), but lose Tanglish (0.995 against 0.998)
 * and short Finnish (0.984 against 0.996 of all messages), whose suffixes the n-grams catch in
 * words never seen. The n-grams stay; no feature set reaches 0.95 for Hindi against Urdu.
 *
 * <p>It knows five varieties and nothing else, so it also says how much of the message it has
 * seen ({@link Guess#knownShare}): a French sentence comes out as "English" with few of its
 * words known, and {@link LanguageIdentifier} then asks the 103-language detector. Five outcomes
 * instead of 103 make it several times cheaper per message.
 *
 * <p>Thread-safe: the model and its arrays are only read.
 */
public final class LatinVarieties {
  /** The varieties, with their outcome names in the model (the corpus directory names). */
  public enum Variety {
    EN("en", Lang.EN, false), FI("fi", Lang.FI, false), HI_LATN("hi-Latn", Lang.HI, true),
    UR_LATN("ur-Latn", Lang.UR, true), TA_LATN("ta-Latn", Lang.TA, true);

    private final String id;
    private final Lang lang;
    private final boolean romanised;

    Variety(String id, Lang lang, boolean romanised) {
      this.id = id;
      this.lang = lang;
      this.romanised = romanised;
    }

    /** The corpus directory and outcome name: {@code en}, {@code hi-Latn}. */
    public String id() {
      return id;
    }

    public Lang lang() {
      return lang;
    }

    /** Hindi, Urdu or Tamil in Latin letters (rather than English or Finnish). */
    public boolean romanised() {
      return romanised;
    }

    /** The variety of {@code lang} in Latin letters. */
    public static Variety latin(Lang lang) {
      for (Variety v : values()) {
        if (v.lang == lang) {
          return v;
        }
      }
      throw new IllegalArgumentException("no Latin-script variety of " + lang);
    }

    public static Optional<Variety> of(String id) {
      for (Variety v : values()) {
        if (v.id.equals(id)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What the detector says about one text.
   *
   * @param variety the likeliest variety
   * @param probability its probability among the five
   * @param runnerUp the second likeliest
   * @param runnerUpProbability its probability
   * @param words words in the text
   * @param knownWords of those, words seen in training (in any variety)
   * @param probabilities every variety's probability, in {@link Variety} order
   */
  public record Guess(Variety variety, double probability, Variety runnerUp, double runnerUpProbability, int words,
      int knownWords, List<Double> probabilities) {
    public Guess {
      probabilities = List.copyOf(probabilities);
    }

    /** The probability of {@code v}. */
    public double probability(Variety v) {
      return probabilities.get(v.ordinal());
    }

    /** Share of the words seen in training; 0 for a text without words. */
    public double knownShare() {
      return words == 0 ? 0 : (double) knownWords / words;
    }
  }

  /** The trainer, written to the detector's card. */
  public static final String TRAINER = "NAIVEBAYES";
  /** Character n-grams from this many code units. */
  static final int MIN_GRAM = 2;
  static final int MAX_GRAM = 4;
  static final String WORD = "w=";
  static final String CHARS = "c=";

  private final MaxentModel model; // null once its parameters are in the scorer's arrays
  private final byte[] bytes; // the model as read, when the model itself is not kept
  private final ArrayScorer scorer; // null when the model's type is not one ArrayScorer reads
  private final Variety[] outcomes;
  private final Set<String> known; // only without the scorer, which knows the words itself
  private final double temperature;
  private final WordRows wordRows; // the scorer's weights of the words read so far, summed per word

  private LatinVarieties(MaxentModel model, byte[] bytes, ArrayScorer scorer, Variety[] outcomes, Set<String> known,
      double temperature) {
    this(model, bytes, scorer, outcomes, known, temperature, new WordRows());
  }

  private LatinVarieties(MaxentModel model, byte[] bytes, ArrayScorer scorer, Variety[] outcomes, Set<String> known,
      double temperature, WordRows wordRows) {
    if (!(temperature >= TemperatureScaling.MIN_TEMPERATURE && temperature <= TemperatureScaling.MAX_TEMPERATURE)) {
      throw new IllegalArgumentException("the language detector's temperature " + temperature + " is outside ["
          + TemperatureScaling.MIN_TEMPERATURE + ", " + TemperatureScaling.MAX_TEMPERATURE + "]");
    }
    this.model = model;
    this.bytes = bytes;
    this.scorer = scorer;
    this.outcomes = outcomes;
    this.known = known;
    this.temperature = temperature;
    this.wordRows = wordRows;
  }

  /**
   * The detector of {@code model}. Its parameters are read into an {@link ArrayScorer}, which
   * gives OpenNLP's own probabilities without its boxed maps per message; when {@code bytes} (the
   * model as read) are given, the model itself is then dropped, and with it most of the memory
   * its half a million features held. A model the scorer does not read, or {@code arrays} false,
   * keeps OpenNLP's evaluation.
   */
  private static LatinVarieties of(MaxentModel model, byte[] bytes, double temperature, boolean arrays) {
    Variety[] outcomes = new Variety[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      String name = model.getOutcome(i);
      outcomes[i] = Variety.of(name).orElseThrow(() -> new IllegalArgumentException(
          "the language detector knows a variety '" + name + "' that is not served"));
    }
    if (outcomes.length != Variety.values().length) {
      throw new IllegalArgumentException("the language detector knows " + outcomes.length + " varieties, not "
          + Variety.values().length);
    }
    ArrayScorer scorer = arrays ? ArrayScorer.of(model).orElse(null) : null;
    if (scorer != null && bytes != null) {
      return new LatinVarieties(null, bytes, scorer, outcomes, null, temperature);
    }
    return new LatinVarieties(model, null, scorer, outcomes, scorer == null ? knownWords(model) : null, temperature);
  }

  /**
   * Trains on texts per variety, in the order given: the same texts give the same model, byte for
   * byte. Its probabilities are the raw ones (temperature 1) until {@link #withTemperature}.
   */
  public static LatinVarieties train(Map<Variety, List<String>> texts) {
    List<Event> events = new ArrayList<>();
    for (Variety v : Variety.values()) {
      for (String t : texts.getOrDefault(v, List.of())) {
        String[] f = features(t);
        if (f.length > 0) {
          events.add(new Event(v.id(), f));
        }
      }
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, TRAINER);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      return of(TrainerFactory.getEventTrainer(p, new HashMap<>())
          .train(ObjectStreamUtils.createObjectStream(events)), null, 1.0, true);
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e); // an in-memory stream does not throw
    }
  }

  /** Reads a model written by {@link #bytes}, its probabilities softened by {@code temperature}. */
  public static LatinVarieties read(byte[] bytes, double temperature) throws IOException {
    return of(new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel(),
        bytes.clone(), temperature, true);
  }

  /** As {@link #read}, evaluated by OpenNLP itself: the reference the arrays are compared with. */
  static LatinVarieties readForOpenNlpEvaluation(byte[] bytes, double temperature) throws IOException {
    return of(new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel(), null,
        temperature, false);
  }

  /** Whether the probabilities come from {@link ArrayScorer}'s arrays rather than OpenNLP's evaluation. */
  boolean scoresInArrays() {
    return scorer != null;
  }

  /** The same model with its probabilities softened by {@code t} ({@link TemperatureScaling}). */
  public LatinVarieties withTemperature(double t) {
    return new LatinVarieties(model, bytes, scorer, outcomes, known, t, wordRows);
  }

  public double temperature() {
    return temperature;
  }

  /** Calibrated probabilities of the varieties, in {@link Variety} order. */
  public double[] probabilities(String text) {
    return scorer != null ? calibrated(LatinFeatureRows.scan(text, scorer, wordRows).eval(scorer))
        : calibrated(model.eval(features(text)));
  }

  /** {@code raw}, in the model's outcome order, softened by the temperature and put in {@link Variety} order. */
  private double[] calibrated(double[] modelOrder) {
    double[] raw = TemperatureScaling.apply(modelOrder, temperature);
    double[] p = new double[Variety.values().length];
    for (int i = 0; i < raw.length; i++) {
      p[outcomes[i].ordinal()] = raw[i];
    }
    return p;
  }

  /** The model in OpenNLP's binary format: as it was read, or as training made it. */
  public byte[] bytes() {
    if (model == null) {
      return bytes.clone();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not throw
    }
    return out.toByteArray();
  }

  /** The likeliest variety of {@code text} and how much of it the detector has seen. */
  public Guess identify(String text) {
    int words = 0;
    int knownWords = 0;
    double[] p;
    if (scorer != null) {
      LatinFeatureRows scan = LatinFeatureRows.scan(text, scorer, wordRows);
      words = scan.words();
      knownWords = scan.knownWords();
      p = calibrated(scan.eval(scorer));
    } else {
      String[] f = features(text);
      for (String s : f) {
        if (s.startsWith(WORD)) {
          words++;
          if (known.contains(s)) {
            knownWords++;
          }
        }
      }
      p = calibrated(model.eval(f));
    }
    Variety[] outcomes = Variety.values();
    int best = 0;
    int second = p.length > 1 ? 1 : 0;
    if (p[second] > p[best]) {
      best = 1;
      second = 0;
    }
    for (int i = 2; i < p.length; i++) {
      if (p[i] > p[best]) {
        second = best;
        best = i;
      } else if (p[i] > p[second]) {
        second = i;
      }
    }
    return new Guess(outcomes[best], p[best], outcomes[second], p[second], words, knownWords,
        java.util.Arrays.stream(p).boxed().toList());
  }

  /** Lower-cased words and the character n-grams inside each. */
  static String[] features(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder(8);
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      out.add(WORD + w);
      String edged = "<" + w + ">";
      for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
        for (int i = 0; i + n <= edged.length(); i++) {
          b.setLength(0);
          out.add(b.append(CHARS).append(edged, i, i + n).toString());
        }
      }
    }
    return out.toArray(new String[0]);
  }

  private static Set<String> knownWords(MaxentModel m) {
    Set<String> words = new HashSet<>();
    if (m instanceof AbstractModel am && am.getDataStructures()[1] instanceof Map<?, ?> pmap) {
      for (Object k : pmap.keySet()) {
        if (k.toString().startsWith(WORD)) {
          words.add(k.toString());
        }
      }
    }
    return Set.copyOf(words);
  }
}

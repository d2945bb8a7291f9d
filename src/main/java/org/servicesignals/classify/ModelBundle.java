package org.servicesignals.classify;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Lazy;
import org.servicesignals.features.UnigramFeatureGenerator;
import org.servicesignals.scoring.FeatureIndex;
import org.servicesignals.scoring.ArrayScorer;

/**
 * A language's categorizer with its card and the analyzer it was trained with. Immutable and
 * shared by all threads.
 *
 * <p>A bundle from {@link ModelFiles#open} reads, checks (the card, the model file against the
 * card's SHA-256) and builds its model the first time anything of it is asked for, once whatever
 * the threads: a run pays only for the languages it meets, and a model that fails its check throws
 * the same {@link org.servicesignals.core.InputException} at that first use as it would at start.
 * {@link #load} does it all now. The scorer is built at first use too; its index also answers
 * which words the model knows ({@link #knows}), a table of the model's unigrams doing so only for a
 * model scored by OpenNLP's own evaluation.
 */
public final class ModelBundle {
  /** What reading a model gives: the model, its card and the analysis chain the card names. */
  private record Parts(ModelSource model, ModelCard card, AnalyzerChain chain) {}

  private final Lang lang;
  private final Lazy<Parts> parts;
  private final boolean arrays;
  private final ModelBundle romanised;
  private volatile Categorizer categorizer;
  private volatile FeatureIndex knownWords; // only for a model not scored in arrays

  public ModelBundle(Lang lang, DoccatModel model, ModelCard card) {
    this(lang, Lazy.ready(parts(lang, new ModelSource(model, null), card)), true, null);
  }

  /**
   * As {@link #ModelBundle(Lang, DoccatModel, ModelCard)} for a model read from {@code bytes}: once
   * its scorer's arrays are built, the bundle lets the model go (most of the
   * memory a model takes is OpenNLP's per-feature objects, which the arrays do without) and
   * {@link #model} reads it again from the bytes.
   */
  static ModelBundle read(Lang lang, DoccatModel model, byte[] bytes, ModelCard card) {
    return new ModelBundle(lang, Lazy.ready(parts(lang, new ModelSource(model, bytes.clone()), card)), true, null);
  }

  private ModelBundle(Lang lang, Lazy<Parts> parts, boolean arrays, ModelBundle romanised) {
    this.lang = lang;
    this.parts = parts;
    this.arrays = arrays;
    this.romanised = romanised;
  }

  private static Parts parts(Lang lang, ModelSource model, ModelCard card) {
    return new Parts(model, card, card.romanised() ? RomanisedAnalysis.chain(lang)
        : SentimentAnalysis.chain(lang, AnalysisOptions.parse(card.analysis())));
  }

  /**
   * The model of {@code lang} that {@code read} reads and checks the first time it is needed, with
   * {@code romanised} (or null) beside it; {@code read}'s exception is thrown at each use.
   */
  static ModelBundle lazy(Lang lang, Supplier<ModelBundle> read, ModelBundle romanised) {
    return new ModelBundle(lang, Lazy.of(() -> read.get().parts.get()), true, romanised);
  }

  /**
   * Reads and checks the model and its romanised model now, and builds their scorers, rather than
   * at first use: a server is ready when this returns. Throws what the first use would throw.
   */
  public ModelBundle load() {
    if (!categorizer().usesArrays()) {
      vocabulary(); // else the scorer's index answers for it
    }
    if (romanised != null) {
      romanised.load();
    }
    return this;
  }

  /** Whether the model has been read (by a first use or {@link #load}). */
  public boolean isLoaded() {
    return parts.isDone();
  }

  /** The same model scored by OpenNLP's own evaluation ({@link Categorizer#openNlp}), for comparison. */
  public ModelBundle withOpenNlpScoring() {
    return new ModelBundle(lang, parts, false, romanised == null ? null : romanised.withOpenNlpScoring());
  }

  /** This model with {@code latin}, the model of the language typed in Latin letters, beside it. */
  public ModelBundle withRomanised(ModelBundle latin) {
    if (!latin.card().romanised() || latin.lang() != lang) {
      throw new IllegalArgumentException(latin.card().lang() + " is not the romanised model of " + lang.code());
    }
    return new ModelBundle(lang, parts, arrays, latin);
  }

  /** The model of the language typed in Latin letters ({@code hi-Latn}), when there is one. */
  public Optional<ModelBundle> romanised() {
    return Optional.ofNullable(romanised);
  }

  /** The model's categorizer: its parameters in arrays where {@link ArrayScorer} reads its type. */
  public Categorizer categorizer() {
    Categorizer c = categorizer;
    if (c == null) {
      synchronized (this) {
        c = categorizer;
        if (c == null) {
          c = arrays ? Categorizer.of(model()) : Categorizer.openNlp(model());
          categorizer = c;
        }
      }
      releaseWhenBuilt();
    }
    return c;
  }

  /** Lets the model go once the arrays score it: they, and their index for the vocabulary, need it no more. */
  private void releaseWhenBuilt() {
    Categorizer c = categorizer;
    if (c != null && c.usesArrays()) {
      parts.get().model().release();
    }
  }

  public Lang lang() {
    return lang;
  }

  /**
   * The OpenNLP model: the one read, or, once scoring no longer needs it, read again from its file's
   * bytes (each call then reads it anew: for the commands that train, adapt or compare with it).
   */
  public DoccatModel model() {
    return parts.get().model().get();
  }

  /** Whether the OpenNLP model is held in memory rather than read again when asked for. */
  boolean holdsModel() {
    return parts.get().model().held();
  }

  public ModelCard card() {
    return parts.get().card();
  }

  public AnalyzerChain chain() {
    return parts.get().chain();
  }

  /**
   * True when the token appeared in training (as a unigram feature): asked of the scorer's own index
   * where the model is scored in arrays, else of a table of the model's unigrams.
   */
  public boolean knows(String token) {
    Categorizer c = categorizer();
    return c.usesArrays() ? c.knowsUnigram(token) : vocabulary().row(token) >= 0;
  }

  /** How many of {@code tokens} appeared in training, each counted as {@link #knows} says. */
  public int knownCount(String[] tokens) {
    Categorizer c = categorizer();
    int known = 0;
    if (c.usesArrays()) {
      for (String t : tokens) {
        known += c.knowsUnigram(t) ? 1 : 0;
      }
      return known;
    }
    int[] rows = new int[tokens.length];
    vocabulary().rows(tokens, tokens.length, rows); // looked up together: their reads from memory overlap
    for (int r : rows) {
      known += r >= 0 ? 1 : 0;
    }
    return known;
  }

  /**
   * True when {@code word}, as the normalisation chain writes it, appeared in training: as it is,
   * or as the model's own chain writes it (stemmed, for some languages).
   */
  public boolean knowsWord(String word) {
    if (knows(word)) {
      return true;
    }
    String[] t = chain().tokens(word);
    return t.length == 1 && knows(t[0]);
  }

  private FeatureIndex vocabulary() {
    FeatureIndex words = knownWords;
    if (words == null) {
      words = knownWords(model().getMaxentModel()); // made twice at worst, by two threads at once: the same set
      knownWords = words;
    }
    return words;
  }

  /**
   * The words of the model's unigram features, in an open-addressing table: asked once per token of
   * every message, where a hash set followed a node and a string per look-up.
   */
  private static FeatureIndex knownWords(MaxentModel m) {
    Set<String> words = new HashSet<>();
    if (m instanceof AbstractModel am) {
      Object pmap = am.getDataStructures()[1];
      if (pmap instanceof Map<?, ?> map) {
        for (Object k : map.keySet()) {
          String s = k.toString();
          if (s.startsWith(UnigramFeatureGenerator.PREFIX)) {
            words.add(s.substring(UnigramFeatureGenerator.PREFIX.length()));
          }
        }
      }
    }
    FeatureIndex index = new FeatureIndex(words.size());
    words.forEach(index::add);
    index.trim();
    return index;
  }
}

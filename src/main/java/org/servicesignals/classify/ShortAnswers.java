package org.servicesignals.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.Lexicon;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.TemperatureScaling;

/**
 * Answers of one to three words ({@code Great}, {@code bad}, {@code ei hyvä}, {@code बेकार},
 * {@code அருமை}): too short for word counts to decide, so the lexicon's verdict
 * ({@link LexiconReading}, negation included) is added to the model's calibrated log-probabilities,
 * each label's strength-weighted vote times {@link #LEXICON_WEIGHT}, together with the vote of the
 * ratings and emoji beside the words ({@code 4 stars}, {@code ok 👍}; {@link SymbolClassifier#vote}).
 * With no lexicon term in the answer, a word the model never saw that misspells one by a letter
 * counts as that term ({@link Lexicon#spelledLike}: "excelent"); with none of these, no rating and
 * no known symbol, the model's probabilities stand unchanged.
 *
 * <p>Longer messages get the vote of what a word count misreads — the negated terms and the terms
 * after the last contrast word ({@link #longVote}) — at {@link #LONG_WEIGHT}, so that a negation the
 * lexicon reads ("no delay, no wrong order") or the clause after "but" tips a model that counts the
 * words. (The whole message's vote, which repeats what the model already counts, helped no weight.)
 *
 * <p>Both weights were chosen by measurement ({@code evaluate --ablation} prints the table): the
 * training splits' own messages, labelled by models that never saw them (5-fold out-of-fold
 * probabilities), beside the development sets ({@code dev-short} for the answers of one to three
 * words, {@code dev-negation} for longer messages), labelled by the shipped models; the weight
 * with the best accuracy over both, all five languages taken together, ships. Larger weights let a
 * lexicon term overrule a model that knows better.
 */
public final class ShortAnswers {
  /** Messages of at most this many words, as the language's normalisation chain counts them, take the path. */
  public static final int MAX_WORDS = 3;
  /** What one point of a label's lexicon vote adds to that label's log-probability. */
  public static final double LEXICON_WEIGHT = 0.5;
  /** What one point of a label's vote adds to its log-probability on messages of more than {@link #MAX_WORDS} words. */
  public static final double LONG_WEIGHT = 0.25;
  /** The weights {@code evaluate --ablation} compares. */
  public static final double[] WEIGHTS = {0, 0.25, 0.5, 1, 2, 4};

  private ShortAnswers() {}

  /** The shipped symbol table, read the first time a short answer needs it. */
  private static final class Symbols {
    static final SymbolClassifier TABLE = SymbolClassifier.shipped();
  }

  /** Whether {@code text} in {@code lang} is short enough for the path. */
  public static boolean applies(Lang lang, String text) {
    return words(lang, text).length <= MAX_WORDS;
  }

  /**
   * {@code calibrated} (in {@link Label} order) with the lexicon's verdict on {@code text} added at
   * {@code weight}; {@code calibrated} itself when the message is longer than {@link #MAX_WORDS}
   * words or holds no lexicon term, slip of one, rating or known symbol.
   */
  public static double[] adjust(Lang lang, String text, double[] calibrated, double weight) {
    String[] words = words(lang, text);
    if (words.length > MAX_WORDS || weight == 0) {
      return calibrated;
    }
    return adjust(lang, words, text, LexiconReading.read(lang, words), calibrated, weight, w -> false);
  }

  /**
   * As {@link #adjust(Lang, String, double[], double)} for an answer of at most {@link #MAX_WORDS}
   * words, given those words ({@link #words}) and the lexicon's reading of them ({@link
   * LexiconReading#read(Lang, String[])}); a word one letter off a lexicon term counts unless
   * {@code known} says the model saw it ({@link #vote(Lang, String[], LexiconReading, String,
   * java.util.function.Predicate)}).
   */
  public static double[] adjust(Lang lang, String[] words, String text, LexiconReading reading, double[] calibrated,
      double weight, java.util.function.Predicate<String> known) {
    if (weight == 0) {
      return calibrated;
    }
    Map<Label, Integer> vote = vote(lang, words, reading, text, known);
    return vote.isEmpty() ? calibrated : withVote(calibrated, vote, weight);
  }

  /**
   * Each label's vote on an answer: its lexicon terms' ({@link LexiconReading}, negation included)
   * and its ratings' and symbols'; empty when it has none of them.
   *
   * @param words the answer's words as {@link #words} gives them
   */
  public static Map<Label, Integer> vote(Lang lang, String text, String[] words) {
    return vote(lang, words, LexiconReading.read(lang, words), text, w -> false);
  }

  /**
   * As {@link #vote(LexiconReading, String)}, and when the lexicon finds no term in an answer
   * without a negator, the terms its words misspell by one letter ({@link Lexicon#spelledLike}:
   * "excelent", "terible"), leaving out the words the model has seen in training ({@code known}):
   * a word people write is no slip.
   */
  public static Map<Label, Integer> vote(Lang lang, String[] words, LexiconReading reading, String text,
      java.util.function.Predicate<String> known) {
    Map<Label, Integer> vote = vote(reading, text);
    if (reading.terms().isEmpty()) {
      LanguageProfile profile = LanguageProfile.of(lang);
      Map<Label, Integer> slips = new EnumMap<>(Label.class);
      for (String w : words) {
        if (profile.isNegator(w)) {
          return vote; // "not excelent": a negation the slip cannot be read with
        }
        profile.lexicon().spelledLike(w).filter(e -> !known.test(w)) // the cheap look first
            .ifPresent(e -> slips.merge(e.signal().orElseThrow(), e.strength(), Integer::sum));
      }
      slips.forEach((l, v) -> vote.merge(l, v, Integer::sum));
    }
    return vote;
  }

  /** As {@link #vote(Lang, String, String[])}, given the lexicon's reading of the words. */
  public static Map<Label, Integer> vote(LexiconReading reading, String text) {
    Map<Label, Integer> vote = new EnumMap<>(Label.class);
    reading.vote().forEach((l, v) -> vote.merge(l, v, Integer::sum));
    Symbols.TABLE.vote(text, new ArrayList<>()).forEach((l, v) -> vote.merge(l, v, Integer::sum));
    return vote;
  }

  /** {@code p} (in {@link Label} order) with each label's vote times {@code weight} added to its log. */
  public static double[] withVote(double[] p, Map<Label, Integer> vote, double weight) {
    double[] logits = new double[p.length];
    for (Label l : Label.values()) {
      int i = l.ordinal();
      logits[i] = Math.log(Math.max(p[i], Calibration.FLOOR)) + weight * vote.getOrDefault(l, 0);
    }
    return TemperatureScaling.softmax(logits);
  }

  /**
   * {@code calibrated} with the vote on a longer message added at {@link #LONG_WEIGHT}.
   *
   * @param words the message's words as {@link #words} gives them
   */
  public static double[] adjustLonger(Lang lang, String text, String[] words, double[] calibrated) {
    return adjustLonger(lang, text, words, calibrated, LONG_WEIGHT);
  }

  /**
   * {@code calibrated} with the vote on a longer message added at {@link #LONG_WEIGHT}, given the
   * lexicon's reading of its words ({@link LexiconReading#read(Lang, String[])} of {@link #words}).
   */
  public static double[] adjustLonger(Lang lang, String text, LexiconReading reading, double[] calibrated) {
    if (LONG_WEIGHT == 0) {
      return calibrated;
    }
    Map<Label, Integer> vote = longVote(lang, text, reading);
    return vote.isEmpty() ? calibrated : withVote(calibrated, vote, LONG_WEIGHT);
  }

  /** As {@link #adjustLonger(Lang, String, String[], double[])} at {@code weight}. */
  public static double[] adjustLonger(Lang lang, String text, String[] words, double[] calibrated, double weight) {
    if (weight == 0) {
      return calibrated;
    }
    Map<Label, Integer> vote = longVote(lang, text, words);
    return vote.isEmpty() ? calibrated : withVote(calibrated, vote, weight);
  }

  /**
   * The vote on a longer message: only what the model's word counts misread — the terms after the
   * last contrast word ("food good, but delivery late") at their doubled weight, and the terms a
   * negator reaches or a negated comparison makes ("never had such a rude driver"), read clause by clause so that a negator's scope stops at a comma or a full stop
   * ("nobody answered, still waiting" does not negate "still waiting").
   *
   * @param words the message's words as {@link #words} gives them
   */
  public static Map<Label, Integer> longVote(Lang lang, String text, String[] words) {
    return longVote(lang, text, LexiconReading.read(lang, words));
  }

  /** As {@link #longVote(Lang, String, String[])}, given the lexicon's reading of the message's words. */
  public static Map<Label, Integer> longVote(Lang lang, String text, LexiconReading whole) {
    Map<Label, Integer> vote = new EnumMap<>(Label.class);
    boolean negation = false;
    for (LexiconReading.Term t : whole.terms()) {
      negation |= t.negated() || t.compared();
      if (whole.contrasted() && t.last() && !t.negated() && !t.compared()) {
        vote.merge(t.counts(), t.weight(), Integer::sum);
      }
    }
    if (negation) {
      for (String clause : CLAUSE_BREAKS.split(text)) {
        for (LexiconReading.Term t : LexiconReading.read(lang, words(lang, clause)).terms()) {
          if (t.negated() || t.compared()) {
            vote.merge(t.counts(), t.weight(), Integer::sum);
          }
        }
      }
    }
    return vote;
  }

  /** Punctuation that ends a clause, in the five languages' scripts (Urdu ، ؛ ۔, Devanagari ।). */
  private static final Pattern CLAUSE_BREAKS = Pattern.compile("[,;.!?\\n،؛۔।]+");

  /** As {@link #adjust(Lang, String, double[], double)} at the shipped {@link #LEXICON_WEIGHT}. */
  public static double[] adjust(Lang lang, String text, double[] calibrated) {
    return adjust(lang, text, calibrated, LEXICON_WEIGHT);
  }

  /** The words of {@code text} as the language's normalisation chain counts them. */
  public static String[] words(Lang lang, String text) {
    return SentimentAnalysis.chain(lang, AnalysisOptions.NONE).tokens(text);
  }
}

package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

/**
 * What the language's sentiment lexicon finds in the message, read the way a person reads it
 * ({@link LexiconReading}: negation scope, double negation, the clause after the last contrast
 * word). Features, all prefixed {@code lx}:
 * <ul>
 *   <li>{@code lx=poor}, {@code lx=good¬}: each term's own signal, marked when negated;
 *   <li>{@code lx>poor}: the signal a term counts for after negation, when it stands in the last clause;
 *   <li>{@code lx!exceptional}: a strong or intensified term;
 *   <li>{@code lxv=good}: the verdict of the whole message, the strength-weighted vote of its terms
 *       with the last clause counted twice; {@code lxv=none} when no term is found.
 * </ul>
 * The message's raw text and language come through the extra information
 * ({@link FeatureSets#extraInformation(String, Lang, boolean)}); the text is read with the language's
 * normalisation only, as the lexicon's terms are, unless the caller passes those words or their
 * reading along ({@link FeatureSets#NORMALIZED_WORDS}, {@link FeatureSets#LEXICON_READING}).
 */
public class LexiconFeatureGenerator implements FeatureGenerator {
  public static final String PREFIX = "lx";

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    Object raw = extraInformation == null ? null : extraInformation.get(TextShapeFeatureGenerator.RAW_TEXT);
    Object langInfo = extraInformation == null ? null : extraInformation.get(FeatureSets.LANG);
    if (!(raw instanceof String message) || !(langInfo instanceof Lang lang)) {
      return List.of();
    }
    // the caller's reading of the normalisation chain's words, or those words, or the model's own
    // tokens when its analysis is normalisation only: the same, without a second pass
    LexiconReading reading = extraInformation.get(FeatureSets.LEXICON_READING) instanceof LexiconReading given ? given
        : LexiconReading.read(lang, Boolean.TRUE.equals(extraInformation.get(FeatureSets.NORMALIZED_ONLY)) ? text
            : extraInformation.get(FeatureSets.NORMALIZED_WORDS) instanceof String[] words ? words
            : SentimentAnalysis.chain(lang, AnalysisOptions.NONE).tokens(message));
    List<String> out = new ArrayList<>();
    for (LexiconReading.Term t : reading.terms()) {
      out.add(PREFIX + "=" + t.own().id() + (t.negated() ? "¬" : ""));
      if (t.last()) {
        out.add(PREFIX + ">" + t.counts().id());
      }
      if (t.strong()) {
        out.add(PREFIX + "!" + t.counts().id());
      }
    }
    out.add(PREFIX + "v=" + reading.verdict().map(Label::id).orElse("none"));
    return out;
  }
}

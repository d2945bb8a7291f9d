package org.servicesignals.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.doccat.FeatureGenerator;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.Lexicon;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;

/**
 * What the language's sentiment lexicon finds in the message, read the way a person reads it:
 * a term inside a negator's scope counts for the opposite side ("not good" for poor, "no problems"
 * for good), and the clause after the last contrast word (but, lekin, mutta, ஆனா) carries the
 * verdict. Features, all prefixed {@code lx}:
 * <ul>
 *   <li>{@code lx=poor}, {@code lx=good¬}: each term's own signal, marked when negated;
 *   <li>{@code lx>poor}: the signal a term counts for after negation, when it stands in the last clause;
 *   <li>{@code lx!exceptional}: a strong or intensified term;
 *   <li>{@code lxv=good}: the verdict of the whole message, the strength-weighted vote of its terms
 *       with the last clause counted twice; {@code lxv=none} when no term is found.
 * </ul>
 * The message's raw text and language come through the extra information
 * ({@link FeatureSets#extraInformation(String, Lang, boolean)}); the text is read with the language's
 * normalisation only, as the lexicon's terms are.
 */
public class LexiconFeatureGenerator implements FeatureGenerator {
  public static final String PREFIX = "lx";
  private static final Map<Lang, Set<String>> CONTRAST = new ConcurrentHashMap<>();
  private static final Map<Lang, Set<String>> PARTICLES = new ConcurrentHashMap<>();

  @Override
  public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
    Object raw = extraInformation == null ? null : extraInformation.get(TextShapeFeatureGenerator.RAW_TEXT);
    Object langInfo = extraInformation == null ? null : extraInformation.get(FeatureSets.LANG);
    if (!(raw instanceof String message) || !(langInfo instanceof Lang lang)) {
      return List.of();
    }
    LanguageProfile profile = LanguageProfile.of(lang);
    AnalyzerChain chain = SentimentAnalysis.chain(lang, AnalysisOptions.NONE);
    // the model's own tokens when its analysis is normalisation only: the same, without a second pass
    String[] tokens = Boolean.TRUE.equals(extraInformation.get(FeatureSets.NORMALIZED_ONLY)) ? text : chain.tokens(message);
    List<Lexicon.Match> matches = profile.lexicon().match(tokens);
    int clause = lastContrast(tokens, lang, chain);
    boolean[] negates = new boolean[tokens.length];
    int[] position = new int[tokens.length]; // distance counted without the scope particles
    Set<String> particles = normalized(PARTICLES, lang, chain, LanguageProfile::scopeParticles);
    for (int i = 0, at = 0; i < tokens.length; i++) {
      negates[i] = profile.isNegator(tokens[i]);
      position[i] = particles.contains(tokens[i]) ? at : at++;
    }
    NegationScope scope = profile.negationScope();
    List<String> out = new ArrayList<>();
    Map<Label, Integer> vote = new EnumMap<>(Label.class);
    for (int m = 0; m < matches.size(); m++) {
      Lexicon.Match match = matches.get(m);
      if (match.entry().kind() != Lexicon.Kind.SENTIMENT) {
        continue;
      }
      Label own = match.entry().signal().orElseThrow();
      boolean negated = negated(match, negates, position, scope);
      Label counts = negated ? (own == Label.POOR ? Label.GOOD : Label.POOR) : own;
      boolean intensified = m > 0 && matches.get(m - 1).end() == match.start()
          && matches.get(m - 1).entry().kind() == Lexicon.Kind.INTENSIFIER;
      boolean last = match.start() > clause;
      out.add(PREFIX + "=" + own.id() + (negated ? "¬" : ""));
      if (last) {
        out.add(PREFIX + ">" + counts.id());
      }
      if (match.entry().strength() == 3 || intensified) {
        out.add(PREFIX + "!" + counts.id());
      }
      int weight = (match.entry().strength() + (intensified ? 1 : 0)) * (last ? 2 : 1);
      vote.merge(counts, weight, Integer::sum);
    }
    out.add(PREFIX + "v=" + vote.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> e.getKey().id()).orElse("none"));
    return out;
  }

  /** Whether a negator outside the term reaches into it, particles not counted in the distance. */
  private static boolean negated(Lexicon.Match match, boolean[] negates, int[] position, NegationScope scope) {
    int first = position[match.start()];
    int last = position[match.end() - 1];
    for (int p = 0; p < negates.length; p++) {
      if (negates[p] && (p < match.start() || p >= match.end()) && scope.reaches(position[p], first, last)) {
        return true;
      }
    }
    return false;
  }

  /** A profile's word list as the normalisation chain writes its words, made once per language. */
  private static Set<String> normalized(Map<Lang, Set<String>> cache, Lang lang, AnalyzerChain chain,
      java.util.function.Function<LanguageProfile, Set<String>> words) {
    return cache.computeIfAbsent(lang, l -> {
      Set<String> s = new HashSet<>();
      for (String w : words.apply(LanguageProfile.of(l))) {
        s.addAll(List.of(chain.tokens(w)));
      }
      return Set.copyOf(s);
    });
  }

  /** Index of the last contrast word, or -1: the terms after it make the last clause. */
  private static int lastContrast(String[] tokens, Lang lang, AnalyzerChain chain) {
    Set<String> contrast = normalized(CONTRAST, lang, chain, LanguageProfile::contrastWords);
    for (int i = tokens.length - 1; i >= 0; i--) {
      if (contrast.contains(tokens[i])) {
        return i;
      }
    }
    return -1;
  }
}

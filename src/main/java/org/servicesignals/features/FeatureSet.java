package org.servicesignals.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * A combination of feature generators, named as model cards and ablations name it:
 * {@code negwords+bigrams+shape}. Equal when the parts are equal, in order.
 *
 * @param parts the generators, in the order they run
 */
public record FeatureSet(List<Feature> parts) {
  /** One kind of feature, by the name used in feature-set names. */
  public enum Feature {
    /** Plain unigrams ({@link UnigramFeatureGenerator}). */
    WORDS,
    /** Unigrams marked inside a negation's scope ({@link NegationScopeFeatureGenerator}). */
    NEGWORDS,
    /** Token bigrams with sentence edges ({@link BigramFeatureGenerator}). */
    BIGRAMS,
    /** Character n-grams ({@link CharNGramFeatureGenerator}). */
    CHARS,
    /** Text shape: !!, ??, capitals, length ({@link TextShapeFeatureGenerator}). */
    SHAPE,
    /** The language's lexicon read with negation and contrast ({@link LexiconFeatureGenerator}). */
    LEXICON,
    /** Unigrams marked inside a romanised negator's scope ({@link RomanisedNegationFeatureGenerator}). */
    ROMNEG;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    FeatureGenerator generator() {
      return switch (this) {
        case WORDS -> new UnigramFeatureGenerator();
        case NEGWORDS -> new NegationScopeFeatureGenerator();
        case BIGRAMS -> new BigramFeatureGenerator();
        case CHARS -> new CharNGramFeatureGenerator();
        case SHAPE -> new TextShapeFeatureGenerator();
        case LEXICON -> new LexiconFeatureGenerator();
        case ROMNEG -> new RomanisedNegationFeatureGenerator();
      };
    }
  }

  /** What {@code train} tries by default, and what a model without a card entry uses. */
  public static final List<FeatureSet> DEFAULTS = List.of(parse("negwords+bigrams+shape+lexicon"),
      parse("negwords+bigrams+chars+shape+lexicon"), parse("negwords+bigrams+shape"));

  /** What {@code train} tries for the romanised models: no lexicon (the lexicons are written in native script). */
  public static final List<FeatureSet> ROMANISED = List.of(parse("romneg+bigrams+chars+shape"),
      parse("romneg+bigrams+shape"), parse("romneg+chars+shape"));

  /** Whether the features read the language's lexicon, whose file then belongs to the model's provenance. */
  public boolean readsLexicon() {
    return parts.contains(Feature.LEXICON);
  }

  public FeatureSet {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a feature set needs at least one part");
    }
    parts = List.copyOf(parts);
  }

  /** Reads parts joined by "+": words or negwords, bigrams, chars, shape. */
  public static FeatureSet parse(String name) {
    List<Feature> parts = new ArrayList<>();
    for (String part : name.split("\\+")) {
      try {
        parts.add(Feature.valueOf(part.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown feature set '" + part + "' in '" + name
            + "': use words or negwords, bigrams, chars, shape, lexicon, romneg joined by +");
      }
    }
    return new FeatureSet(parts);
  }

  /** New generators for a trainer's factory. */
  public FeatureGenerator[] generators() {
    return parts.stream().map(Feature::generator).toArray(FeatureGenerator[]::new);
  }

  /** The generator classes, as the model card lists them. */
  public List<String> generatorClasses() {
    return parts.stream().map(f -> f.generator().getClass().getName()).toList();
  }

  @Override
  public String toString() {
    return parts.stream().map(Feature::id).collect(Collectors.joining("+"));
  }
}

package org.servicesignals.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;

/**
 * One named step of an analysis chain, so that {@code analyze} can show what each step does and the
 * model card can list the chain.
 *
 * @param name what a person reads: "lowercase", "stopwords (208, negations kept)"
 * @param filter wraps a token stream in the step's filter
 */
public record Stage(String name, UnaryOperator<TokenStream> filter) {}

package org.servicesignals.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.langid.LanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze}: what each analysis stage does to a message, then what the model makes of it. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Show the language found, the tokens after each analysis stage, and the prediction.")
final class AnalyzeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Option(names = "--lang", converter = Converters.LangConverter.class,
      description = "Declare the language: hi, fi, ur, ta or en (default: detect).")
  Lang lang;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The message (several words are joined).")
  List<String> words;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String text = String.join(" ", words);
    LanguageIdentifier ids = LanguageIdentifier.load();
    Message m = new Message("1", text, Optional.ofNullable(lang));
    LangGuess guess = ids.identify(m);
    out.printf("language   %s (%s)%s%n", guess.code(), guess.source().id(),
        guess.reason().isEmpty() ? "" : " - " + guess.reason());
    if (guess.lang().isEmpty()) {
      out.flush();
      return CommandLine.ExitCode.OK;
    }
    Map<Lang, ModelBundle> models = modelOptions.load();
    ModelBundle bundle = models.get(guess.lang().get());
    AnalyzerChain chain = bundle != null ? bundle.chain() : SentimentAnalysis.chain(guess.lang().get());
    List<List<String>> trace = chain.trace(text);
    int width = "tokenizer".length();
    for (var s : chain.stages()) {
      width = Math.max(width, s.name().length());
    }
    String row = "%-" + width + "s  %s%n";
    out.printf(row, "tokenizer", render(trace.get(0)));
    for (int i = 0; i < chain.stages().size(); i++) {
      out.printf(row, chain.stages().get(i).name(), render(trace.get(i + 1)));
    }
    if (bundle != null) {
      Prediction p = new Classifier(ids, models).classify(m, true);
      if (p.ok()) {
        out.printf(Locale.ROOT, "%nlabel      %s (confidence %.3f; exceptional %.3f, good %.3f, poor %.3f)%n",
            p.label().get().id(), p.confidence(), p.probability(Label.EXCEPTIONAL), p.probability(Label.GOOD),
            p.probability(Label.POOR));
        out.printf("evidence   %s%n", p.evidence().isEmpty() ? "-" : String.join(", ", p.evidence()));
        out.printf("known      %d of %d tokens seen in training%n", p.knownTokens(), p.tokens());
        out.printf("lexicon    %s%n", lexicon(guess.lang().get(), text));
      } else {
        out.printf("%nerror      %s%n", p.error());
      }
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /**
   * What the language's lexicon reads in {@code text}: each term as normalised, the label it leans
   * to, whether a negator reaches it or it makes a comparison, what it counts for and by how much.
   */
  static String lexicon(Lang lang, String text) {
    String[] tokens = SentimentAnalysis.chain(lang, AnalysisOptions.NONE).tokens(text);
    LexiconReading reading = LexiconReading.read(lang, tokens);
    if (reading.terms().isEmpty()) {
      return "no term found";
    }
    StringBuilder b = new StringBuilder();
    for (LexiconReading.Term t : reading.terms()) {
      b.append(String.join(" ", Arrays.copyOfRange(tokens, t.match().start(), t.match().end())))
          .append(" (").append(t.own().id())
          .append(t.compared() ? ", compared" : t.negated() ? ", negated" : "")
          .append(t.last() && reading.contrasted() ? ", after the contrast" : "")
          .append(" -> ").append(t.counts().id()).append(' ').append(t.weight()).append("), ");
    }
    return b.append("verdict ").append(reading.verdict().map(Label::id).orElse("none")).toString();
  }

  private static String render(List<String> tokens) {
    return tokens.isEmpty() ? "(none)" : "[" + String.join("] [", tokens) + "]";
  }
}

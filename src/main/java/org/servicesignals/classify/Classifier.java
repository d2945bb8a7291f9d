package org.servicesignals.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.analysis.AnalyzerChain;
import org.servicesignals.analysis.CompatibilityFolding;
import org.servicesignals.analysis.LanguageProfile;
import org.servicesignals.analysis.LexiconReading;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.RomanisedAnalysis;
import org.servicesignals.core.EvidenceSpan;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Letters;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.features.FeatureSets;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * Message in, prediction out: language, Lucene tokens, the language's categorizer. Never throws on
 * a message; what cannot be classified comes back as a prediction with an error.
 *
 * <p>Thread-safe. Models and their {@link Categorizer}s are shared by all threads. Models opened by
 * {@link ModelFiles#open} and the language detectors are read when a message first needs them, so
 * a model that fails its check throws its {@link org.servicesignals.core.InputException} then;
 * {@link #loadAll} reads everything now.
 */
public final class Classifier {
  /** Evidence looks at this many distinct tokens at most: each costs one more categorization. */
  static final int EVIDENCE_MAX_TOKENS = 40;
  static final int EVIDENCE_SIZE = 3;

  private final LanguageIdentifier languages;
  private final Map<Lang, ModelBundle> models;
  private final SymbolClassifier symbols = SymbolClassifier.shipped();

  public Classifier(LanguageIdentifier languages, Map<Lang, ModelBundle> models) {
    this.languages = languages;
    this.models = Map.copyOf(models);
  }

  /**
   * Reads and checks every model and both language detectors now rather than at first use, so
   * that a server is ready (or has failed) before it answers; returns this.
   */
  public Classifier loadAll() {
    languages.loadAll();
    models.values().forEach(ModelBundle::load);
    return this;
  }

  public Map<Lang, ModelBundle> models() {
    return models;
  }

  public LanguageIdentifier languages() {
    return languages;
  }

  public Prediction classify(Message m) {
    return classify(m, false);
  }

  /** As {@link #classify(Message)}; with {@code explain}, also finds the evidence tokens. */
  public Prediction classify(Message m, boolean explain) {
    return classify(identify(m), explain);
  }

  /**
   * A message read for classifying: its text folded ({@code 𝐆𝐨𝐨𝐝} reads as Good), as it came, and
   * its language (null for blank text, which is not identified).
   */
  public record Identified(Message message, String original, LangGuess guess) {
    /** What a batch groups messages by, so that each language's model is read while it is warm. */
    public String groupKey() {
      return guess == null ? "" : guess.code() + "-" + guess.script();
    }
  }

  /** The first step of {@link #classify(Message, boolean)}: the text folded and its language found. */
  public Identified identify(Message m) {
    String original = m.text();
    String folded = CompatibilityFolding.fold(original); // 𝐆𝐨𝐨𝐝 reads as Good
    if (!folded.equals(m.text())) {
      m = new Message(m.id(), folded, m.declaredLang());
    }
    return new Identified(m, original, m.text().isBlank() ? null : languages.identify(m));
  }

  /** The rest of {@link #classify(Message, boolean)}, for a message {@link #identify identified}. */
  public Prediction classify(Identified identified, boolean explain) {
    Message m = identified.message();
    String original = identified.original();
    String text = m.text();
    if (text.isBlank()) {
      return Prediction.failed(m.id(), m.declaredLang().map(Lang::code).orElse(Lang.UNDETERMINED),
          m.declaredLang().isPresent() ? LangSource.DECLARED : LangSource.NONE, "empty text");
    }
    LangGuess guess = identified.guess();
    String script = guess.script();
    if (text.indexOf('\uFFFD') >= 0) {
      return Prediction.failed(m.id(), guess.code(), guess.source(),
          "text has bytes that are not valid UTF-8 (shown as U+FFFD); fix the file's encoding", script);
    }
    if (!Letters.anyIn(text)) {
      return symbols(m, guess, explain);
    }
    if (guess.lang().isEmpty()) {
      return Prediction.failed(m.id(), guess.code(), guess.source(), guess.reason(), script);
    }
    Lang lang = guess.lang().get();
    ModelBundle bundle = models.get(lang);
    if (bundle == null) {
      return Prediction.failed(m.id(), lang.code(), guess.source(), "no model loaded for " + lang.code(), script);
    }
    boolean romanised = guess.latin() && RomanisedAnalysis.covers(lang);
    if (romanised) { // Hinglish, Roman Urdu, Tanglish
      if (bundle.romanised().isEmpty()) {
        return Prediction.failed(m.id(), lang.code(), guess.source(), "no model loaded for " + lang.code()
            + ModelCard.ROMANISED_SUFFIX + " (" + lang.displayName() + " in Latin letters)", script);
      }
      bundle = bundle.romanised().get();
    }
    AnalyzerChain chain = bundle.chain();
    // a stemmed model's chain is the normalisation chain and its stemmer: one pass gives the model's
    // tokens and the lexicon's words
    boolean stemmedWords = !romanised && stemsNormalization(chain);
    String[][] both = stemmedWords ? chain.tokensAndBeforeLast(text) : null;
    String[] tokens = stemmedWords ? both[0] : chain.tokens(text);
    if (tokens.length == 0) {
      return Prediction.failed(m.id(), lang.code(), guess.source(),
          "nothing to classify: no words left after analysis (only punctuation or stopwords)", script);
    }
    Categorizer cat = bundle.categorizer();
    boolean shortAnswer = tokens.length <= ShortAnswers.MAX_WORDS; // every analysis keeps one token a word
    // the words of the normalisation chain and the lexicon's reading of them, made once for the
    // lexicon's features and its vote; the model's own tokens when that is its chain; none for a long
    // romanised text, whose vote is not read (the lexicons are the native scripts')
    String[] words = romanised ? (shortAnswer ? ShortAnswers.words(lang, text) : null)
        : chain.options().equals(AnalysisOptions.NONE) ? tokens : stemmedWords ? both[1] : ShortAnswers.words(lang, text);
    boolean voted = words != null && (!shortAnswer || words.length <= ShortAnswers.MAX_WORDS);
    LexiconReading reading = voted ? LexiconReading.read(lang, words) : null;
    Categorizer.Scored scored = romanised ? cat.score(bundle.chain(), tokens, text, null, null)
        : cat.score(bundle.chain(), tokens, text, words, reading);
    double[] raw = scored.probabilities();
    double[] p = Calibration.apply(raw, bundle.card().temperature());
    if (reading != null) {
      // a romanised answer's words are no slips of the native-script lexicon: all taken as known
      p = shortAnswer ? ShortAnswers.adjust(lang, words, text, reading, p, ShortAnswers.LEXICON_WEIGHT,
              romanised ? w -> true : bundle::knowsWord)
          : ShortAnswers.adjustLonger(lang, text, reading, p);
    }
    Label label = Label.argmax(p);
    int known = scored.knownTokens() >= 0 ? scored.knownTokens() : bundle.knownCount(tokens); // from the scoring's look-ups
    List<String> evidence = explain
        ? evidence(cat, bundle.chain(), tokens, text, original, label, logOdds(raw, label)) : List.of();
    if (explain && !romanised && text.equals(original)) {
      evidence = withNegation(evidence, lang, text, label);
    }
    if (explain && (tokens.length <= ShortAnswers.MAX_WORDS || evidence.isEmpty())) {
      evidence = withSymbols(evidence, original); // a short answer's vote counted them; or nothing else stands out
    }
    return new Prediction(m.id(), lang.code(), guess.source(), Optional.of(label), p, evidence, known,
        tokens.length, "", script, guess.confidence());
  }

  /** Per model chain, whether it is its language's normalisation chain with one stage more. */
  private final java.util.concurrent.ConcurrentHashMap<AnalyzerChain, Boolean> stemmed =
      new java.util.concurrent.ConcurrentHashMap<>();

  private boolean stemsNormalization(AnalyzerChain chain) {
    return stemmed.computeIfAbsent(chain,
        c -> c.addsOneStageTo(SentimentAnalysis.chain(c.lang(), AnalysisOptions.NONE)));
  }

  /**
   * The first negated lexicon term that counts for {@code label}, shown with its negator ("अच्छी
   * नहीं", "ei ollut hyvää") before the words, unless a word span already covers that place: a
   * word count cannot point at the negation that decided.
   */
  private static List<String> withNegation(List<String> words, Lang lang, String text, Label label) {
    List<AnalyzerChain.Token> located = SentimentAnalysis.chain(lang, AnalysisOptions.NONE).analyze(text);
    String[] tokens = located.stream().map(AnalyzerChain.Token::term).toArray(String[]::new);
    LanguageProfile profile = LanguageProfile.of(lang);
    for (LexiconReading.Term t : LexiconReading.read(lang, tokens).terms()) {
      if (t.counts() != label) {
        continue;
      }
      int first = t.match().start();
      int last = t.match().end() - 1;
      int negator = -1;
      for (int i = first; i <= last && !t.negated(); i++) { // "no complaints": an entry holding its negator
        negator = profile.isNegator(tokens[i]) ? i : negator;
      }
      for (int i = 0; i < tokens.length && t.negated(); i++) {
        if ((i < first || i > last) && profile.isNegator(tokens[i])
            && (negator < 0 || Math.abs(i - first) < Math.abs(negator - first))) {
          negator = i;
        }
      }
      if (negator < 0) {
        continue;
      }
      EvidenceSpan span = EvidenceSpan.of(text, located.get(Math.min(negator, first)).start(),
          located.get(Math.max(negator, last)).end());
      boolean shown = words.stream().map(EvidenceSpan::parse).anyMatch(w -> w.covers(span));
      return shown ? words : before(List.of(span), words); // a word span may already show it
    }
    return words;
  }

  /** The ratings and symbols of a message ({@code 4 stars}, {@code 👍}), before the words. */
  private List<String> withSymbols(List<String> words, String original) {
    List<String> found = new ArrayList<>();
    symbols.vote(original, found);
    List<EvidenceSpan> spans = new ArrayList<>();
    int from = 0;
    for (String f : found) {
      int at = original.indexOf(f, from);
      if (at >= 0) {
        spans.add(EvidenceSpan.of(original, at, at + f.length()));
        from = at + f.length();
      }
    }
    return spans.isEmpty() ? words : before(spans, words);
  }

  /**
   * {@code lead} first, then the word spans that share no place with them, at most
   * {@link #EVIDENCE_SIZE} in all.
   */
  private static List<String> before(List<EvidenceSpan> lead, List<String> words) {
    List<EvidenceSpan> shown = lead.subList(0, Math.min(EVIDENCE_SIZE, lead.size()));
    List<String> out = new ArrayList<>();
    shown.forEach(span -> out.add(span.toString()));
    for (String w : words) {
      EvidenceSpan e = EvidenceSpan.parse(w);
      if (out.size() < EVIDENCE_SIZE && shown.stream().noneMatch(e::overlaps)) {
        out.add(w);
      }
    }
    return out;
  }

  /** A message with no letters: ratings, emoji and emoticons decide, in any language. */
  private Prediction symbols(Message m, LangGuess guess, boolean explain) {
    List<String> found = new ArrayList<>();
    Optional<double[]> p = symbols.classify(m.text(), found);
    if (p.isEmpty()) {
      return Prediction.failed(m.id(), guess.code(), guess.source(),
          "no words, ratings or symbols with a known meaning", guess.script());
    }
    return new Prediction(m.id(), guess.code(), guess.source(), Optional.of(Label.argmax(p.get())), p.get(),
        explain ? found.subList(0, Math.min(EVIDENCE_SIZE, found.size())) : List.of(), 0, 0, "", guess.script());
  }

  /** Probabilities in {@link Label} order, whatever order the model keeps its outcomes in. */
  public static double[] probabilities(DocumentCategorizerME cat, AnalyzerChain chain, String[] tokens, String text) {
    double[] raw = cat.categorize(tokens,
        FeatureSets.extraInformation(text, chain.lang(), chain.options().equals(AnalysisOptions.NONE)));
    double[] p = new double[Label.values().length];
    for (Label l : Label.values()) {
      int i = cat.getIndex(l.id());
      p[l.ordinal()] = i < 0 ? 0.0 : raw[i];
    }
    return p;
  }

  /**
   * The tokens whose removal lowers the label's log-odds most: leave-one-out, so it explains any
   * trainer (maxent, naive Bayes, perceptron) in the model's own terms. Log-odds of the raw
   * probabilities, not the calibrated ones: a confident model's probability sits at 0.9995 whatever
   * one word does, while its log-odds still move. Spans are offsets into {@code original}, the
   * message as it came, before {@code text} was folded.
   */
  private static List<String> evidence(Categorizer cat, AnalyzerChain chain, String[] tokens, String text,
      String original, Label label, double full) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>(List.of(tokens));
    record Effect(String token, double drop) {}
    List<Effect> effects = new ArrayList<>();
    int looked = 0;
    for (String t : distinct) {
      if (looked++ >= EVIDENCE_MAX_TOKENS) {
        break;
      }
      List<String> rest = new ArrayList<>(tokens.length);
      for (String u : tokens) {
        if (!u.equals(t)) {
          rest.add(u);
        }
      }
      double without = rest.isEmpty() ? 0.0 : logOdds(cat.probabilities(chain, rest.toArray(new String[0]), text), label);
      if (full - without > 0) {
        effects.add(new Effect(t, full - without));
      }
    }
    effects.sort(Comparator.comparingDouble(Effect::drop).reversed());
    List<String> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    List<AnalyzerChain.Token> located = chain.analyze(text);
    for (int i = 0; i < effects.size() && out.size() < EVIDENCE_SIZE; i++) {
      int[] at = span(chain, located, effects.get(i).token());
      if (at == null) {
        out.add(EvidenceSpan.unplaced(effects.get(i).token()).toString()); // the analysed form is all there is
      } else if (taken.stream().noneMatch(t -> t[0] < at[1] && at[0] < t[1])) { // one span per place
        taken.add(at);
        int[] o = original.equals(text) ? at : CompatibilityFolding.originalSpan(original, at[0], at[1]);
        out.add(EvidenceSpan.of(original, o[0], o[1]).toString());
      }
    }
    return out;
  }

  /**
   * Where a token stands in the message, as character offsets {@code [start, end)}: its first
   * occurrence, widened to take in a negator whose scope reaches it ("ei ollut hyvää" [8,22], not
   * "hyvää"), or, for a negator, the word next to it on the side it negates ("not good", "अच्छी
   * नहीं"); null when the token is not found again.
   */
  static int[] span(AnalyzerChain chain, List<AnalyzerChain.Token> located, String token) {
    LanguageProfile profile = LanguageProfile.of(chain.lang());
    NegationScope scope = profile.negationScope();
    for (int i = 0; i < located.size(); i++) {
      if (!located.get(i).term().equals(token)) {
        continue;
      }
      int start = located.get(i).start();
      int end = located.get(i).end();
      if (profile.isNegator(token)) {
        int k = scope.before() > 0 ? i - 1 : i + 1; // the side the language puts what it negates
        if (k >= 0 && k < located.size()) {
          start = Math.min(start, located.get(k).start());
          end = Math.max(end, located.get(k).end());
        }
        return new int[] {start, end};
      }
      for (int j = 0; j < located.size(); j++) {
        if (j != i && profile.isNegator(located.get(j).term()) && scope.reaches(j, i, i)) {
          start = Math.min(start, located.get(j).start());
          end = Math.max(end, located.get(j).end());
        }
      }
      return new int[] {start, end};
    }
    return null;
  }

  /** log p(label) - log p(any other label), kept finite for probabilities that underflow. */
  static double logOdds(double[] p, Label label) {
    double other = 0;
    for (Label l : Label.values()) {
      if (l != label) {
        other += p[l.ordinal()];
      }
    }
    return Math.log(Math.max(p[label.ordinal()], Double.MIN_NORMAL)) - Math.log(Math.max(other, Double.MIN_NORMAL));
  }
}

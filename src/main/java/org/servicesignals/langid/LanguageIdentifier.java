package org.servicesignals.langid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Lazy;
import org.servicesignals.core.Message;

/**
 * Decides a message's language and reads its script: a declared language always wins; else the
 * script decides (Devanagari is Hindi, Tamil script Tamil, Arabic script Urdu); else, for Latin
 * text, the small detector of the served Latin-script varieties ({@link LatinVarieties}: English,
 * Finnish, and Hindi, Urdu and Tamil typed in Latin letters) chooses when it has seen at least
 * {@link #KNOWN_SHARE} of the words; otherwise OpenNLP's 103-language detector
 * (opennlp-models-langdetect) chooses, restricted to English and Finnish, so that a French or
 * German message is still named as such and not forced into a model.
 *
 * <p>Romanised Hindi and Urdu are one spoken language in two literary traditions, and typed in
 * Latin letters they share most words: the detector gives the likelier of the two (Urdu from
 * {@code bohat}, {@code shukriya}, {@code dafa}, {@code waqt}; Hindi from {@code bahut},
 * {@code dhanyawad}, {@code samay}), and {@code evaluate} prints how often it confuses them.
 * The guess carries the text's script ({@code Latn}), so the romanised model reads it.
 *
 * <p>The detector is trained on sentences and is weak on a few words, so text of fewer than
 * {@link #MODEL_MIN_WORDS} words is decided by Finnish letters and function words first
 * ({@link ShortTextHints}). For longer text, a language the detector clearly prefers over both
 * English and Finnish is reported as that language, unsupported, rather than forced into a model
 * that cannot read it.
 *
 * <p>Each guess carries the probability that its language is right ({@link LangGuess#confidence}):
 * 1 when declared or read from a native script, the small detector's calibrated probability of the
 * language chosen for Latin text, whichever step chose it, so a word list or the wide detector
 * overruling the small one shows as a low value.
 *
 * <p>Thread-safe: OpenNLP's {@link ThreadSafeLanguageDetectorME} shares the model and keeps a detector per thread.
 * Each detector is read the first time a message needs it (most runs never need the 103-language
 * one, which takes most of a second to read), once whatever the threads; {@link #loadAll} reads
 * both now.
 */
public final class LanguageIdentifier {
  /** Below this many words the detector's guess is a coin toss between related languages. */
  static final int MODEL_MIN_WORDS = 4;
  /** Up to this many words, one English or Finnish word outweighs the detector's third language. */
  static final int SHORT_WORDS = 7;
  /**
   * How much more likely another language must be than English or Finnish before a message is
   * called unsupported. The detector spreads its probability over 103 languages, so its top score
   * is rarely above 0.05 and a clear French sentence scores about twice English; Finnish typed
   * without ä/ö leans towards Estonian, and English with brand names towards anything, which the
   * function-word hints rescue first.
   */
  static final double FOREIGN_MARGIN = 1.15;

  /**
   * Below this probability of the language chosen (Hindi and Urdu together), from the small
   * detector, the 103-language detector is asked whether the message is in another language.
   */
  static final double DOUBTED = 0.5;

  /** Words from one language's list (and none from the other's) that decide without the detector. */
  static final int STRONG_WORDS = 3;
  /** How much of a long message the detector reads. */
  static final int SAMPLE_CHARS = 240;
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final Set<String> SUPPORTED_LATIN = Set.of("eng", "fin");

  /**
   * Share of a message's words the small detector must have seen in training (in any of its
   * varieties) for its answer to stand. English and Finnish test messages have about 0.9 of their
   * words known, romanised ones 0.85-0.95; French, German or Spanish sentences well under half
   * ("Le service était correct, sans plus": 4 of 6 through shared words like "service").
   */
  static final double KNOWN_SHARE = 0.75;
  /**
   * Below {@link #KNOWN_SHARE}, a romanised answer still stands when half the words are known and
   * the wide detector calls the text one of {@link #ROMANISED_LOOKALIKES}.
   */
  static final double ROMANISED_SHARE = 0.5;
  /**
   * What the 103-language detector, which has no romanised Hindi, Urdu or Tamil, calls them: Tagalog,
   * Indonesian, Malay, Latin, Cebuano, Javanese, Sundanese, Waray (ISO 639-3).
   */
  static final Set<String> ROMANISED_LOOKALIKES = Set.of("tgl", "ind", "msa", "zlm", "lat", "ceb", "jav", "sun", "war");
  /**
   * What it calls romanised text of unusual spellings (Tanglish's doubled vowels, {@code dh}):
   * Estonian, Minangkabau, Somali, Swahili — trusted as romanised only with a romanised word in the
   * text ({@link ShortTextHints#romanised}).
   */
  static final Set<String> SPELLING_LOOKALIKES = Set.of("ekk", "est", "min", "som", "swa");

  /**
   * French, Spanish, Italian, German and Portuguese (ISO 639-3): the languages whose short sentences
   * share words with romanised Hindi, Urdu or Tamil ("Rien ne va plus": {@code ne}, {@code va}) and
   * which a romanised answer gives way to when the wide detector clearly prefers them.
   */
  static final Set<String> EUROPEAN = Set.of("fra", "spa", "ita", "deu", "por");

  private final Lazy<ThreadSafeLanguageDetectorME> detector;
  private final Lazy<LatinVarieties> varieties;

  public LanguageIdentifier(LanguageDetectorModel model, LatinVarieties varieties) {
    this(Lazy.ready(new ThreadSafeLanguageDetectorME(model)), Lazy.ready(varieties));
  }

  private LanguageIdentifier(Lazy<ThreadSafeLanguageDetectorME> detector, Lazy<LatinVarieties> varieties) {
    this.detector = detector;
    this.varieties = varieties;
  }

  /**
   * The langdetect model shipped in the opennlp-models-langdetect jar and our Latin-script
   * detector, each read when a message first needs it.
   */
  public static LanguageIdentifier load() {
    return new LanguageIdentifier(Lazy.of(LanguageIdentifier::wideDetector), Lazy.of(LatinVarietiesCard::shipped));
  }

  /** Reads both detectors now, if a message has not yet needed them; returns this. */
  public LanguageIdentifier loadAll() {
    detector.get();
    varieties.get();
    return this;
  }

  /** Whether the 103-language detector has been read. */
  boolean wideLoaded() {
    return detector.isDone();
  }

  private static ThreadSafeLanguageDetectorME wideDetector() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin is not on the classpath");
      }
      return new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language detection model", e);
    }
  }

  public LangGuess identify(Message m) {
    if (m.declaredLang().isPresent()) {
      return LangGuess.of(m.declaredLang().get(), LangSource.DECLARED)
          .withScript(ScriptDetector.detect(m.text()).code());
    }
    return identify(m.text());
  }

  public LangGuess identify(String text) {
    ScriptDetector.Script script = ScriptDetector.detect(text);
    return byScript(text, script).withScript(script.code());
  }

  private LangGuess byScript(String text, ScriptDetector.Script script) {
    switch (script) {
      case DEVANAGARI:
        return LangGuess.of(Lang.HI, LangSource.SCRIPT);
      case TAMIL:
        return LangGuess.of(Lang.TA, LangSource.SCRIPT);
      case ARABIC:
        return LangGuess.of(Lang.UR, LangSource.SCRIPT);
      case NONE:
        return LangGuess.unsupported(Lang.UNDETERMINED, LangSource.NONE, "no letters to identify a language by");
      case OTHER:
        return LangGuess.unsupported(Lang.UNDETERMINED, LangSource.SCRIPT,
            "unsupported writing system; supported languages are " + Lang.codes());
      default:
        return latin(text);
    }
  }

  /** Names already looked up: each look-up walks the JDK's languages, for every unsupported message. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** "French (fra)" for an ISO 639-3 code the JDK knows, else the code. */
  static String displayName(String iso3) {
    return NAMES.computeIfAbsent(iso3, LanguageIdentifier::lookUpName);
  }

  private static String lookUpName(String iso3) {
    for (String iso2 : Locale.getISOLanguages()) {
      Locale l = new Locale(iso2);
      if (l.getISO3Language().equals(iso3)) {
        return l.getDisplayLanguage(Locale.ENGLISH) + " (" + iso3 + ")";
      }
    }
    return "'" + iso3 + "'";
  }

  /**
   * The start of a long message, cut at a space: the detector's cost grows with the text, its
   * answer settles within a couple of sentences, and an e-mail's first lines are its own language.
   */
  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
    return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
  }

  /**
   * The language of Latin text, with the small detector's calibrated probability of that language as
   * its confidence whichever step decided it: the detector reads every Latin-script message, so a
   * word list or the wide detector overruling it shows as a low confidence.
   */
  private LangGuess latin(String text) {
    LatinVarieties.Guess small = varieties.get().identify(sample(text));
    LangGuess g = decideLatin(text, small);
    if (g.lang().isEmpty()) {
      return g;
    }
    LatinVarieties.Variety chosen = LatinVarieties.Variety.latin(g.lang().get());
    // a short romanised answer rests on few words, some of them shared with French ("ne", "va",
    // "la"), so the wide detector is asked about it too
    boolean shortRomanised = chosen.romanised() && Words.whitespaceSeparated(text) < SHORT_WORDS;
    if (family(small, chosen) < DOUBTED || shortRomanised) {
      Optional<LangGuess> foreign = foreign(text, chosen.romanised(), g.source());
      if (foreign.isPresent()) {
        return foreign.get();
      }
    }
    return g.withConfidence(small.probability(chosen));
  }

  /**
   * The small detector's probability of {@code chosen}, Hindi and Urdu counted together: a message
   * that could be either is not in doubt as Hindustani.
   */
  private static double family(LatinVarieties.Guess small, LatinVarieties.Variety chosen) {
    if (chosen == LatinVarieties.Variety.HI_LATN || chosen == LatinVarieties.Variety.UR_LATN) {
      return small.probability(LatinVarieties.Variety.HI_LATN) + small.probability(LatinVarieties.Variety.UR_LATN);
    }
    return small.probability(chosen);
  }

  /**
   * The language the 103-language detector clearly prefers over English and Finnish, for a message
   * whose supported language the small detector doubts: "Alles gut" has an English hint word and
   * "Super Service" only words Tanglish borrows, and either would otherwise be labelled by a model
   * that cannot read it. A romanised answer still stands against the languages the wide detector
   * mistakes romanised text for.
   */
  private Optional<LangGuess> foreign(String text, boolean romanised, LangSource source) {
    Language[] ranked = detector.get().predictLanguages(sample(text).toLowerCase(Locale.ROOT));
    double supported = 0;
    for (Language l : ranked) {
      if (SUPPORTED_LATIN.contains(l.getLang())) {
        supported = Math.max(supported, l.getConfidence());
      }
    }
    Language best = ranked[0];
    if (SUPPORTED_LATIN.contains(best.getLang()) || (romanised && !EUROPEAN.contains(best.getLang()))
        || best.getConfidence() <= FOREIGN_MARGIN * supported) {
      return Optional.empty();
    }
    return Optional.of(unsupported(best.getLang(), source));
  }

  private static LangGuess unsupported(String iso3, LangSource source) {
    return LangGuess.unsupported(Lang.UNDETERMINED, source, "language looks like " + displayName(iso3)
        + ", which is not supported (" + Lang.codes() + ")");
  }

  private LangGuess decideLatin(String text, LatinVarieties.Guess small) {
    int words = Words.whitespaceSeparated(text);
    ShortTextHints hints = ShortTextHints.of(text);
    if (hints.romanised() == 0) {
      if (words < MODEL_MIN_WORDS && hints.lang() != null) {
        return LangGuess.of(hints.lang(), LangSource.FALLBACK);
      }
      // several English (or Finnish) words and none of the other's, nor of romanised Hindi, Urdu or
      // Tamil, settle it without a detector, which would agree anyway
      if (hints.strongLang() != null && hints.english() + hints.finnish() >= STRONG_WORDS) {
        return LangGuess.of(hints.strongLang(), LangSource.FALLBACK);
      }
    }
    if (small.knownShare() >= KNOWN_SHARE) {
      return LangGuess.of(small.variety().lang(), words < MODEL_MIN_WORDS ? LangSource.FALLBACK : LangSource.MODEL);
    }
    return wide(text, words, hints, small);
  }

  /**
   * The 103-language detector, restricted to English and Finnish, for text the small detector has
   * not seen enough of; {@code small} is what the small detector said.
   */
  private LangGuess wide(String text, int words, ShortTextHints hints, LatinVarieties.Guess small) {
    // several English (or Finnish) words and none of the other's, nor of romanised Hindi, Urdu or
    // Tamil, settle it without the detector, which costs about 100 microseconds a message and would
    // agree anyway
    if (hints.romanised() == 0 && hints.strongLang() != null && hints.english() + hints.finnish() >= STRONG_WORDS) {
      return LangGuess.of(hints.strongLang(), LangSource.FALLBACK);
    }
    Language[] ranked = detector.get().predictLanguages(sample(text).toLowerCase(Locale.ROOT));
    double eng = 0;
    double fin = 0;
    for (Language l : ranked) {
      if (l.getLang().equals("eng")) {
        eng = l.getConfidence();
      } else if (l.getLang().equals("fin")) {
        fin = l.getConfidence();
      }
    }
    LangSource source = words < MODEL_MIN_WORDS ? LangSource.FALLBACK : LangSource.MODEL;
    Lang between = fin > eng ? Lang.FI : Lang.EN;
    Language best = ranked[0];
    if (SUPPORTED_LATIN.contains(best.getLang())) {
      return LangGuess.of(between, source);
    }
    // the detector prefers a third language. Romanised text whose words the small detector half
    // knows, with words of romanised Hindi, Urdu or Tamil among them, stays romanised when that
    // language is one the wide detector mistakes them for (Tagalog, Indonesian, and for unusual
    // spellings Estonian or Somali): English words borrowed into it do not make it English
    boolean romanised = small.variety().romanised() && small.knownShare() >= ROMANISED_SHARE;
    if (romanised && hints.romanised() > 0
        && (ROMANISED_LOOKALIKES.contains(best.getLang()) || SPELLING_LOOKALIKES.contains(best.getLang()))) {
      return LangGuess.of(small.variety().lang(), source);
    }
    // else trust English or Finnish words over it (any of them in a short message, where a single
    // name like "Chidi" sways the detector), else its margin
    Lang hinted = words < SHORT_WORDS ? hints.wordLang() : hints.strongLang();
    if (hinted != null) {
      return LangGuess.of(hinted, LangSource.FALLBACK);
    }
    // romanised text with unusual words looks like Tagalog or Indonesian to the wide detector
    if (romanised && ROMANISED_LOOKALIKES.contains(best.getLang())) {
      return LangGuess.of(small.variety().lang(), source);
    }
    if (best.getConfidence() > FOREIGN_MARGIN * Math.max(eng, fin)) {
      return unsupported(best.getLang(), source);
    }
    return LangGuess.of(between, source);
  }
}

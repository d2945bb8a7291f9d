package org.servicesignals.analysis.ta;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.analysis.BaseLanguageProfile;
import org.servicesignals.analysis.ElongationFilter;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.SievedIndicNormalization;
import org.servicesignals.analysis.Stage;
import org.servicesignals.analysis.TokenShapeFilter;
import org.servicesignals.core.Lang;
import org.tartarus.snowball.ext.TamilStemmer;

/**
 * Tamil: the parts of Lucene's TamilAnalyzer (decimal digits, Indic normalisation, Snowball), with
 * shapes, and இல்லை, ஆனால், மிகவும், இன்னும், முடியாது kept out of the stopwords.
 */
public final class TamilProfile extends BaseLanguageProfile {
  private static final Set<String> NEGATORS = Set.of("இல்லை", "இல்ல", "இல்லாமல்", "வேண்டாம்", "முடியாது", "கிடையாது");

  public TamilProfile() {
    super(Lang.TA, NEGATORS, new NegationScope(1, 0),
        Set.of("ஆனால்", "ஆனா", "ஆனாலும்", "இருந்தாலும்", "ஆயினும்"), Set.of());
  }

  /**
   * The words that stand with a negation ("nobody", "nothing", "not even"): between a predicate and
   * its negator they take no part ("சொன்ன நேரத்துக்கு ஒருத்தரும் வரேல்ல", nobody came at the time
   * they said; "ஒரு கால் கூட பண்ணல").
   */
  @Override
  public Set<String> scopeParticles() {
    return Set.of("யாரும்", "யாருமே", "ஒருத்தரும்", "ஒருத்தருமே", "ஒருவரும்", "ஒருவருமே", "எவரும்", "எதுவும்",
        "எதுவுமே", "ஒண்ணும்", "ஒண்ணுமே", "ஒன்றும்", "ஒன்றுமே", "ஒண்டும்", "ஒண்டுமே", "கூட", "ஒருநாளும்");
  }

  /** Also a word with its negation written on ({@link #fusedNegative}: வரவில்லை, வரல, வரேல்ல, சரியில்லை). */
  @Override
  public boolean negatesByRule(String token) {
    return fusedNegative(token);
  }

  @Override
  public boolean negatesBeyondList() {
    return true;
  }

  @Override
  public List<Stage> normalization() {
    return List.of(new Stage("lowercase", LowerCaseFilter::new),
        new Stage("digits", DecimalDigitFilter::new),
        new Stage("shapes", TokenShapeFilter::new),
        new Stage("elongation", ElongationFilter::new),
        new Stage("indic-normalization", SievedIndicNormalization::filter));
  }

  /** Snowball Tamil can strip a word to nothing: the empty tokens it leaves are dropped. */
  @Override
  public Optional<Stage> stemmer() {
    return Optional.of(new Stage("snowball-tamil-stem",
        ts -> new LengthFilter(new SnowballFilter(ts, new TamilStemmer()), 1, Integer.MAX_VALUE)));
  }

  /**
   * No stemming unless a model says so: the Snowball stemmer cuts the negative suffix (வரவில்லை
   * "did not come" becomes வர "come") and reduces short words to nothing.
   */
  @Override
  public AnalysisOptions defaultAnalysis() {
    return new AnalysisOptions(false, false);
  }

  @Override
  public Set<String> degreeWords() {
    return Set.of("இவ்வளவு", "இப்படி", "இப்படியொரு", "இப்படிப்பட்ட");
  }

  @Override
  public Set<String> everWords() {
    return Set.of("இதுவரை", "இதுவரைக்கும்", "ஒருபோதும்", "வாழ்க்கையில", "வாழ்க்கையிலே", "வாழ்நாளில்");
  }

  @Override
  public List<String> denialPhrases() {
    return List.of("சொல்ல முடியாது", "சொல்லவே முடியாது");
  }

  /** A word with the quotative ன்னு / னு (ஸ்டாஃப்னு, "staff", so to say): the clause before "can't say". */
  @Override
  public boolean quotesDeniedClause(String token) {
    return quoted(token) != null;
  }

  /** What {@code token} quotes, without its quotative; null when it has none. */
  private static String quoted(String token) {
    for (String quote : QUOTATIVES) {
      if (token.endsWith(quote) && token.length() > quote.length() + 1) {
        return token.substring(0, token.length() - quote.length());
      }
    }
    return null;
  }

  /** The clause comes first: "உதவியா இல்லன்னு சொல்ல முடியாது". */
  @Override
  public boolean deniedClauseAfter() {
    return false;
  }

  /**
   * A quoted negative: a negative verb or இல்லை with the quotative ன்னு / னு ("இல்லன்னு",
   * "கிடைக்காதுன்னு", "வரலன்னு"): the negation of the clause a denial phrase denies.
   */
  @Override
  public boolean negatesDeniedClause(String token) {
    String quoted = quoted(token);
    return quoted != null && negativeStem(quoted);
  }

  private static final List<String> QUOTATIVES = List.of("ன்னு", "னு", "ண்ணு", "ன்று");

  /** A negator, or a negative verb or இல்லை before a quotative: {@link #fusedNegative}, or -ாது (கிடைக்காது). */
  private static boolean negativeStem(String stem) {
    return NEGATORS.contains(stem) || fusedNegative(stem) || stem.endsWith("ாது");
  }

  /**
   * A word with its negation written on: a verb's -வில்லை (வரவில்லை), -தில்லை (வந்ததில்லை), Sri
   * Lankan -ேல்ல / -ேல்லை (வரேல்ல, பாக்கேல்லை), the spoken -ல after a bare consonant (வரல, பண்ணல,
   * எடுக்கல); a noun's or adjective's -யில்லை after -இ / -ஐ (சரியில்லை, பிரச்சனையில்ல) or -மில்லை
   * (ஒண்ணுமில்ல), the spoken -லை after a bare consonant (வரலை). Not the spoken locative after a
   * vowel sign or a virama (கடைல, அதுல, பில்ல "in the bill", மெயில்ல "in the mail", ரயில்ல,
   * ஜிம்மில்ல), not பரவாயில்லை ("never mind, it's fine"), nor a two-letter word (பல, many), nor a
   * few words that only look negative (கவலை "worry", மலை, தலை, கோவில்ல "in the temple", முதல).
   */
  public static boolean fusedNegative(String token) {
    char last = token.isEmpty() ? 0 : token.charAt(token.length() - 1);
    if (last != 'ை' && last != 'ல' && last != 'ே') {
      return false; // every ending below ends in one of these three: most words go no further
    }
    if (NOT_NEGATIVE.contains(token)) {
      return false;
    }
    for (String ending : FUSED) {
      if (token.endsWith(ending) && token.length() > ending.length() + 1) {
        return true;
      }
    }
    for (String ending : NOUN_FUSED) {
      int at = token.length() - ending.length() - 1; // the letter before the ending
      if (token.endsWith(ending) && at >= 1) {
        char glide = token.charAt(at);
        char vowel = token.charAt(at - 1);
        if (glide == 'ம' && vowel != VIRAMA || glide == 'ய' && (vowel == 'ி' || vowel == 'ை')) {
          return true;
        }
      }
    }
    boolean spoken = token.endsWith("ல") || token.endsWith("லை"); // வரல, வரலை
    if (spoken && token.length() >= 3) {
      char before = token.charAt(token.length() - (token.endsWith("ல") ? 2 : 3));
      return before >= '\u0B95' && before <= '\u0BB9';
    }
    return false;
  }

  /**
   * A noun's or adjective's adverb, adjective and "became" forms: after -இ / -ஐ with the glide ய
   * (திருப்தி → திருப்தியா, திருப்தியாக, திருப்தியான, சரியாச்சு; அருமை → அருமையான), after a
   * consonant's -ம் in place of its pulli (சுத்தம் → சுத்தமா, சுத்தமான). So "திருப்தியா இல்லை" is a
   * negated திருப்தியா, not an unknown word beside a negator. Not from a negative (ஏமாற்றவில்லை: its
   * -ஆ makes a question, "didn't they cheat?"), nor from a word ending in another consonant or in a
   * vowel's -ம், as finite verbs do (உதவினார் → உதவினாரா, "did he help?"; நம்பலாம் → நம்பலாமா, "can
   * they be trusted?"; கேட்டும்).
   */
  @Override
  public List<String> derivedForms(String word) {
    String stem;
    if (NEGATORS.contains(word) || fusedNegative(word)) {
      return List.of();
    } else if (word.endsWith("ி") || word.endsWith("ை")) {
      stem = word + "ய";
    } else if (word.endsWith("ம்") && word.length() > 2 && isConsonant(word.charAt(word.length() - 3))) {
      stem = word.substring(0, word.length() - 1);
    } else {
      return List.of();
    }
    List<String> forms = new java.util.ArrayList<>(ADVERBIAL.size());
    for (String ending : ADVERBIAL) {
      forms.add(stem + ending);
    }
    return forms;
  }

  private static boolean isConsonant(char c) {
    return c >= '\u0B95' && c <= '\u0BB9';
  }

  private static final List<String> ADVERBIAL = List.of("ா", "ாக", "ாகவே", "ான", "ாச்சு", "ாயிடுச்சு");
  private static final List<String> NOUN_FUSED = List.of("ில்லை", "ில்ல", "ில்லே");
  private static final List<String> FUSED = List.of("வில்லை", "வில்ல", "வில்லே", "தில்லை", "தில்ல", "தில்லே", "ேல்லை",
      "ேல்ல");
  /** Words ending in -ல after a bare consonant that are not negative: "from", a loanword typed without its pulli, names. */
  private static final Set<String> NOT_NEGATIVE = Set.of("முதல", "கேன்சல", "கமல", "விமல", "அமல", "நிர்மல", "கவல",
      "கவலை", "மலை", "வலை", "கலை", "தலை", "கோவில்ல", "கோவில்லை");
  private static final char VIRAMA = '\u0BCD';
}

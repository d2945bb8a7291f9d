package org.servicesignals.analysis;

/**
 * The switches an ablation turns: both are on by default where they help, and the model card
 * records which were used, so a model is always analysed the way it was trained.
 *
 * @param stopwords remove the language's (audited) stopwords
 * @param stem apply the language's stemmer, where it has one
 */
public record AnalysisOptions(boolean stopwords, boolean stem) {
  public static final AnalysisOptions DEFAULT = new AnalysisOptions(true, true);

  /**
   * The analyses {@code train} cross-validates for a language. Stopword removal is not among them:
   * on every language's corpus it lowers macro-F1 (function words like से, ने, ja, the carry tone in
   * bigrams), which {@code evaluate --ablation} shows. Urdu has no stemmer, so only "none" differs.
   */
  public static java.util.List<AnalysisOptions> candidatesFor(org.servicesignals.core.Lang lang) {
    AnalysisOptions none = new AnalysisOptions(false, false);
    return lang == org.servicesignals.core.Lang.UR ? java.util.List.of(none)
        : java.util.List.of(none, new AnalysisOptions(false, true));
  }

  /**
   * What {@code analyze} shows when no model says otherwise: stemming without stopword removal,
   * except for Tamil, whose Snowball stemmer cuts the negative suffix (வரவில்லை "did not come"
   * becomes வர "come") and reduces short words to nothing.
   */
  public static AnalysisOptions defaultFor(org.servicesignals.core.Lang lang) {
    return new AnalysisOptions(false, lang != org.servicesignals.core.Lang.TA);
  }

  /** Reads "stop+stem", "stop", "stem" or "none": the form the model card stores. */
  public static AnalysisOptions parse(String s) {
    return switch (s) {
      case "stop+stem" -> new AnalysisOptions(true, true);
      case "stop" -> new AnalysisOptions(true, false);
      case "stem" -> new AnalysisOptions(false, true);
      case "none" -> new AnalysisOptions(false, false);
      default -> throw new IllegalArgumentException(
          "unknown analysis options '" + s + "': use stop+stem, stop, stem or none");
    };
  }

  @Override
  public String toString() {
    if (stopwords && stem) {
      return "stop+stem";
    }
    return stopwords ? "stop" : stem ? "stem" : "none";
  }
}

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
  /** Normalisation only: no stopwords, no stemming. */
  public static final AnalysisOptions NONE = new AnalysisOptions(false, false);

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

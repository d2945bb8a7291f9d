package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.servicesignals.analysis.Transliteration;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.Sample;

/**
 * Hindi, Urdu and Tamil typed in Latin letters, per variety ({@code hi-Latn}, {@code ur-Latn},
 * {@code ta-Latn}), on their test splits: language identification with nothing declared (right
 * means the language and the script {@code Latn}; also counted as "Hindi or Urdu", since the two
 * share most romanised words, and what the messages were taken for; and how the language confidence
 * fares: accuracy among the messages at or above {@link Prediction#LANG_REVIEW_BELOW}, the share it
 * keeps, and its calibration error), and classification three
 * ways — the language declared (the romanised model), the language detected (end to end, a wrong
 * language counting as whatever its model says), and the English model, which is what read these
 * messages before there was a romanised model — and a fourth: the messages transliterated into the
 * language's own script and read by its native model, the other road to the same labels.
 *
 * @param rows per variety
 */
public record RomanisedReport(@JsonValue Map<String, Row> rows) {
  /**
   * @param messages test messages
   * @param right identified as their language in Latin script
   * @param longMessages messages of 4+ words
   * @param longRight of those, identified right
   * @param hindiOrUrdu identified as Hindi or Urdu in Latin script (for hi-Latn and ur-Latn)
   * @param longHindiOrUrdu the same on 4+ words
   * @param calledAs what the messages were identified as: {@code hi}, {@code ur}, {@code en}, {@code und} …
   * @param confident messages whose language confidence is at least {@link Prediction#LANG_REVIEW_BELOW}
   * @param confidentRight of those, identified right
   * @param langEce expected calibration error of the language confidence ({@link Reliability}; a
   *     message with no language counts as confidence 0, wrong)
   * @param declared classification with the language declared
   * @param detected classification with the language detected
   * @param english classification by the English model
   * @param transliterated classification by the native model of the messages written in the
   *     language's own script ({@link Transliteration}), the language declared
   */
  @JsonPropertyOrder(alphabetic = true)
  public record Row(int messages, int right, @JsonProperty("long_4plus_words") int longMessages,
      @JsonProperty("long_right") int longRight, @JsonProperty("hindi_or_urdu") int hindiOrUrdu,
      @JsonProperty("long_hindi_or_urdu") int longHindiOrUrdu,
      @JsonProperty("identified_as") Map<String, Integer> calledAs,
      @JsonProperty("lang_confidence_at_least_threshold") int confident,
      @JsonProperty("lang_confidence_at_least_threshold_right") int confidentRight,
      @JsonProperty("lang_confidence_ece") double langEce,
      @JsonProperty("classification_language_declared") ClassificationReport.Row declared,
      @JsonProperty("classification_language_detected") ClassificationReport.Row detected,
      @JsonProperty("classification_by_the_english_model") ClassificationReport.Row english,
      @JsonProperty("classification_transliterated_by_the_native_model") ClassificationReport.Row transliterated) {
    @JsonProperty("accuracy")
    public double accuracy() {
      return Numbers.share(right, messages);
    }

    @JsonProperty("long_accuracy")
    public double longAccuracy() {
      return Numbers.share(longRight, longMessages);
    }

    /** Language-ID accuracy among the messages whose language confidence reaches the threshold. */
    @JsonProperty("lang_confidence_at_least_threshold_accuracy")
    public double confidentAccuracy() {
      return Numbers.share(confidentRight, confident);
    }
  }

  public RomanisedReport {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** Scores {@code tests}, the romanised test split of each language, with {@code classifier}. */
  public static RomanisedReport of(Classifier classifier, Map<Lang, List<Sample>> tests, int bootstrap) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (var e : tests.entrySet()) {
      Lang lang = e.getKey();
      int right = 0;
      int longMessages = 0;
      int longRight = 0;
      int hindustani = 0;
      int longHindustani = 0;
      Map<String, Integer> calledAs = new TreeMap<>();
      int confident = 0;
      int confidentRight = 0;
      double[] confidence = new double[e.getValue().size()];
      boolean[] correct = new boolean[confidence.length];
      int i = 0;
      for (Sample s : e.getValue()) {
        LangGuess g = classifier.languages().identify(s.text());
        boolean isLong = LanguageIdReport.words(s.text()) >= LanguageIdReport.LONG_WORDS;
        boolean ok = g.latin() && g.lang().filter(lang::equals).isPresent();
        boolean hu = g.latin() && g.lang().filter(l -> l == Lang.HI || l == Lang.UR).isPresent();
        right += ok ? 1 : 0;
        hindustani += hu ? 1 : 0;
        longMessages += isLong ? 1 : 0;
        longRight += isLong && ok ? 1 : 0;
        longHindustani += isLong && hu ? 1 : 0;
        calledAs.merge(g.code(), 1, Integer::sum);
        confidence[i] = Double.isNaN(g.confidence()) ? 0 : g.confidence();
        correct[i++] = ok;
        if (g.confidence() >= Prediction.LANG_REVIEW_BELOW) {
          confident++;
          confidentRight += ok ? 1 : 0;
        }
      }
      ModelBundle native_ = classifier.models().get(lang);
      Optional<ModelBundle> romanised = native_ == null ? Optional.empty() : native_.romanised();
      ClassificationReport.Row declared = null;
      ClassificationReport.Row detected = null;
      if (romanised.isPresent()) {
        ModelCard card = romanised.get().card();
        String model = card.trainer().get("Algorithm") + " / " + card.features();
        double baseline = card.test() == null ? Double.NaN : card.test().majorityBaselineMacroF1();
        declared = ClassificationReport.row(classifier, Optional.of(lang), e.getValue(), bootstrap, model, baseline);
        detected = ClassificationReport.row(classifier, Optional.empty(), e.getValue(), bootstrap, model, baseline);
      }
      ClassificationReport.Row english = classifier.models().containsKey(Lang.EN)
          ? ClassificationReport.row(classifier, Optional.of(Lang.EN), e.getValue(), bootstrap, "en model", Double.NaN)
          : null;
      ClassificationReport.Row transliterated = null;
      if (native_ != null && Transliteration.covers(lang)) {
        List<Sample> written = e.getValue().stream().map(x -> new Sample(x.id(), x.label(),
            Transliteration.toNative(lang, x.text()), x.domain(), x.channel())).toList();
        ModelCard card = native_.card();
        transliterated = ClassificationReport.row(classifier, Optional.of(lang), written, bootstrap,
            lang.code() + " model, transliterated", card.test() == null ? Double.NaN
                : card.test().majorityBaselineMacroF1());
      }
      rows.put(lang.code() + ModelCard.ROMANISED_SUFFIX, new Row(e.getValue().size(), right, longMessages, longRight,
          hindustani, longHindustani, calledAs, confident, confidentRight,
          Numbers.round(Reliability.expectedCalibrationError(confidence, correct)), declared, detected, english,
          transliterated));
    }
    return new RomanisedReport(rows);
  }
}

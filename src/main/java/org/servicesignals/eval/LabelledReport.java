package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * The models on a user's labelled file: the scores per language (sorted by code) and for all
 * messages, and language identification where the file gives each row's true language.
 *
 * @param classes the classes scored
 * @param groups per language code, then {@code all}
 * @param languageIdentification per gold language and {@code all}; null without a gold language column
 */
@JsonPropertyOrder({"classes", "groups", "language_identification"})
public record LabelledReport(List<String> classes, Map<String, GroupScores> groups,
    @JsonProperty("language_identification") LanguageIdReport languageIdentification) {
  /** The group of every message. */
  public static final String ALL = "all";

  /** Scores what {@code scoring} has read; {@code ids} identifies the languages of rows with a gold language. */
  public static LabelledReport of(LabelledScoring scoring, LanguageIdentifier ids, boolean goldLanguages,
      int resamples, long seed) {
    Map<String, List<LabelledScoring.Scored>> byGroup = new java.util.TreeMap<>();
    for (LabelledScoring.Scored s : scoring.scored()) {
      byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
    }
    Map<String, GroupScores> groups = new LinkedHashMap<>();
    byGroup.forEach((g, rows) -> groups.put(g, GroupScores.of(scoring.classes(), rows, resamples, seed)));
    groups.put(ALL, GroupScores.of(scoring.classes(), scoring.scored(), resamples, seed));
    return new LabelledReport(scoring.classes(), groups,
        goldLanguages ? LanguageIdReport.of(ids, scoring.byGoldLanguage()) : null);
  }
}

package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicesignals.analysis.CompatibilityFolding;

/**
 * Whether a model is scored on messages it was trained on. A model card names each training file
 * with its SHA-256; the file found with that hash is read, each message's normalised text hashed
 * ({@link #fingerprint}) and compared with the scored messages'. Any overlap makes the scores
 * optimistic — a reshuffled split scores far above what the model does on new messages — so it is
 * reported for every model, and the reports say so loudly.
 *
 * @param models per language code
 */
public record Leakage(@JsonValue Map<String, ModelCheck> models) {
  /** Overlapping messages listed per model, at most. */
  public static final int EXAMPLES = 5;

  /**
   * One model's check.
   *
   * @param trainingFiles the training files the card names, to where they were found (null: not found)
   * @param checked whether every training file was found with the card's hash and compared
   * @param reason why it was not checked; null when it was
   * @param scored scored messages of this model
   * @param overlapping scored messages whose normalised text is in the training data
   * @param examples some of those messages
   */
  @JsonPropertyOrder({"checked", "scored", "overlapping", "overlap_share", "training_files", "reason", "examples"})
  public record ModelCheck(@JsonProperty("training_files") Map<String, String> trainingFiles, boolean checked,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reason, int scored, int overlapping,
      List<String> examples) {
    @JsonProperty("overlap_share")
    public double overlapShare() {
      return Numbers.share(overlapping, scored);
    }

    @JsonIgnore
    public boolean leaks() {
      return overlapping > 0;
    }
  }

  /**
   * A model's training messages as found: the fingerprints of every message of the files found,
   * and the files (to where found, or null) the card names.
   */
  public record Training(Map<String, String> files, Set<String> fingerprints) {
    public boolean complete() {
      return files.values().stream().allMatch(java.util.Objects::nonNull);
    }
  }

  /** The check of each model that scored messages: {@code scored} per language code, {@code training} likewise. */
  public static Leakage of(Map<String, Training> training, Map<String, ? extends Collection<String>> scored) {
    Map<String, ModelCheck> out = new LinkedHashMap<>();
    for (var e : scored.entrySet()) {
      Training t = training.get(e.getKey());
      if (t == null) {
        continue; // no model of its own (und: the symbol table)
      }
      int overlapping = 0;
      List<String> examples = new ArrayList<>();
      for (String text : e.getValue()) {
        if (t.fingerprints().contains(fingerprint(text))) {
          overlapping++;
          if (examples.size() < EXAMPLES) {
            examples.add(text);
          }
        }
      }
      String reason = t.complete() ? null : "training files not found with the hash on the model card: "
          + t.files().entrySet().stream().filter(f -> f.getValue() == null).map(Map.Entry::getKey).toList()
          + " (overlap counted with the files found)";
      out.put(e.getKey(), new ModelCheck(t.files(), t.complete(), reason, e.getValue().size(), overlapping, examples));
    }
    return new Leakage(out);
  }

  /** Whether any model was scored on a message it was trained on. */
  public boolean leaks() {
    return models.values().stream().anyMatch(ModelCheck::leaks);
  }

  /** One warning line per leaking or unchecked model, for standard error. */
  public List<String> warnings() {
    List<String> w = new ArrayList<>();
    models.forEach((lang, c) -> {
      if (c.leaks()) {
        w.add(String.format(Locale.ROOT, "WARNING: leakage: %d of %d messages scored by the %s model (%.1f%%) are in "
            + "its training data %s; its scores on them are optimistic, not a measure of new messages", c.overlapping(),
            c.scored(), lang, 100.0 * c.overlapping() / c.scored(), c.trainingFiles().keySet()));
      }
      if (!c.checked()) {
        w.add("note: leakage of the " + lang + " model not fully checked: " + c.reason());
      }
    });
    return w;
  }

  /**
   * The fingerprint of a message: SHA-256 (first 16 hex digits) of its text folded as the analysis
   * folds it (compatibility forms), lower-cased, with runs of white space made one space. Copies
   * that differ only in case, spacing or presentation forms are the same message.
   */
  public static String fingerprint(String text) {
    String norm = CompatibilityFolding.fold(text == null ? "" : text).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").strip();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

package org.servicesignals.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicesignals.analysis.CompatibilityFolding;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.core.LangGuess;
import org.servicesignals.core.Letters;
import org.servicesignals.core.Message;
import org.servicesignals.core.Sample;
import org.servicesignals.core.SourceRow;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * A user's labelled rows, sorted into labelled messages per language. Each row's language is its
 * declared one (a language column's non-empty cell, else {@code --lang}) or the one
 * {@link LanguageIdentifier} finds, as {@code classify} would decide it.
 *
 * <p>A row that cannot teach a model is set aside with its reason, and counted: no label, no text,
 * no letters (ratings and emoji are read by the symbol table, never by a model), a language no
 * model reads. A row that is wrong — a label the map does not know, a broken record, bytes that
 * are not UTF-8 — is an error: training on a file half understood would teach the wrong thing
 * quietly, so the caller refuses the whole input and names every such row.
 */
public final class LabelledRows {
  /**
   * Where a row's parts are.
   *
   * @param text the message column
   * @param label the label column
   * @param id the id column; empty means {@code file:line} is the id
   * @param lang a column declaring each row's language (empty cells and {@code und} are identified)
   * @param declared one language for every row (a language column's non-empty cell wins)
   * @param labels what the label cells mean
   */
  public record Columns(String text, String label, Optional<String> id, Optional<String> lang,
      Optional<Lang> declared, LabelMap labels) {
    public Columns {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(declared, "declared");
      Objects.requireNonNull(labels, "labels");
    }
  }

  /** Set-aside reasons, as counted by {@link #skipped()}. */
  public static final String NO_LABEL = "no label";
  public static final String NO_TEXT = "no text";
  public static final String NO_LETTERS = "no letters (the symbol table reads ratings and emoji, not the models)";
  public static final String NO_LANGUAGE = "no supported language";

  private final LanguageIdentifier languages;
  private final Map<Lang, List<Sample>> byLanguage = new EnumMap<>(Lang.class);
  private final List<RowProblem> errors = new ArrayList<>();
  private final List<RowProblem> setAside = new ArrayList<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private int read;

  public LabelledRows(LanguageIdentifier languages) {
    this.languages = languages;
  }

  /** Reads {@code row} of {@code source}, its parts where {@code columns} says, its label from the label column. */
  public void add(String source, SourceRow row, Columns columns) {
    read++;
    if (!row.error().isEmpty()) {
      errors.add(new RowProblem(source, row.line(), row.error()));
      return;
    }
    String cell = row.fields().getOrDefault(columns.label(), "");
    if (cell.isBlank()) {
      skip(source, row, NO_LABEL);
      return;
    }
    Optional<Label> label = columns.labels().label(cell);
    if (label.isEmpty()) {
      errors.add(new RowProblem(source, row.line(), "column '" + columns.label() + "': '" + cell
          + "' is not a label (exceptional, good, poor)" + (columns.labels().mapped().isEmpty()
          ? "; map other values with --label-map, e.g. 1=poor,3=good,5=exceptional"
          : " nor a value --label-map names " + new java.util.TreeSet<>(columns.labels().mapped().keySet()))));
      return;
    }
    sort(source, row, columns, label.get());
  }

  /** Reads {@code row} of {@code source} with {@code label} given (a correction); the label column is not read. */
  public void add(String source, SourceRow row, Columns columns, Label label) {
    read++;
    if (!row.error().isEmpty()) {
      errors.add(new RowProblem(source, row.line(), row.error()));
      return;
    }
    sort(source, row, columns, label);
  }

  private void sort(String source, SourceRow row, Columns columns, Label label) {
    String text = CompatibilityFolding.fold(row.fields().getOrDefault(columns.text(), "")); // as classify reads it
    if (row.structured().containsKey(columns.text())) {
      errors.add(new RowProblem(source, row.line(), "column '" + columns.text() + "' holds a JSON "
          + row.structured().get(columns.text()) + ", not text"));
      return;
    }
    if (text.indexOf('\uFFFD') >= 0) {
      errors.add(new RowProblem(source, row.line(), "the text has bytes that are not valid UTF-8 (shown as U+FFFD); "
          + "fix the file's encoding"));
      return;
    }
    if (text.isBlank()) {
      skip(source, row, NO_TEXT);
      return;
    }
    if (!Letters.anyIn(text)) {
      skip(source, row, NO_LETTERS);
      return;
    }
    Optional<Lang> declared = columns.declared();
    if (columns.lang().isPresent()) {
      String v = row.fields().getOrDefault(columns.lang().get(), "").strip();
      if (!v.isEmpty() && !v.equals(Lang.UNDETERMINED)) {
        declared = Lang.parse(v);
        if (declared.isEmpty()) {
          skip(source, row, NO_LANGUAGE + " ('" + v + "' in column '" + columns.lang().get() + "')");
          return;
        }
      }
    }
    String id = columns.id().map(c -> row.fields().getOrDefault(c, "")).filter(s -> !s.isBlank())
        .orElse(source + ":" + row.line());
    LangGuess guess = languages.identify(new Message(id, text, declared));
    if (guess.lang().isEmpty()) {
      skip(source, row, NO_LANGUAGE);
      return;
    }
    byLanguage.computeIfAbsent(guess.lang().get(), l -> new ArrayList<>()).add(new Sample(id, label, text, "", ""));
  }

  private void skip(String source, SourceRow row, String reason) {
    skipped.merge(reason, 1, Integer::sum);
    setAside.add(new RowProblem(source, row.line(), reason));
  }

  /** Rows read so far. */
  public int read() {
    return read;
  }

  /** The labelled messages per language, each list in input order. */
  public Map<Lang, List<Sample>> byLanguage() {
    Map<Lang, List<Sample>> out = new EnumMap<>(Lang.class);
    byLanguage.forEach((l, s) -> out.put(l, List.copyOf(s)));
    return Collections.unmodifiableMap(out);
  }

  /** Rows that are wrong, in input order: the input must not be used until they are fixed. */
  public List<RowProblem> errors() {
    return List.copyOf(errors);
  }

  /** Rows set aside, in input order, with their reasons. */
  public List<RowProblem> setAside() {
    return List.copyOf(setAside);
  }

  /** How many rows were set aside, per reason. */
  public Map<String, Integer> skipped() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }
}

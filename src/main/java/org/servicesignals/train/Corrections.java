package org.servicesignals.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Label;
import org.servicesignals.core.SourceRow;

/**
 * A file of corrections — columns {@code id} and {@code label} — to be joined to a scored export
 * (the output of {@code classify} or {@code triage}) by its id column: each corrected row's text
 * and language come from the export, its label from the correction. Only corrected rows are
 * used: an uncorrected row's label is the model's own guess, and a model learns nothing from
 * being told what it already said.
 */
public final class Corrections {
  public static final String ID = "id";
  public static final String LABEL = "label";

  private record Entry(Label label, long line) {}

  private final String source;
  private final Map<String, Entry> byId;
  private final List<RowProblem> errors;
  private final java.util.Set<String> joined = new java.util.HashSet<>();

  private Corrections(String source, Map<String, Entry> byId, List<RowProblem> errors) {
    this.source = source;
    this.byId = byId;
    this.errors = List.copyOf(errors);
  }

  /**
   * Reads the corrections of {@code source} ({@code columns} is its header); a label the map does
   * not know, an empty id, or one id corrected to two labels is an error, with its line.
   */
  public static Corrections read(String source, List<String> columns, Iterator<SourceRow> rows, LabelMap labels) {
    for (String need : List.of(ID, LABEL)) {
      if (!columns.contains(need)) {
        throw new InputException(source, 1, "a corrections file needs the columns 'id' and 'label'; it has " + columns);
      }
    }
    Map<String, Entry> byId = new LinkedHashMap<>();
    List<RowProblem> errors = new ArrayList<>();
    while (rows.hasNext()) {
      SourceRow r = rows.next();
      if (!r.error().isEmpty()) {
        errors.add(new RowProblem(source, r.line(), r.error()));
        continue;
      }
      String id = r.fields().getOrDefault(ID, "").strip();
      String cell = r.fields().getOrDefault(LABEL, "");
      if (id.isEmpty()) {
        errors.add(new RowProblem(source, r.line(), "no id"));
        continue;
      }
      Optional<Label> label = labels.label(cell);
      if (label.isEmpty()) {
        errors.add(new RowProblem(source, r.line(), "'" + cell + "' is not a label (exceptional, good, poor)"));
        continue;
      }
      Entry before = byId.putIfAbsent(id, new Entry(label.get(), r.line()));
      if (before != null && before.label() != label.get()) {
        errors.add(new RowProblem(source, r.line(), "id '" + id + "' is corrected to " + label.get().id()
            + " here and to " + before.label().id() + " on line " + before.line()));
      }
    }
    return new Corrections(source, byId, errors);
  }

  /** The corrected label of a scored row whose id is {@code id}; empty when it has none. */
  public Optional<Label> label(String id) {
    Entry e = byId.get(id == null ? "" : id.strip());
    if (e == null) {
      return Optional.empty();
    }
    joined.add(id.strip());
    return Optional.of(e.label());
  }

  /** Corrections that are wrong in themselves. */
  public List<RowProblem> errors() {
    return errors;
  }

  /** How many corrections there are. */
  public int size() {
    return byId.size();
  }

  /** Corrections whose id no scored row had, so far: call after the whole export is read. */
  public List<RowProblem> unknown(String scoredName) {
    List<RowProblem> out = new ArrayList<>();
    byId.forEach((id, e) -> {
      if (!joined.contains(id)) {
        out.add(new RowProblem(source, e.line(), "id '" + id + "' is not in " + scoredName));
      }
    });
    return out;
  }
}

package org.servicesignals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.core.InputException;
import org.servicesignals.core.SourceRow;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.io.Inputs;
import org.servicesignals.io.Row;
import org.servicesignals.io.RowSource;
import org.servicesignals.train.Corrections;
import org.servicesignals.train.LabelledRows;
import org.servicesignals.train.RowProblem;

/**
 * Feeds labelled files, and corrections joined to a scored export, to {@link LabelledRows}: the
 * reading ({@code io}) the library may not do itself. Records each file's SHA-256 for the cards.
 */
final class LabelledFiles {
  private final Map<String, String> hashes = new LinkedHashMap<>();
  private final List<RowProblem> unknownCorrections = new ArrayList<>();
  private final List<RowProblem> correctionErrors = new ArrayList<>();

  /** Each file's SHA-256, by the path it was given as. */
  Map<String, String> hashes() {
    return hashes;
  }

  /** Corrections whose id is not in the scored export. */
  List<RowProblem> unknownCorrections() {
    return unknownCorrections;
  }

  /** Corrections that are wrong in themselves. */
  List<RowProblem> correctionErrors() {
    return correctionErrors;
  }

  /** Reads every row of {@code file} into {@code rows}, its label from the label column. */
  void read(Path file, LabelledRows.Columns columns, LabelledRows rows) throws IOException {
    try (RowSource in = open(file)) {
      in.hasNext();
      check(in, columns, true);
      while (in.hasNext()) {
        rows.add(in.name(), in.next().source(), columns);
      }
    }
  }

  /**
   * Joins the corrections ({@code id,label}) to the rows of the scored export with those ids,
   * keyed by the id column, and reads the corrected rows into {@code rows}. Without a declared
   * language, the export's own {@code lang} column (what {@code classify} decided) declares it.
   */
  void readCorrections(Path corrections, Path scored, LabelledRows.Columns columns, LabelledRows rows)
      throws IOException {
    Corrections fixes;
    try (RowSource in = open(corrections)) {
      in.hasNext();
      fixes = Corrections.read(in.name(), in.columns(), sourceRows(in), columns.labels());
    }
    correctionErrors.addAll(fixes.errors());
    String idColumn = columns.id().orElseThrow(() -> new InputException(scored.toString(),
        "--id-column names the column of the scored export the corrections' ids are in"));
    try (RowSource in = open(scored)) {
      in.hasNext();
      LabelledRows.Columns c = columns.lang().isEmpty() && columns.declared().isEmpty() && in.columns().contains("lang")
          ? new LabelledRows.Columns(columns.text(), columns.label(), columns.id(), java.util.Optional.of("lang"),
              columns.declared(), columns.labels())
          : columns;
      check(in, c, false);
      while (in.hasNext()) {
        Row r = in.next();
        String id = r.fields().get(idColumn);
        fixes.label(id).ifPresent(l -> rows.add(in.name(), r.source(), c, l));
      }
      unknownCorrections.addAll(fixes.unknown(in.name()));
    }
  }

  private RowSource open(Path file) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, "no such file");
    }
    String format = Inputs.formatOf(name);
    if (format == null) {
      throw new InputException(name, "unknown input format: use .csv .tsv .jsonl .xlsx");
    }
    hashes.put(name, CorpusFiles.sha256(file));
    return Inputs.open(file, format);
  }

  private static void check(RowSource in, LabelledRows.Columns c, boolean needLabel) {
    List<String> have = in.columns();
    List<String[]> need = new ArrayList<>();
    need.add(new String[] {c.text(), "--text-column"});
    if (needLabel) {
      need.add(new String[] {c.label(), "--label-column"});
    }
    c.id().ifPresent(id -> need.add(new String[] {id, "--id-column"}));
    c.lang().ifPresent(l -> need.add(new String[] {l, "--lang-column"}));
    for (String[] n : need) {
      if (!have.contains(n[0])) {
        throw new InputException(in.name(), 1, n[1] + " '" + n[0] + "' is not a column; columns are " + have);
      }
    }
  }

  private static Iterator<SourceRow> sourceRows(RowSource in) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public SourceRow next() {
        return in.next().source();
      }
    };
  }
}

package org.servicesignals.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.core.Label;
import org.servicesignals.core.Lang;
import org.servicesignals.eval.LabelledScoring;
import org.servicesignals.train.LabelMap;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a user's labelled file is read by {@code evaluate FILE} and {@code cross-validate FILE}: the
 * columns of {@code classify}, the label column and what its cells mean.
 */
final class LabelledFileOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--text-column", description = "Column with the message (default: 'text', or the only column).")
  String text;

  @Option(names = "--id-column", description = "Column with the row id (default: none; file:line is the id).")
  String id;

  @Option(names = "--lang-column", description = "Column declaring each row's language to the classifier, as in "
      + "classify (empty cells are identified).")
  String langColumn;

  @Option(names = "--label-column", description = "Column with the gold label (default: ${DEFAULT-VALUE}).")
  String labelColumn = "label";

  @Option(names = "--label-map", split = ",", paramLabel = "VALUE=LABEL",
      description = "What label cells mean, e.g. 1=poor,2=poor,3=good,4=good,5=exceptional for star ratings "
          + "(label names are always understood).")
  Map<String, String> labelMap = new LinkedHashMap<>();

  @Option(names = "--binary", paramLabel = "LABEL", converter = LabelConverter.class,
      description = "Score LABEL against the rest (e.g. poor): gold and predicted labels are collapsed alike.")
  Label binary;

  @Option(names = "--gold-lang-column", paramLabel = "COLUMN",
      description = "Column with each row's true language: rows are grouped by it, and language identification "
          + "(run with no language declared) is scored against it. May be the --lang-column too.")
  String goldLangColumn;

  @Option(names = "--delimiter", paramLabel = "C", converter = ExportOptions.DelimiterConverter.class,
      description = "CSV field separator: ',' ';' '|' or 'tab' (default: from the header line).")
  Character delimiter;

  @Option(names = "--seed", description = "Seed of the bootstrap resamples (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  LabelMap labels() {
    return Options.parse(spec, () -> LabelMap.of(labelMap));
  }

  LabelledScoring.Options scoring() {
    LabelMap map = labels();
    return new LabelledScoring.Options(labelColumn, map::label, java.util.List.copyOf(map.mapped().keySet()),
        Optional.ofNullable(binary), Optional.ofNullable(goldLangColumn));
  }

  Optional<String> idColumn() {
    return Optional.ofNullable(id);
  }

  Optional<String> langColumn() {
    return Optional.ofNullable(langColumn);
  }

  /** exceptional, good or poor. */
  static final class LabelConverter implements CommandLine.ITypeConverter<Label> {
    @Override
    public Label convert(String value) {
      return Label.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "'" + value + "' is not a label: use exceptional, good or poor"));
    }
  }

  /** The one language {@code langs} declares for every row; several are a usage error. */
  Optional<Lang> declared(java.util.List<Lang> langs) {
    if (langs == null || langs.isEmpty()) {
      return Optional.empty();
    }
    if (langs.size() > 1) {
      throw Options.usage(spec, "with a FILE, --lang declares the one language of every row; give one, not " + langs);
    }
    return Optional.of(langs.get(0));
  }
}

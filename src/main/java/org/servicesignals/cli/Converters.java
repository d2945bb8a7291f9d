package org.servicesignals.cli;

import org.servicesignals.analysis.AnalysisOptions;
import org.servicesignals.core.Lang;
import org.servicesignals.features.FeatureSet;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the project's option types: a bad value is a usage error listing the good ones. */
final class Converters {
  private Converters() {}

  /** {@code --lang}: hi, fi, ur, ta, en (or hin, Hindi, …). */
  static final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.parse(value).orElseThrow(() -> new TypeConversionException(
          "--lang '" + value + "' is not supported: use one of " + Lang.codes()));
    }
  }

  /** {@code --features}: words or negwords, bigrams, chars, shape joined by +. */
  static final class FeatureSetConverter implements ITypeConverter<FeatureSet> {
    @Override
    public FeatureSet convert(String value) {
      try {
        return FeatureSet.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --analysis}: stop+stem, stop, stem or none. */
  static final class AnalysisConverter implements ITypeConverter<AnalysisOptions> {
    @Override
    public AnalysisOptions convert(String value) {
      try {
        return AnalysisOptions.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

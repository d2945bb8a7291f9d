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

  /** {@code --request-timeout}: seconds ({@code 10}) or a number with a unit: {@code 500ms}, {@code 10s}, {@code 2m}. */
  static final class DurationConverter implements ITypeConverter<java.time.Duration> {
    @Override
    public java.time.Duration convert(String value) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)?").matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a duration: use seconds (10) or 500ms, 10s, 2m");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> java.time.Duration.ofMillis(n);
        case "m" -> java.time.Duration.ofMinutes(n);
        default -> java.time.Duration.ofSeconds(n);
      };
    }
  }
}

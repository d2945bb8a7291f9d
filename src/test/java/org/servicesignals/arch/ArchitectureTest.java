package org.servicesignals.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The arrows point inward only: {@code core} at the bottom; {@code analysis}, {@code langid},
 * {@code features} and {@code scoring} (trained parameters in arrays) on it; {@code classify}; {@code eval}; {@code train}; and the adapters and front
 * ends ({@code io}, {@code cli}, {@code server}, and {@code report}, which renders what {@code eval}
 * computes) on top, which no library package may import. Only the command line starts the server
 * and writes the report.
 */
class ArchitectureTest {
  private static final String ROOT = "org.servicesignals.";
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.servicesignals");

  @Test
  void coreDependsOnNothingOfOurs() {
    ArchRule rule = classes().that().resideInAPackage(ROOT + "core..")
      .should().onlyDependOnClassesThat().resideOutsideOfPackages(ROOT + "analysis..", ROOT + "langid..",
          ROOT + "features..", ROOT + "scoring..", ROOT + "classify..", ROOT + "eval..", ROOT + "train..", ROOT + "io..",
          ROOT + "cli..", ROOT + "server..", ROOT + "report..");
    rule.check(CLASSES);
  }

  @Test
  void coreUsesNoLibraryTypes() {
    ArchRule rule = classes().that().resideInAPackage(ROOT + "core..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + "core..", "java..");
    rule.check(CLASSES);
  }

  @Test
  void libraryNeverImportsAdaptersOrFrontEnds() {
    ArchRule rule = noClasses().that()
      .resideInAnyPackage(ROOT + "core..", ROOT + "analysis..", ROOT + "langid..", ROOT + "features..",
          ROOT + "scoring..", ROOT + "classify..", ROOT + "eval..", ROOT + "train..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + "io..", ROOT + "cli..", ROOT + "server..",
          ROOT + "report..");
    rule.check(CLASSES);
  }

  /** The report renders the evaluation's results: it sits on {@code eval}, beside the command line, never under it. */
  @Test
  void theReportRendersAndOnlyTheCommandLineCallsIt() {
    noClasses().that().resideOutsideOfPackages(ROOT + "report..", ROOT + "cli..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + "report..").check(CLASSES);
    noClasses().that().resideInAPackage(ROOT + "report..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + "cli..", ROOT + "server..", ROOT + "io..",
          ROOT + "train..").check(CLASSES);
  }

  @Test
  void onlyTheCommandLineStartsTheServer() {
    ArchRule rule = noClasses().that().resideOutsideOfPackages(ROOT + "server..", ROOT + "cli..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + "server..");
    rule.check(CLASSES);
  }

  @Test
  void nothingImportsTheCommandLine() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + "cli..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + "cli..");
    rule.check(CLASSES);
  }

  @Test
  void analysisLangidFeaturesBelowClassify() {
    ArchRule rule = noClasses().that()
      .resideInAnyPackage(ROOT + "analysis..", ROOT + "langid..", ROOT + "features..", ROOT + "scoring..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + "classify..", ROOT + "eval..", ROOT + "train..");
    rule.check(CLASSES);
  }

  /** The scorer reads a model's parameters and knows nothing of what the features mean. */
  @Test
  void scoringUsesOnlyTheCore() {
    ArchRule rule = noClasses().that().resideInAPackage(ROOT + "scoring..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + "analysis..", ROOT + "langid..", ROOT + "features..");
    rule.check(CLASSES);
  }

  @Test
  void classifyBelowEvaluation() {
    ArchRule rule = noClasses().that().resideInAPackage(ROOT + "classify..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + "eval..", ROOT + "train..");
    rule.check(CLASSES);
  }

  @Test
  void evaluationBelowTraining() {
    ArchRule rule = noClasses().that().resideInAPackage(ROOT + "eval..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + "train..");
    rule.check(CLASSES);
  }

  /** Every package on its own, sub-packages included: analysis and analysis.ur must not form a cycle. */
  @Test
  void noPackageCycles() {
    ArchRule rule = slices().matching("org.servicesignals.(**)").should().beFreeOfCycles();
    rule.check(CLASSES);
  }

  /** A language's package may use the shared analysis pieces, never another language's package. */
  @Test
  void languagesStandApart() {
    ArchRule rule = slices().matching("org.servicesignals.analysis.(*)..")
      .should().notDependOnEachOther();
    rule.check(CLASSES);
  }
}

package org.brobygge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: a pure core, adapters that depend inward, wiring nobody imports. */
@AnalyzeClasses(packages = "org.brobygge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreIsPure =
      classes()
          .that()
          .resideInAnyPackage("..brobygge.model..", "..brobygge.graph..", "..brobygge.analysis..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.jgrapht..",
              "org.brobygge.model..",
              "org.brobygge.graph..",
              "org.brobygge.analysis..")
          .because("the analysis core must run without Spring or Neo4j (STYLE.md)");

  @ArchTest
  static final ArchRule modelDependsOnNothingElse =
      classes()
          .that()
          .resideInAPackage("..brobygge.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.brobygge.model..");

  @ArchTest
  static final ArchRule onlyStoreTalksToNeo4j =
      noClasses()
          .that()
          .resideOutsideOfPackage("..brobygge.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.neo4j..")
          .because("store is the one adapter to the database");

  @ArchTest
  static final ArchRule nothingImportsSystem =
      noClasses()
          .that()
          .resideOutsideOfPackage("..brobygge.system..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..brobygge.system..");

  @ArchTest
  static final ArchRule adaptersDoNotDependOnTheWeb =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..brobygge.store..",
              "..brobygge.ingest..",
              "..brobygge.export..",
              "..brobygge.model..",
              "..brobygge.graph..",
              "..brobygge.analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..brobygge.web..");

  @ArchTest
  static final ArchRule storeDoesNotDependOnOtherAdapters =
      noClasses()
          .that()
          .resideInAPackage("..brobygge.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..brobygge.ingest..", "..brobygge.export..", "..brobygge.web..");

  @ArchTest
  static final ArchRule syntheticIsPure =
      classes()
          .that()
          .resideInAPackage("..brobygge.synthetic..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.brobygge.model..", "org.brobygge.synthetic..");

  /** The packages form layers: no two packages (or sub-packages) depend on each other. */
  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("org.brobygge.(**)").should().beFreeOfCycles();

  /** The entry point starts everything; nothing depends back on it (the cli used to). */
  @ArchTest
  static final ArchRule nothingImportsTheEntryPoint =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.brobygge")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.brobygge");

  /**
   * The merged graph lives in graph; communities and the network export need no measure code to get
   * it (the plan's Markdown does read the brokerage roles it prints).
   */
  @ArchTest
  static final ArchRule communitiesAndExportsDoNotNeedTheMeasures =
      noClasses()
          .that()
          .resideInAPackage("..brobygge.analysis.communities..")
          .or()
          .haveSimpleName("NetworkExport")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..brobygge.analysis.centrality..");

  /** The per-snapshot session is shared by the API and the command line: no Spring, no Neo4j. */
  @ArchTest
  static final ArchRule sessionIsFreeOfTheFrameworks =
      classes()
          .that()
          .resideInAPackage("..brobygge.session..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.github.benmanes.caffeine..",
              "org.jgrapht..",
              "org.brobygge.model..",
              "org.brobygge.graph..",
              "org.brobygge.analysis..",
              "org.brobygge.session..");
}

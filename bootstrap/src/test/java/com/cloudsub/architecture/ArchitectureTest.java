package com.cloudsub.architecture;

import static com.cloudsub.architecture.DependencyRules.ADAPTERS;
import static com.cloudsub.architecture.DependencyRules.APPLICATION;
import static com.cloudsub.architecture.DependencyRules.BOOTSTRAP;
import static com.cloudsub.architecture.DependencyRules.DOMAIN;
import static com.cloudsub.architecture.DependencyRules.JOOQ_GENERATED;
import static com.cloudsub.architecture.DependencyRules.NOTIFY;
import static com.cloudsub.architecture.DependencyRules.PERSISTENCE;
import static com.cloudsub.architecture.DependencyRules.ROOT;
import static com.cloudsub.architecture.DependencyRules.SCHEDULER;
import static com.cloudsub.architecture.DependencyRules.WEB;
import static com.cloudsub.architecture.DependencyRules.tree;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule, checked against the production classes of every module (bootstrap has all
 * modules on its classpath). Each rule fails if the package it checks holds no classes.
 */
@DisplayName("Architecture: the dependency rule")
class ArchitectureTest {

  /** Planted violations for {@link ArchitectureRulesSelfTest}; never part of the production scan. */
  static final String FIXTURE_PACKAGE = ROOT + ".archfixture";

  private static final ImportOption EXCLUDE_FIXTURES =
      location -> !location.contains("/" + FIXTURE_PACKAGE.replace('.', '/') + "/");

  static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = importProduction();
  }

  static JavaClasses importProduction() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(EXCLUDE_FIXTURES)
        .importPackages(ROOT);
  }

  @Test
  @DisplayName("ARCH-1 domain depends on nothing but the JDK")
  void domainDependsOnNothingButTheJdk() {
    DependencyRules.domainDependsOnlyOnJdk(DOMAIN).check(production);
  }

  @Test
  @DisplayName("ARCH-2 application depends on nothing but the JDK and the domain (no Spring, jOOQ, Jakarta)")
  void applicationDependsOnNothingButTheJdkAndTheDomain() {
    DependencyRules.applicationDependsOnlyOnJdkAndDomain(APPLICATION, DOMAIN).check(production);
  }

  @Test
  @DisplayName("ARCH-3 web adapter depends on no other adapter nor on bootstrap")
  void webAdapterIsIsolated() {
    DependencyRules.adapterIsolated(WEB, BOOTSTRAP, ADAPTERS).check(production);
  }

  @Test
  @DisplayName("ARCH-3 persistence adapter depends on no other adapter nor on bootstrap")
  void persistenceAdapterIsIsolated() {
    DependencyRules.adapterIsolated(PERSISTENCE, BOOTSTRAP, ADAPTERS).check(production);
  }

  /*
   * adapters-scheduler and adapters-notify have no classes yet. The rule itself would fail on an
   * empty package (failOnEmptyShould), so these two tests are SKIPPED (JUnit assumption, reported as
   * skipped, not passed) until the first class lands in the package; from then on they are enforced
   * exactly like web and persistence. Once both modules have classes, drop the assumptions.
   */

  @Test
  @DisplayName("ARCH-3 scheduler adapter depends on no other adapter nor on bootstrap (skipped while the package is empty)")
  void schedulerAdapterIsIsolated() {
    assumeHasClasses(SCHEDULER);
    DependencyRules.adapterIsolated(SCHEDULER, BOOTSTRAP, ADAPTERS).check(production);
  }

  @Test
  @DisplayName("ARCH-3 notify adapter depends on no other adapter nor on bootstrap (skipped while the package is empty)")
  void notifyAdapterIsIsolated() {
    assumeHasClasses(NOTIFY);
    DependencyRules.adapterIsolated(NOTIFY, BOOTSTRAP, ADAPTERS).check(production);
  }

  @Test
  @DisplayName("ARCH-4 jOOQ (org.jooq and the generated code) is used only inside persistence")
  void jooqIsUsedOnlyInsidePersistence() {
    DependencyRules.jooqOnlyInPersistence(ROOT, PERSISTENCE, JOOQ_GENERATED).check(production);
  }

  @Test
  @DisplayName("the production scan covers every populated module and contains no test classes or fixtures")
  void scanCoversProductionCodeOnly() {
    for (String module : new String[] {DOMAIN, APPLICATION, WEB, PERSISTENCE, JOOQ_GENERATED, BOOTSTRAP}) {
      assertThat(production.that(resideInAPackage(tree(module)))).as(module).isNotEmpty();
    }
    assertThat(production.that(resideInAPackage(tree(FIXTURE_PACKAGE)))).isEmpty();
    assertThat(production.that(resideInAPackage(tree(ROOT + ".architecture")))).isEmpty();
  }

  private static void assumeHasClasses(String packageName) {
    Assumptions.assumeTrue(
        production.containPackage(packageName)
            && !production.that(resideInAPackage(tree(packageName))).isEmpty(),
        () -> packageName + " has no classes yet; the rule is enforced once it does");
  }
}

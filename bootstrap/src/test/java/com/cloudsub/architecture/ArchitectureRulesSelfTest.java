package com.cloudsub.architecture;

import static com.cloudsub.architecture.DependencyRules.ADAPTERS;
import static com.cloudsub.architecture.DependencyRules.BOOTSTRAP;
import static com.cloudsub.architecture.DependencyRules.DOMAIN;
import static com.cloudsub.architecture.DependencyRules.JOOQ_GENERATED;
import static com.cloudsub.architecture.DependencyRules.PERSISTENCE;
import static com.cloudsub.architecture.DependencyRules.ROOT;
import static com.cloudsub.architecture.DependencyRules.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.archfixture.domain.PlantedViolation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules themselves can fail: they catch a planted violation and refuse an empty package. */
@DisplayName("Architecture: the rules can fail")
class ArchitectureRulesSelfTest {

  private static final String FIXTURE_DOMAIN = ArchitectureTest.FIXTURE_PACKAGE + ".domain";
  private static final String NONEXISTENT = "com.cloudsub.nonexistent";

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = ArchitectureTest.importProduction();
  }

  @Test
  @DisplayName("ARCH-1 catches a domain class that depends on Spring (planted violation)")
  void domainRuleCatchesPlantedViolation() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE_DOMAIN);
    assertThat(fixture.contain(PlantedViolation.class)).isTrue();

    ArchRule rule = DependencyRules.domainDependsOnlyOnJdk(FIXTURE_DOMAIN);
    EvaluationResult result = rule.evaluate(fixture);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line)
            .contains(PlantedViolation.class.getName())
            .contains("org.springframework"));
    assertThatThrownBy(() -> rule.check(fixture)).isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesPointedAtCodeThatBreaksThem")
  @DisplayName("ARCH-2..4 report a violation when pointed at production code that breaks them")
  void ruleCatchesRealViolation(String description, ArchRule rule) {
    assertThat(rule.evaluate(production).hasViolation()).isTrue();
  }

  static Stream<Arguments> rulesPointedAtCodeThatBreaksThem() {
    return Stream.of(
        Arguments.of("ARCH-2 over the web adapter (uses Spring and Jakarta)",
            DependencyRules.applicationDependsOnlyOnJdkAndDomain(WEB, DOMAIN)),
        Arguments.of("ARCH-3 over bootstrap (wires the persistence adapter)",
            DependencyRules.adapterIsolated(BOOTSTRAP, NONEXISTENT, ADAPTERS)),
        Arguments.of("ARCH-4 with web as the only jOOQ-allowed package (persistence uses jOOQ)",
            DependencyRules.jooqOnlyInPersistence(ROOT, WEB, JOOQ_GENERATED)));
  }

  @ParameterizedTest(name = "{0} fails when its package has no classes")
  @MethodSource("rulesOverAnEmptyPackage")
  @DisplayName("every rule fails on an empty or non-existent package instead of passing vacuously")
  void ruleFailsOnEmptyPackage(String ruleName, Function<String, ArchRule> ruleOverPackage) {
    ArchRule rule = ruleOverPackage.apply(NONEXISTENT);

    assertThatThrownBy(() -> rule.check(production))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed to check any classes");
  }

  static Stream<Arguments> rulesOverAnEmptyPackage() {
    return Stream.of(
        rule("ARCH-1 domain", pkg -> DependencyRules.domainDependsOnlyOnJdk(pkg)),
        rule("ARCH-2 application", pkg -> DependencyRules.applicationDependsOnlyOnJdkAndDomain(pkg, DOMAIN)),
        rule("ARCH-3 adapter", pkg -> DependencyRules.adapterIsolated(pkg, BOOTSTRAP, ADAPTERS)),
        rule("ARCH-4 jOOQ", pkg -> DependencyRules.jooqOnlyInPersistence(pkg, PERSISTENCE, JOOQ_GENERATED)));
  }

  private static Arguments rule(String name, Function<String, ArchRule> ruleOverPackage) {
    return Arguments.of(name, ruleOverPackage);
  }
}

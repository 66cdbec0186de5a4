package com.cloudsub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The dependency rule of the hexagon, as ArchUnit rules parameterised on package names, so that the
 * same rule can be checked against production code and against a planted fixture.
 *
 * <p>Package arguments are plain package names ({@code "com.cloudsub.domain"}); each rule covers the
 * package and its sub-packages. None of the rules allows an empty selection: with
 * {@code archRule.failOnEmptyShould=true} (see {@code archunit.properties}) a rule whose package
 * holds no classes fails instead of passing vacuously.
 */
final class DependencyRules {

  static final String ROOT = "com.cloudsub";
  static final String DOMAIN = ROOT + ".domain";
  static final String APPLICATION = ROOT + ".application";
  static final String PERSISTENCE = ROOT + ".persistence";
  static final String JOOQ_GENERATED = PERSISTENCE + ".jooq";
  static final String WEB = ROOT + ".web";
  static final String SCHEDULER = ROOT + ".scheduler";
  static final String NOTIFY = ROOT + ".notify";
  static final String BOOTSTRAP = ROOT + ".bootstrap";

  static final String[] ADAPTERS = {WEB, PERSISTENCE, SCHEDULER, NOTIFY};

  private DependencyRules() {}

  /** ARCH-1: the domain depends on nothing but the JDK and itself. */
  static ArchRule domainDependsOnlyOnJdk(String domainPackage) {
    return classes()
        .that().resideInAPackage(tree(domainPackage))
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", tree(domainPackage))
        .as("ARCH-1 classes in " + tree(domainPackage) + " depend on nothing but java.. and "
            + tree(domainPackage));
  }

  /** ARCH-2: the application layer depends on the JDK, itself and the domain only. */
  static ArchRule applicationDependsOnlyOnJdkAndDomain(String applicationPackage, String domainPackage) {
    return classes()
        .that().resideInAPackage(tree(applicationPackage))
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", tree(applicationPackage), tree(domainPackage))
        .as("ARCH-2 classes in " + tree(applicationPackage) + " depend on nothing but java.., "
            + tree(applicationPackage) + " and " + tree(domainPackage));
  }

  /** ARCH-3: an adapter depends on no other adapter and not on bootstrap. */
  static ArchRule adapterIsolated(String adapterPackage, String bootstrapPackage, String... allAdapters) {
    String[] forbidden = forbiddenFor(adapterPackage, bootstrapPackage, allAdapters);
    return noClasses()
        .that().resideInAPackage(tree(adapterPackage))
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .as("ARCH-3 classes in " + tree(adapterPackage) + " do not depend on "
            + String.join(", ", forbidden));
  }

  /** ARCH-4: jOOQ (the library and the generated code) is used inside persistence only. */
  static ArchRule jooqOnlyInPersistence(String rootPackage, String persistencePackage, String jooqGeneratedPackage) {
    return noClasses()
        .that().resideInAPackage(tree(rootPackage))
        .and().resideOutsideOfPackage(tree(persistencePackage))
        .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", tree(jooqGeneratedPackage))
        .as("ARCH-4 no class in " + tree(rootPackage) + " outside " + tree(persistencePackage)
            + " depends on org.jooq.. or " + tree(jooqGeneratedPackage));
  }

  static String tree(String packageName) {
    return packageName + "..";
  }

  private static String[] forbiddenFor(String adapterPackage, String bootstrapPackage, String... allAdapters) {
    String[] others = Arrays.stream(allAdapters)
        .filter(other -> !other.equals(adapterPackage))
        .map(DependencyRules::tree)
        .toArray(String[]::new);
    String[] forbidden = Arrays.copyOf(others, others.length + 1);
    forbidden[others.length] = tree(bootstrapPackage);
    return forbidden;
  }
}

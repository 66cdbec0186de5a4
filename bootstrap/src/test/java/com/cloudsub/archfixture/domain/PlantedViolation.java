package com.cloudsub.archfixture.domain;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Test fixture, NOT production code: a "domain" class that breaks the dependency rule on purpose
 * (it depends on Spring). {@code ArchitectureRulesSelfTest} checks that the domain rule, pointed at
 * this package, reports it. The main architecture scan excludes {@code com.cloudsub.archfixture}.
 */
@Component
public class PlantedViolation {

  private final Environment environment;

  public PlantedViolation(Environment environment) {
    this.environment = environment;
  }

  public String profile() {
    return String.join(",", environment.getActiveProfiles());
  }
}

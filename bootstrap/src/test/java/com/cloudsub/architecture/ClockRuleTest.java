package com.cloudsub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Time comes only from the injected {@link Clock} (ARCHITECTURE.md, STYLE.md): no production class outside
 * bootstrap reads the system clock, so every time-based rule can be tested by moving a clock.
 */
@DisplayName("Architecture: no hidden clock reads")
class ClockRuleTest {

    static final ArchRule NO_HIDDEN_CLOCK_READS = noClasses()
            .that().resideOutsideOfPackage(DependencyRules.BOOTSTRAP)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time moves only through the injected Clock");

    @Test
    @DisplayName("ARCH-5 only bootstrap creates the clock; nothing else reads the system time")
    void noHiddenClockReads() {
        JavaClasses production = ArchitectureTest.importProduction();
        NO_HIDDEN_CLOCK_READS.check(production);
    }
}

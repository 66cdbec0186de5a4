package com.cloudsub.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private final Instant start = Instant.parse("2026-04-01T00:00:00Z");
    private final Instant end = Instant.parse("2026-05-01T00:00:00Z"); // 30 days

    @Test
    @DisplayName("R-SUB-7 packs bought mid-term pay for the rest of the term, by day")
    void restOfTerm() {
        assertThat(ProRata.forRestOfTerm(Money.cny("249"), start, end, start)).isEqualTo(Money.cny("249.00"));
        assertThat(ProRata.forRestOfTerm(Money.cny("249"), start, end, start.plus(Duration.ofDays(20)))).isEqualTo(Money.cny("83.00"));
        // 9 days and 1 hour left: a started day counts (R-GEN-5) → 10 of 30 days
        assertThat(ProRata.forRestOfTerm(Money.cny("249"), start, end, end.minus(Duration.ofDays(9)).minus(Duration.ofHours(1))))
                .isEqualTo(Money.cny("83.00"));
        assertThat(ProRata.forRestOfTerm(Money.cny("249"), start, end, end)).isEqualTo(Money.cny("0.00"));
    }
}

package com.cloudsub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BillingCalendarTest {

    private final BillingCalendar calendar = BillingCalendar.SHANGHAI;

    @Test
    @DisplayName("R-GEN-4 billing days and months are Asia/Shanghai; instants stay UTC")
    void daysAndMonthsInShanghai() {
        Instant lastSecondOfOctoberHere = Instant.parse("2026-10-31T15:59:59Z");
        Instant firstSecondOfNovemberHere = Instant.parse("2026-10-31T16:00:00Z");
        assertThat(calendar.dayOf(lastSecondOfOctoberHere)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(calendar.dayOf(firstSecondOfNovemberHere)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(calendar.monthOf(firstSecondOfNovemberHere)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(calendar.startOf(YearMonth.of(2026, 11))).isEqualTo(firstSecondOfNovemberHere);
    }
}

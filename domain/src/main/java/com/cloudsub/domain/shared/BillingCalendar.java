package com.cloudsub.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The calendar billing days and months are counted in (R-GEN-4): Asia/Shanghai unless configured.
 * Instants are UTC; days and months are local to this zone.
 */
public record BillingCalendar(ZoneId zone) {

    public static final BillingCalendar SHANGHAI = new BillingCalendar(ZoneId.of("Asia/Shanghai"));

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** Adds calendar months the way a subscription term runs: same local time, day clamped. */
    public Instant plusMonths(Instant instant, int months) {
        return instant.atZone(zone).plusMonths(months).toInstant();
    }
}

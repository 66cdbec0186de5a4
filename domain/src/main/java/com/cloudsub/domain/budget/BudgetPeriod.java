package com.cloudsub.domain.budget;

import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Instant;
import java.time.LocalDate;

/** How often a budget resets, in the billing calendar (R-BIL-2): at 00:00 of each day, month, quarter or year. */
public enum BudgetPeriod {
    DAY, MONTH, QUARTER, YEAR;

    /** The first day of the period that contains {@code day}. */
    public LocalDate firstDay(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate first) {
        return switch (this) {
            case DAY -> first.plusDays(1);
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
            case YEAR -> first.plusYears(1);
        };
    }

    public Instant start(BillingCalendar calendar, Instant at) {
        return calendar.startOf(firstDay(calendar.dayOf(at)));
    }

    public Instant end(BillingCalendar calendar, Instant at) {
        return calendar.startOf(next(firstDay(calendar.dayOf(at))));
    }
}

package com.cloudsub.web.shared;

import com.cloudsub.domain.shared.DomainException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A {@code month} query parameter: {@code YYYY-MM}, or a 400 problem naming the field. */
public final class Months {
    private Months() {
    }

    /** {@code month} read as YYYY-MM, or {@code fallback} when it is absent. */
    public static YearMonth parse(String month, YearMonth fallback) {
        if (month == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("month", "month is YYYY-MM, not '" + month + "'");
        }
    }
}

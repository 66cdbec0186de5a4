package com.cloudsub.domain.catalog;

import com.cloudsub.domain.shared.DomainException;
import java.util.Set;

/** A prepaid term in months: 1–12, 24 or 36 (R-SUB-1). */
public record Term(int months) {

    private static final Set<Integer> LONG_TERMS = Set.of(24, 36);

    public Term {
        if (!(months >= 1 && months <= 12) && !LONG_TERMS.contains(months)) {
            throw DomainException.invalid("months", "a term is 1 to 12, 24 or 36 months, not " + months);
        }
    }

    public static Term ofMonths(int months) {
        return new Term(months);
    }
}

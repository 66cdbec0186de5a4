package com.cloudsub.domain.subscription;

import com.cloudsub.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The price of add-on packs bought during a term (R-SUB-7, A-68): their price for the whole current term ×
 * remaining days ÷ the term's days, where a started day counts as a day (R-GEN-5). Rounded once.
 */
public final class ProRata {

    private ProRata() {
    }

    public static Money forRestOfTerm(Money priceForWholeTerm, Instant termStart, Instant termEnd, Instant now) {
        long totalDays = Math.max(1, Duration.between(termStart, termEnd).toDays());
        long remainingSeconds = Math.max(0, Duration.between(now, termEnd).getSeconds());
        long remainingDays = Math.min(totalDays, (remainingSeconds + 86_399) / 86_400);
        return priceForWholeTerm.times(BigDecimal.valueOf(remainingDays)).dividedBy(BigDecimal.valueOf(totalDays)).rounded();
    }
}

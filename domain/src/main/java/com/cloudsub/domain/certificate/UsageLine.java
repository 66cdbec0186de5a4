package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One on-demand bill line: {@code seconds} of use between {@code usageStart} and {@code usageEnd} at an hourly price,
 * accrued per second and rounded once. A back-billed line carries the cancelled deletion's span.
 */
public record UsageLine(Instant usageStart, Instant usageEnd, long seconds, Money amount, boolean backBill) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public static UsageLine of(Instant usageStart, Instant usageEnd, long seconds, Money hourlyPrice, boolean backBill) {
        return new UsageLine(usageStart, usageEnd, seconds, amountFor(seconds, hourlyPrice), backBill);
    }

    /** hourly price × seconds / 3600, rounded once. */
    public static Money amountFor(long seconds, Money hourlyPrice) {
        return hourlyPrice.times(seconds).dividedBy(SECONDS_PER_HOUR).rounded();
    }
}

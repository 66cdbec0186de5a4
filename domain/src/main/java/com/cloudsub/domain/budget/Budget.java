package com.cloudsub.domain.budget;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A budget (R-BIL-2): an amount per period, scoped to a product and/or region (null = all), with thresholds on the
 * actual cost so far or on the forecast, the period's run-rate extrapolated to its end (actual × period ÷ elapsed).
 * A threshold is crossed when the cost exceeds amount × percent (TV-18: 80 % of 20,000 = 16,000, A-60).
 */
public record Budget(String id, AccountId accountId, String name, BudgetPeriod period, Money amount, String product, String region,
                     List<Threshold> thresholds) {

    public enum Basis { ACTUAL, FORECAST }

    public record Threshold(BigDecimal percent, Basis basis) {
        public Threshold {
            Objects.requireNonNull(basis, "basis");
            if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw DomainException.invalid("thresholds.percent", "a threshold is a percentage above 0 and at most 1000");
            }
        }

        public Money limit(Money amount) {
            return amount.times(percent).dividedBy(BigDecimal.valueOf(100));
        }
    }

    /** The forecast and the thresholds crossed at one moment of one period. */
    public record Status(Money actual, Money forecast, List<Integer> crossed) {
    }

    public Budget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(period, "period");
        if (name == null || name.isBlank() || name.length() > 128) {
            throw DomainException.invalid("name", "a budget name is 1 to 128 characters");
        }
        if (amount == null || !amount.isPositive()) {
            throw DomainException.invalid("amount", "a budget amount is positive");
        }
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty() || thresholds.size() > 10) {
            throw DomainException.invalid("thresholds", "a budget has 1 to 10 thresholds");
        }
    }

    /** Where the budget stands with {@code actual} spent in [periodStart, periodEnd) at {@code now}. */
    public Status status(Money actual, Instant periodStart, Instant periodEnd, Instant now) {
        Duration elapsed = Duration.between(periodStart, now);
        Duration whole = Duration.between(periodStart, periodEnd);
        if (elapsed.compareTo(Duration.ofHours(1)) < 0) {
            elapsed = Duration.ofHours(1);
        }
        Money forecast = elapsed.compareTo(whole) >= 0 ? actual
                : actual.times(BigDecimal.valueOf(whole.toSeconds()).divide(BigDecimal.valueOf(elapsed.toSeconds()), MathContext.DECIMAL64));
        List<Integer> crossed = new ArrayList<>();
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold t = thresholds.get(i);
            Money cost = t.basis() == Basis.ACTUAL ? actual : forecast;
            if (cost.compareTo(t.limit(amount)) > 0) {
                crossed.add(i);
            }
        }
        return new Status(actual, forecast, crossed);
    }
}

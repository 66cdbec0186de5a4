package com.cloudsub.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in one currency (R-GEN-1).
 *
 * <p>Arithmetic keeps full precision; {@link #rounded()} is the one place where money is rounded:
 * half-up to 0.01, applied once to a bill line, a consumed amount or a refund.
 */
public final class Money implements Comparable<Money> {

    public static final String CNY = "CNY";
    private static final int MAX_UNIT_PRICE_SCALE = 6;

    private final BigDecimal amount;
    private final String currency;

    private Money(BigDecimal amount, String currency) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.currency = Objects.requireNonNull(currency, "currency");
        if (currency.length() != 3) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    public static Money cny(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** A unit price as published in a price book: at most 6 decimals (R-GEN-1). */
    public static Money unitPrice(String amount) {
        BigDecimal value = new BigDecimal(amount);
        if (value.stripTrailingZeros().scale() > MAX_UNIT_PRICE_SCALE) {
            throw new IllegalArgumentException("a unit price carries at most 6 decimals: " + amount);
        }
        return new Money(value, CNY);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(long factor) {
        return times(BigDecimal.valueOf(factor));
    }

    /** Exact division kept to 20 decimals: an intermediate value, never a final amount. */
    public Money dividedBy(BigDecimal divisor) {
        return new Money(amount.divide(divisor, 20, RoundingMode.HALF_UP), currency);
    }

    /** The single rounding rule of the platform: half-up to 0.01 (R-GEN-1). */
    public Money rounded() {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    /** Plain decimal text, e.g. {@code 29988.00}. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}

package com.cloudsub.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** An exact, non-negative amount of something metered or sold: calls, bytes, key-days, CA-hours, months. */
public record Quantity(BigDecimal amount, Unit unit) implements Comparable<Quantity> {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a quantity is never negative: " + amount);
        }
    }

    public static Quantity of(long amount, Unit unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    public static Quantity calls(long calls) {
        return of(calls, Unit.CALL);
    }

    public static Quantity bytes(long bytes) {
        return of(bytes, Unit.BYTE);
    }

    public static Quantity zero(Unit unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    /** The same quantity expressed in another unit of the same dimension, exactly. */
    public Quantity in(Unit target) {
        if (target == unit) {
            return this;
        }
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot convert " + unit + " to " + target);
        }
        BigDecimal inBase = amount.multiply(unit.base());
        return new Quantity(inBase.divide(target.base(), MathContext.DECIMAL128).stripTrailingZeros(), target);
    }

    /** How many times {@code per} fits into this quantity, exactly (to 34 significant digits). */
    public BigDecimal ratioTo(Quantity per) {
        return in(per.unit).amount.divide(per.amount, MathContext.DECIMAL128);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(other.in(unit).amount), unit);
    }

    /** This minus other, never below zero. */
    public Quantity minusFloorZero(Quantity other) {
        BigDecimal rest = amount.subtract(other.in(unit).amount);
        return new Quantity(rest.signum() < 0 ? BigDecimal.ZERO : rest, unit);
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other.in(unit);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.in(unit).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}

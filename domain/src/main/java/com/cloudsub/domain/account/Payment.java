package com.cloudsub.domain.account;

import com.cloudsub.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What an order or refund moved out of or into the cash and gift balances, and the voucher that reduced it. */
public record Payment(Money cash, Money gift, Money voucher) {

    public static Payment none() {
        Money zero = Money.zero(Money.CNY);
        return new Payment(zero, zero, zero);
    }

    /** This payment as it leaves the balances, as the ledger records it: cash and gift negative, the voucher as is. */
    public Payment outgoing() {
        return new Payment(cash.negate(), gift.negate(), voucher);
    }

    /** What a full refund returns: the cash and gift paid; vouchers are never refunded (R-ACC-2). */
    public Payment withoutVoucher() {
        return new Payment(cash, gift, Money.zero(cash.currency()));
    }

    /** Cash plus gift: what was actually paid (vouchers excluded). */
    public Money paid() {
        return cash.plus(gift);
    }

    /**
     * This payment in {@code parts} equal shares, each cash, gift and voucher rounded down to the cent, the last
     * share taking the remainders, so the shares add up exactly (one share per certificate of an order).
     */
    public java.util.List<Payment> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("a payment is split in at least one part");
        }
        java.util.List<Payment> shares = new java.util.ArrayList<>();
        Payment one = new Payment(part(cash, parts), part(gift, parts), part(voucher, parts));
        for (int i = 1; i < parts; i++) {
            shares.add(one);
        }
        shares.add(new Payment(cash.minus(one.cash.times(parts - 1)), gift.minus(one.gift.times(parts - 1)),
                voucher.minus(one.voucher.times(parts - 1))));
        return shares;
    }

    private static Money part(Money whole, int parts) {
        return Money.of(whole.amount().divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN), whole.currency());
    }

    /**
     * Splits {@code amount} over cash and gift in the proportion this payment used them (R-ACC-1); the
     * cash share is rounded and the gift share takes the remainder, so the parts add up exactly.
     */
    public Payment share(Money amount) {
        Money zero = Money.zero(amount.currency());
        if (paid().isZero()) {
            return new Payment(zero, zero, zero);
        }
        BigDecimal ratio = cash.amount().divide(paid().amount(), 20, RoundingMode.HALF_UP);
        Money cashPart = amount.times(ratio).rounded();
        return new Payment(cashPart, amount.minus(cashPart), zero);
    }
}

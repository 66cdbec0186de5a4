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

    /** Cash plus gift: what was actually paid (vouchers excluded). */
    public Money paid() {
        return cash.plus(gift);
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

package com.cloudsub.domain.account;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * An account's balances and contacts. Payments take cash first, then gift (R-ACC-1); a refund goes back to
 * each balance in the proportion it paid. The available balance is cash + gift. Part of it may be frozen for
 * pay-as-you-go dedicated instances (one hour of each, R-APG-8): payments cannot spend frozen funds, settlement
 * charges the balance as before.
 */
public final class Account {

    private final AccountId id;
    private final String name;
    private Money cash;
    private Money gift;
    private Money frozen;
    private final List<Contact> contacts;
    private final long version;

    public Account(AccountId id, String name, Money cash, Money gift, Money frozen, List<Contact> contacts, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.cash = cash;
        this.gift = gift;
        this.frozen = Objects.requireNonNull(frozen, "frozen");
        this.contacts = List.copyOf(contacts);
        this.version = version;
    }

    public static Account open(AccountId id, String name, List<Contact> contacts) {
        if (contacts.stream().noneMatch(Contact::isCreator)) {
            throw DomainException.invalid("contacts", "an account has its creator among its contacts");
        }
        return new Account(id, name, Money.zero(Money.CNY), Money.zero(Money.CNY), Money.zero(Money.CNY), contacts, 0);
    }

    public Money available() {
        return cash.plus(gift);
    }

    /** What a payment may spend: the available balance less the frozen funds (R-APG-8). */
    public Money spendable() {
        return available().minus(frozen);
    }

    public boolean canPay(Money amount) {
        return spendable().compareTo(amount) >= 0;
    }

    /** Takes {@code amount} (already net of vouchers) from cash first, then gift. */
    public Payment pay(Money amount, Money voucher) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a payment is never negative");
        }
        if (!canPay(amount)) {
            throw shortOf(amount);
        }
        Money fromCash = amount.min(cash.max(Money.zero(amount.currency())));
        Money fromGift = amount.minus(fromCash);
        cash = cash.minus(fromCash);
        gift = gift.minus(fromGift);
        return new Payment(fromCash, fromGift, voucher);
    }

    /**
     * Charges settled post-paid usage (a pay-as-you-go bill, certificate hours): cash first, then gift, and what they
     * do not cover takes the cash balance below zero, which puts the account in arrears (R-ACC-3); the next top-up pays
     * the debt first.
     */
    public Payment charge(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a charge is never negative");
        }
        Money zero = Money.zero(amount.currency());
        Money fromGift = amount.minus(amount.min(cash.max(zero))).min(gift.max(zero));
        Money fromCash = amount.minus(fromGift);
        cash = cash.minus(fromCash);
        gift = gift.minus(fromGift);
        return new Payment(fromCash, fromGift, zero);
    }

    private DomainException shortOf(Money amount) {
        return DomainException.refused("insufficient-balance", "balance", "the balance " + available().rounded().toPlainString()
                + (frozen.isZero() ? "" : " (of which " + frozen.rounded().toPlainString() + " frozen)") + " does not cover "
                + amount.rounded().toPlainString());
    }

    /**
     * Freezes {@code amount} for a pay-as-you-go dedicated instance at its purchase (one hour of it, R-APG-8, A-30);
     * refused when the spendable balance does not cover it.
     */
    public void freeze(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a freeze is never negative");
        }
        if (!canPay(amount)) {
            throw shortOf(amount);
        }
        frozen = frozen.plus(amount);
    }

    /** Releases a freeze when its instance is released (R-APG-8). */
    public void release(Money amount) {
        if (amount.isNegative() || amount.compareTo(frozen) > 0) {
            throw new IllegalArgumentException("released " + amount + " of " + frozen + " frozen");
        }
        frozen = frozen.minus(amount);
    }

    /** In arrears: the available balance is below zero (R-ACC-3). */
    public boolean inArrears() {
        return available().isNegative();
    }

    public void topUp(Money amount) {
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "a top-up is a positive amount");
        }
        cash = cash.plus(amount);
    }

    /** Returns a refund to the balances it came from. */
    public void credit(Payment refund) {
        cash = cash.plus(refund.cash());
        gift = gift.plus(refund.gift());
    }

    public AccountId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Money cash() {
        return cash;
    }

    public Money gift() {
        return gift;
    }

    public Money frozen() {
        return frozen;
    }

    public List<Contact> contacts() {
        return contacts;
    }

    public long version() {
        return version;
    }
}

package com.cloudsub.application.subscription;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Quoting;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.ProductTerms;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Renews a subscription from the balance at the price in force now (R-SUB-2, R-SUB-8); restores a suspended
 * one. Also the auto-renewal of the lifecycle run (R-SUB-3). A concurrent renewal loses on the version check (409).
 */
public class RenewSubscription {

    private final Accounts accounts;
    private final Subscriptions subscriptions;
    private final Orders orders;
    private final Ledger ledger;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public RenewSubscription(Accounts accounts, Subscriptions subscriptions, Orders orders, Ledger ledger, Catalogs catalogs,
                             Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.ledger = ledger;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    public Subscription renew(AccountId caller, SubscriptionId id, int months) {
        return renew(caller, id, months, null);
    }

    /**
     * Renews; with {@code expectedVersion} the renewal applies only to the version the caller saw, so of two
     * concurrent renewals of one subscription one extends it and the other answers 409.
     */
    public Subscription renew(AccountId caller, SubscriptionId id, int months, Long expectedVersion) {
        Term term = Term.ofMonths(months);
        return transactions.inTransaction(() -> {
            Subscription subscription = subscriptions.owned(caller, id);
            if (expectedVersion != null && expectedVersion != subscription.version()) {
                throw DomainException.conflict("stale-version", "subscription " + id + " is at version " + subscription.version()
                        + ", not " + expectedVersion + "; it was changed meanwhile (renewed?)");
            }
            renewInTransaction(subscription, accounts.get(caller), term, Ledger.Kind.RENEWAL, clock.instant());
            return subscription;
        });
    }

    /** What a renewal writes: its order and its ledger entry. */
    record Renewal(Order order, Ledger.Entry entry) {
    }

    /** Renews within the caller's transaction; throws a refusal when the balance does not cover it. */
    void renewInTransaction(Subscription subscription, Account account, Term term, Ledger.Kind kind, Instant now) {
        Renewal renewal = renewInMemory(subscription, account, term, quote(subscription, term, now), kind, now);
        accounts.update(account);
        subscriptions.update(subscription);
        orders.add(renewal.order());
        ledger.record(renewal.entry());
    }

    /**
     * Applies a renewal priced by {@code quote} (see {@link #quote}) to the subscription and the account in memory and answers what must be written; a
     * refusal (balance, state) leaves both unchanged.
     */
    Renewal renewInMemory(Subscription subscription, Account account, Term term, Quote quote, Ledger.Kind kind, Instant now) {
        ProductTerms terms = ProductTerms.STANDARD.get(subscription.product());
        subscription.requireRenewable(now, terms);
        Payment payment = account.pay(quote.total(), Money.zero(Money.CNY));
        Instant termStart = subscription.renew(term, now, terms, calendar);
        Order order = new Order("ord-" + UUID.randomUUID(), subscription.id(), Order.Kind.RENEWAL, term.months(), termStart,
                subscription.endsAt(), Prices.list(quote), quote.total(), payment, quote.priceVersion(), now);
        Ledger.Entry entry = new Ledger.Entry(account.id(), subscription.id().value(), kind, payment.outgoing(),
                kind == Ledger.Kind.AUTO_RENEWAL ? "R-SUB-3" : "R-SUB-2", quote.priceVersion(), now);
        return new Renewal(order, entry);
    }

    /** The renewal price in force at {@code now} (R-SUB-8). */
    Quote quote(Subscription subscription, Term term, Instant now) {
        return new Quoting(catalogs.current()).prepaid(subscription.product(), subscription.edition(),
                subscription.region(), subscription.addOns(), term, now);
    }
}

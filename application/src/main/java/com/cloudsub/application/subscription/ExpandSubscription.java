package com.cloudsub.application.subscription;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.catalog.RatingContext;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.ProRata;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Adds add-on packs to a running subscription, charged pro rata for the rest of the current term (R-SUB-7, A-68). */
public class ExpandSubscription {

    private final Accounts accounts;
    private final Subscriptions subscriptions;
    private final Orders orders;
    private final Ledger ledger;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;

    public ExpandSubscription(Accounts accounts, Subscriptions subscriptions, Orders orders, Ledger ledger, Catalogs catalogs,
                              Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.ledger = ledger;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Subscription expand(AccountId caller, SubscriptionId id, Map<String, Integer> addOns) {
        if (addOns == null || addOns.isEmpty()) {
            throw DomainException.invalid("addOns", "an expansion names at least one add-on pack and its count");
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Subscription subscription = subscriptions.owned(caller, id);
            Catalog catalog = catalogs.current();
            Edition edition = catalog.edition(subscription.product(), subscription.edition());
            Order term = orders.of(id).stream()
                    .filter(o -> o.kind() != Order.Kind.EXPANSION && !o.termStart().isAfter(now) && now.isBefore(o.termEnd()))
                    .findFirst()
                    .orElseThrow(() -> DomainException.conflict("no-current-term", "subscription " + id + " has no running term"));
            subscription.expand(addOns, now);
            Money amount = Money.zero(Money.CNY);
            String version = null;
            for (Map.Entry<String, Integer> addOn : addOns.entrySet()) {
                if (!edition.addOns().contains(addOn.getKey())) {
                    throw DomainException.invalid("addOns", "'" + addOn.getKey() + "' is not an add-on of " + edition.product()
                            + "/" + edition.code() + "; allowed: " + edition.addOns());
                }
                ResolvedPrice price = catalog.price(addOn.getKey(), subscription.region(), term.placedAt());
                Quantity months = Quantity.of((long) addOn.getValue() * term.months(), Unit.MONTH);
                Money wholeTerm = price.model().rate(months, RatingContext.firstInMonth(Unit.MONTH, 30)).amount();
                amount = amount.plus(ProRata.forRestOfTerm(wholeTerm, term.termStart(), term.termEnd(), now));
                version = price.versionId();
            }
            Account account = accounts.get(caller);
            Payment payment = account.pay(amount, Money.zero(Money.CNY));
            accounts.update(account);
            subscriptions.update(subscription);
            orders.add(new Order("ord-" + UUID.randomUUID(), id, Order.Kind.EXPANSION, term.months(), now, term.termEnd(),
                    amount, amount, payment, version, now));
            ledger.record(new Ledger.Entry(caller, id.value(), Ledger.Kind.EXPANSION, payment.outgoing(), "R-SUB-7", version, now));
            return subscriptions.get(id);
        });
    }
}

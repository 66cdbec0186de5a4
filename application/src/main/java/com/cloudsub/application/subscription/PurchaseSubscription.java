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
import java.util.Map;
import java.util.UUID;

/** Buys a prepaid subscription: priced from the version in force (R-SUB-1, R-SUB-8), paid cash first (R-ACC-1). */
public class PurchaseSubscription {

    public record Command(AccountId accountId, String product, String edition, String region, Map<String, Integer> addOns,
                          int months, boolean autoRenew, Money voucher) {
        public Command {
            addOns = addOns == null ? Map.of() : Map.copyOf(addOns);
            voucher = voucher == null ? Money.zero(Money.CNY) : voucher;
            if (voucher.isNegative() || voucher.amount().stripTrailingZeros().scale() > 2) {
                throw DomainException.invalid("voucher", "a voucher is 0 or more, to the cent");
            }
            Term.ofMonths(months);
        }
    }

    private final Accounts accounts;
    private final Subscriptions subscriptions;
    private final Orders orders;
    private final Ledger ledger;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public PurchaseSubscription(Accounts accounts, Subscriptions subscriptions, Orders orders, Ledger ledger, Catalogs catalogs,
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

    public Subscription purchase(Command command) {
        Instant now = clock.instant();
        Catalog catalog = catalogs.current();
        Edition edition = catalog.edition(command.product(), command.edition());
        if (!edition.onSale()) {
            throw DomainException.refused("not-on-sale", "edition", command.product() + "/" + command.edition() + " is not on sale");
        }
        if (!ProductTerms.STANDARD.containsKey(command.product())) {
            throw DomainException.refused("not-prepaid", "product", command.product() + " has no prepaid subscriptions");
        }
        Term term = Term.ofMonths(command.months());
        Quote quote = new Quoting(catalog).prepaid(command.product(), command.edition(), command.region(),
                command.addOns(), term, now);
        Money list = Prices.list(quote);
        Money voucher = command.voucher().min(quote.total());
        Money toPay = quote.total().minus(voucher);
        return transactions.inTransaction(() -> {
            Account account = accounts.get(command.accountId());
            Payment payment = account.pay(toPay, voucher);
            accounts.update(account);
            Subscription subscription = Subscription.purchase(new SubscriptionId("sub-" + UUID.randomUUID()), account.id(),
                    command.product(), command.edition(), command.region(), command.addOns(), term, command.autoRenew(), now, calendar);
            subscriptions.add(subscription);
            orders.add(new Order("ord-" + UUID.randomUUID(), subscription.id(), Order.Kind.NEW, term.months(), now,
                    subscription.endsAt(), list, quote.total(), payment, quote.priceVersion(), now));
            ledger.record(new Ledger.Entry(account.id(), subscription.id().value(), Ledger.Kind.PURCHASE, payment.outgoing(),
                    "R-SUB-1", quote.priceVersion(), now));
            return subscription;
        });
    }
}

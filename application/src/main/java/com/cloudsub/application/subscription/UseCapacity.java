package com.cloudsub.application.subscription;

import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.domain.subscription.SubscriptionState;
import java.util.Map;

/**
 * The product service reports resources created and deleted under a subscription (secrets, keys); creating one
 * beyond the edition's capacity plus its packs' is refused (R-SSM-3: 1,000 + 100 per secret pack; R-KMS-1: 200
 * keys). Capacities come from the catalogue items.
 */
public class UseCapacity {

    /** Counts in use per subscription and capacity; {@link #lockAndGet} locks the row for the transaction. */
    public interface CapacityUse {
        long lockAndGet(SubscriptionId id, String capacity);

        void set(SubscriptionId id, String capacity, long inUse);
    }

    public record Usage(String capacity, long inUse, long limit) {
    }

    private final Subscriptions subscriptions;
    private final CapacityUse use;
    private final Catalogs catalogs;
    private final Transactions transactions;

    public UseCapacity(Subscriptions subscriptions, CapacityUse use, Catalogs catalogs, Transactions transactions) {
        this.subscriptions = subscriptions;
        this.use = use;
        this.catalogs = catalogs;
        this.transactions = transactions;
    }

    public Usage change(AccountId caller, SubscriptionId id, String capacity, long delta) {
        if (delta == 0 || Math.abs(delta) > 100_000) {
            throw DomainException.invalid("delta", "delta is a non-zero count of at most 100,000");
        }
        return transactions.inTransaction(() -> {
            Subscription subscription = subscriptions.owned(caller, id);
            if (delta > 0 && subscription.state() != SubscriptionState.ACTIVE) {
                throw DomainException.conflict("not-active", "subscription " + id + " is " + subscription.state()
                        + "; resources can be created only while ACTIVE");
            }
            long limit = limit(subscription, capacity);
            long inUse = use.lockAndGet(id, capacity);
            if (delta > 0) {
                Subscription.requireCapacity(capacity, inUse, delta, limit);
            }
            long now = Math.max(0, inUse + delta);
            use.set(id, capacity, now);
            return new Usage(capacity, now, limit);
        });
    }

    long limit(Subscription subscription, String capacity) {
        Catalog catalog = catalogs.current();
        Edition edition = catalog.edition(subscription.product(), subscription.edition());
        Long base = catalog.item(edition.feeItem()).capacity().get(capacity);
        if (base == null) {
            throw DomainException.invalid("capacity", subscription.product() + "/" + subscription.edition() + " has no capacity '"
                    + capacity + "'; it has " + catalog.item(edition.feeItem()).capacity().keySet());
        }
        long limit = base;
        for (Map.Entry<String, Integer> addOn : subscription.addOns().entrySet()) {
            limit += catalog.item(addOn.getKey()).capacity().getOrDefault(capacity, 0L) * addOn.getValue();
        }
        return limit;
    }
}

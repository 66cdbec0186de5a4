package com.cloudsub.domain.subscription;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A prepaid subscription and its lifecycle (R-SUB-2..6). The end date E is {@code endsAt}. The transitions
 * check their own preconditions and raise a conflict (409) when the state does not allow them.
 */
public final class Subscription {

    private final SubscriptionId id;
    private final AccountId accountId;
    private final String product;
    private final String edition;
    private final String region;
    private Map<String, Integer> addOns;
    private SubscriptionState state;
    private final Instant purchasedAt;
    private Instant endsAt;
    private Instant suspendedAt;
    private Instant isolatedAt;
    private boolean autoRenew;
    private int autoRenewMonths;
    private final long version;

    public Subscription(SubscriptionId id, AccountId accountId, String product, String edition, String region,
                        Map<String, Integer> addOns, SubscriptionState state, Instant purchasedAt, Instant endsAt,
                        Instant suspendedAt, Instant isolatedAt, boolean autoRenew, int autoRenewMonths, long version) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.product = product;
        this.edition = edition;
        this.region = region;
        this.addOns = Map.copyOf(addOns);
        this.state = state;
        this.purchasedAt = purchasedAt;
        this.endsAt = endsAt;
        this.suspendedAt = suspendedAt;
        this.isolatedAt = isolatedAt;
        this.autoRenew = autoRenew;
        this.autoRenewMonths = autoRenewMonths;
        this.version = version;
    }

    /** A new purchase: active from {@code now} for the term (R-SUB-1). Auto-renew defaults to one month (R-SUB-3). */
    public static Subscription purchase(SubscriptionId id, AccountId accountId, String product, String edition, String region,
                                        Map<String, Integer> addOns, Term term, boolean autoRenew, Instant now,
                                        BillingCalendar calendar) {
        return new Subscription(id, accountId, product, edition, region, addOns, SubscriptionState.ACTIVE, now,
                calendar.plusMonths(now, term.months()), null, null, autoRenew, 1, 0);
    }

    /** Renewal allowed now: ACTIVE, or SUSPENDED until S + retention (R-SUB-2, R-SUB-6). */
    public void requireRenewable(Instant now, ProductTerms terms) {
        if (state == SubscriptionState.ACTIVE) {
            return;
        }
        if (state == SubscriptionState.SUSPENDED && !now.isAfter(suspendedAt.plus(terms.retention()))) {
            return;
        }
        throw DomainException.conflict("not-renewable", "subscription " + id + " is " + state
                + (state == SubscriptionState.SUSPENDED ? " past its retention period and awaits release" : "")
                + "; only ACTIVE or SUSPENDED subscriptions within retention can be renewed");
    }

    /** Extends the current end date by the term; a suspended subscription is restored (R-SUB-2). Answers the term's start. */
    public Instant renew(Term term, Instant now, ProductTerms terms, BillingCalendar calendar) {
        requireRenewable(now, terms);
        Instant termStart = endsAt;
        endsAt = calendar.plusMonths(endsAt, term.months());
        if (state == SubscriptionState.SUSPENDED) {
            state = SubscriptionState.ACTIVE;
            suspendedAt = null;
            if (!endsAt.isAfter(now)) {
                throw DomainException.refused("term-too-short", "months",
                        "a renewal of " + term.months() + " months would still end in the past; choose a longer term");
            }
        }
        return termStart;
    }

    public boolean warningDue(Instant now) {
        return state == SubscriptionState.ACTIVE && !now.isBefore(endsAt.minus(ProductTerms.WARNING_AHEAD)) && now.isBefore(endsAt);
    }

    public boolean expiryReached(Instant now) {
        return state == SubscriptionState.ACTIVE && !now.isBefore(endsAt);
    }

    public boolean suspensionDue(Instant now) {
        return state == SubscriptionState.ACTIVE && !now.isBefore(endsAt.plus(ProductTerms.SUSPEND_AFTER));
    }

    public boolean releaseDue(Instant now, ProductTerms terms) {
        return state == SubscriptionState.SUSPENDED && now.isAfter(suspendedAt.plus(terms.retention()));
    }

    public boolean destructionDue(Instant now) {
        return state == SubscriptionState.ISOLATED && !now.isBefore(isolatedAt.plus(ProductTerms.ISOLATION));
    }

    /** Suspended at E + 24 h whenever the job runs (R-SUB-5): the retention clock starts there. */
    public void suspend(Instant now) {
        requireState(SubscriptionState.ACTIVE, "suspend");
        if (!suspensionDue(now)) {
            throw DomainException.conflict("not-due", "subscription " + id + " is not due for suspension before " + endsAt.plus(ProductTerms.SUSPEND_AFTER));
        }
        state = SubscriptionState.SUSPENDED;
        suspendedAt = endsAt.plus(ProductTerms.SUSPEND_AFTER);
    }

    public void release(Instant now, ProductTerms terms) {
        if (!releaseDue(now, terms)) {
            throw DomainException.conflict("not-due", "subscription " + id + " is " + state + " and not due for release");
        }
        state = SubscriptionState.RELEASED;
    }

    public void requireRefundable() {
        if (state != SubscriptionState.ACTIVE && state != SubscriptionState.SUSPENDED) {
            throw DomainException.conflict("not-refundable-state", "subscription " + id + " is " + state + "; it cannot be refunded");
        }
    }

    /** A refund ends the subscription: isolated first when the product isolates refunded instances (R-REF-4). */
    public void refunded(Instant now, ProductTerms terms) {
        requireRefundable();
        if (terms.refundMode() == RefundMode.IMMEDIATE) {
            state = SubscriptionState.ISOLATED;
            isolatedAt = now;
        } else {
            state = SubscriptionState.REFUNDED;
        }
    }

    public void destroy(Instant now) {
        if (!destructionDue(now)) {
            throw DomainException.conflict("not-due", "subscription " + id + " is " + state + " and not due for destruction");
        }
        state = SubscriptionState.DESTROYED;
    }

    /** Adds add-on packs to a running subscription (R-SUB-7); they co-terminate with it. */
    public void expand(Map<String, Integer> more, Instant now) {
        requireState(SubscriptionState.ACTIVE, "expand");
        if (!now.isBefore(endsAt)) {
            throw DomainException.conflict("term-ended", "subscription " + id + " ended at " + endsAt + "; renew it first");
        }
        Map<String, Integer> total = new java.util.TreeMap<>(addOns);
        more.forEach((item, count) -> {
            if (count == null || count < 1 || count > 1000) {
                throw DomainException.invalid("addOns", "an expansion adds 1 to 1,000 packs of " + item);
            }
            total.merge(item, count, Integer::sum);
        });
        addOns = Map.copyOf(total);
    }

    /**
     * Refuses a resource beyond what the subscription allows (R-SSM-3, R-KMS-1): {@code limit} is the edition's
     * capacity plus its packs', {@code inUse} what exists now.
     */
    public static void requireCapacity(String capacity, long inUse, long adding, long limit) {
        if (inUse + adding > limit) {
            throw DomainException.refused("capacity-exceeded", capacity,
                    "the subscription allows " + limit + " " + capacity + "; " + inUse + " exist, " + adding + " more would exceed it");
        }
    }

    public void setAutoRenew(boolean on, int months) {
        Term.ofMonths(months);
        if (state != SubscriptionState.ACTIVE && state != SubscriptionState.SUSPENDED) {
            throw DomainException.conflict("not-active", "subscription " + id + " is " + state);
        }
        autoRenew = on;
        autoRenewMonths = months;
    }

    private void requireState(SubscriptionState required, String action) {
        if (state != required) {
            throw DomainException.conflict("illegal-transition", "cannot " + action + " subscription " + id + " in state " + state);
        }
    }

    public SubscriptionId id() { return id; }
    public AccountId accountId() { return accountId; }
    public String product() { return product; }
    public String edition() { return edition; }
    public String region() { return region; }
    public Map<String, Integer> addOns() { return addOns; }
    public SubscriptionState state() { return state; }
    public Instant purchasedAt() { return purchasedAt; }
    public Instant endsAt() { return endsAt; }
    public Instant suspendedAt() { return suspendedAt; }
    public Instant isolatedAt() { return isolatedAt; }
    public boolean autoRenew() { return autoRenew; }
    public int autoRenewMonths() { return autoRenewMonths; }
    public long version() { return version; }
}

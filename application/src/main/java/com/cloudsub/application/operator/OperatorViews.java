package com.cloudsub.application.operator;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What operators look at across accounts: read models for the admin UI, never used to change anything. */
public interface OperatorViews {

    record AccountRow(String id, String name, BigDecimal cash, BigDecimal gift, Instant createdAt) {
        public BigDecimal available() {
            return cash.add(gift);
        }
    }

    record NoticeRow(long id, String accountId, String kind, String channel, String recipient, String status, int attempts,
                     Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, String lastError) {
    }

    /** One thing that happened to a subscription: an order, a money movement, a lifecycle action or a notice. */
    record TimelineEvent(Instant at, String what, String detail) {
    }

    /** Revenue (cash + gift, refunds subtracted) of one product in one UTC hour. */
    record HourlyRevenue(Instant hour, String product, BigDecimal amount) {
    }

    record StateCount(String state, long count) {
    }

    record Expiry(String subscriptionId, String accountId, String product, Instant endsAt, boolean autoRenew) {
    }

    /** Accounts whose id or name contains {@code text}, at most {@code limit}. */
    List<AccountRow> findAccounts(String text, int limit);

    /** Notices of an account on every channel, newest first. */
    List<NoticeRow> notices(AccountId account, int limit);

    /** Outbox notices not delivered yet (pending or given up), oldest first. */
    List<NoticeRow> undelivered(int limit);

    /** Orders, ledger entries, lifecycle actions and notices of a subscription, oldest first. */
    List<TimelineEvent> timeline(SubscriptionId subscription);

    List<HourlyRevenue> revenue(Instant from, Instant to);

    List<StateCount> subscriptionsByState();

    /** Active subscriptions ending in [from, to), soonest first. */
    List<Expiry> expiring(Instant from, Instant to, int limit);

    /** Accounts whose available balance is below zero (R-ACC-3). */
    List<AccountRow> inArrears(int limit);
}

package com.cloudsub.application.subscription;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.shared.Conflicts;
import com.cloudsub.application.shared.Parallel;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.ProductTerms;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The lifecycle pass the scheduler runs: expiry warnings 7 days ahead (R-SUB-4), auto-renew at expiry
 * (R-SUB-3), the expiry-day arrears warning and suspension at E + 24 h (R-SUB-5), release after retention
 * (R-SUB-6), destruction of isolated instances (R-REF-4).
 *
 * <p>It works a page of due subscriptions at a time, in one transaction: the rules decide each subscription in
 * memory, then the page's changes, orders, ledger entries, lifecycle-log keys and notices are written in a few
 * batched statements. The lifecycle log makes every action happen once per term (R-GEN-6): a re-run, or a
 * second node, finds the keys taken and does nothing.
 *
 * <p>{@code workers} threads share the work: each takes the due subscriptions of its own share of the accounts, so
 * two workers never pay from the same account, and the database works on one page while Java decides the next.
 */
public class RunLifecycle {

    public record Result(int examined, int warned, int autoRenewed, int autoRenewFailed, int suspended, int released, int destroyed) {
        Result plus(Result o) {
            return new Result(examined + o.examined, warned + o.warned, autoRenewed + o.autoRenewed,
                    autoRenewFailed + o.autoRenewFailed, suspended + o.suspended, released + o.released, destroyed + o.destroyed);
        }
    }

    static final int PAGE = 500;
    /** How often a page that lost a race to a customer's own change is run again before the pass fails. */
    static final int ATTEMPTS = 3;

    private final Subscriptions subscriptions;
    private final Accounts accounts;
    private final LifecycleLog log;
    private final NoticeOutbox outbox;
    private final Orders orders;
    private final Ledger ledger;
    private final RenewSubscription renew;
    private final Transactions transactions;
    private final Clock clock;
    private final int workers;

    public RunLifecycle(Subscriptions subscriptions, Accounts accounts, LifecycleLog log, NoticeOutbox outbox, Orders orders,
                        Ledger ledger, RenewSubscription renew, Transactions transactions, Clock clock, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one lifecycle worker");
        }
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.log = log;
        this.outbox = outbox;
        this.orders = orders;
        this.ledger = ledger;
        this.renew = renew;
        this.transactions = transactions;
        this.clock = clock;
        this.workers = workers;
    }

    public Result run() {
        Instant now = clock.instant();
        List<Supplier<Result>> shares = new ArrayList<>();
        for (int share = 0; share < workers; share++) {
            int mine = share;
            shares.add(() -> runShare(now, mine));
        }
        return Parallel.combine(workers, shares, new Result(0, 0, 0, 0, 0, 0, 0), Result::plus);
    }

    private Result runShare(Instant now, int share) {
        Result total = new Result(0, 0, 0, 0, 0, 0, 0);
        String after = "";
        while (true) {
            String from = after;
            // A customer renewing or topping up meanwhile makes a page's versioned writes stale: it rolls back and runs
            // again from fresh data (what was renewed meanwhile is then not due any more).
            Page page = Conflicts.retry(ATTEMPTS, () -> transactions.inTransaction(() -> runPage(from, now, share)));
            total = total.plus(page.result());
            if (page.size() < PAGE) {
                return total;
            }
            after = page.lastId();
        }
    }

    private record Page(Result result, int size, String lastId) {
    }

    /** What one page writes, gathered while the rules decide. */
    private final class Writes {
        final Map<SubscriptionId, Subscription> changed = new LinkedHashMap<>();
        final Map<AccountId, Account> paying = new LinkedHashMap<>();
        final List<Order> newOrders = new ArrayList<>();
        final List<Ledger.Entry> entries = new ArrayList<>();
        final List<LifecycleLog.Key> keys = new ArrayList<>();
        final List<NoticeOutbox.Notice> notices = new ArrayList<>();
        final Set<LifecycleLog.Key> taken;

        Writes(Set<LifecycleLog.Key> taken) {
            this.taken = new HashSet<>(taken);
        }

        boolean claim(Subscription s, Instant termEnd, LifecycleLog.Action action) {
            LifecycleLog.Key key = new LifecycleLog.Key(s.id(), termEnd, action);
            if (!taken.add(key)) {
                return false;
            }
            keys.add(key);
            return true;
        }
    }

    private Page runPage(String after, Instant now, int share) {
        List<Subscription> page = subscriptions.dueForLifecycle(now, after, PAGE, share, workers);
        if (page.isEmpty()) {
            return new Page(new Result(0, 0, 0, 0, 0, 0, 0), 0, after);
        }
        Map<AccountId, Account> owners = accounts.findAll(page.stream().map(Subscription::accountId).distinct().toList());
        Writes writes = new Writes(log.taken(page.stream().map(Subscription::id).toList()));
        int[] done = new int[6];
        for (Subscription s : page) {
            step(s, owners.get(s.accountId()), now, writes, done);
        }
        log.recordAll(writes.keys, now);
        accounts.updateAll(writes.paying.values());
        subscriptions.updateAll(writes.changed.values());
        orders.addAll(writes.newOrders);
        ledger.recordAll(writes.entries);
        outbox.enqueue(writes.notices);
        Result result = new Result(page.size(), done[0], done[1], done[2], done[3], done[4], done[5]);
        return new Page(result, page.size(), page.get(page.size() - 1).id().value());
    }

    private void step(Subscription s, Account account, Instant now, Writes w, int[] done) {
        ProductTerms terms = ProductTerms.STANDARD.get(s.product());
        Instant end = s.endsAt();
        Map<String, String> values = Map.of("product", s.product(), "edition", s.edition(), "region", s.region(),
                "subscriptionId", s.id().value(), "expiresAt", end.toString());
        String key = s.id().value() + "/" + end;
        if (s.warningDue(now) && w.claim(s, end, LifecycleLog.Action.EXPIRY_WARNING)) {
            w.notices.addAll(Notices.forContacts(account, NoticeKind.EXPIRY_WARNING, terms.warningChannels(), terms.warningRoles(),
                    values, key + "/warning", now));
            done[0]++;
        }
        if (s.expiryReached(now) && s.autoRenew() && w.claim(s, end, LifecycleLog.Action.AUTO_RENEW)) {
            Quote quote = null;
            try {
                Term term = Term.ofMonths(s.autoRenewMonths());
                quote = renew.quote(s, term, now);
                RenewSubscription.Renewal renewal = renew.renewInMemory(s, account, term, quote, Ledger.Kind.AUTO_RENEWAL, now);
                w.paying.put(account.id(), account);
                w.changed.put(s.id(), s);
                w.newOrders.add(renewal.order());
                w.entries.add(renewal.entry());
                w.notices.addAll(Notices.forContacts(account, NoticeKind.AUTO_RENEW_SUCCEEDED, Notices.EMAIL_AND_SMS, terms.warningRoles(),
                        Map.of("product", s.product(), "subscriptionId", s.id().value(), "expiresAt", s.endsAt().toString(),
                                "amount", renewal.order().payable().rounded().toPlainString()),
                        key + "/auto-renew", now));
                done[1]++;
            } catch (DomainException refused) {
                Map<String, String> failed = new LinkedHashMap<>(values);
                failed.put("reason", refused.getMessage());
                failed.put("amount", quote == null ? "" : quote.total().toPlainString());
                w.notices.addAll(Notices.forContacts(account, NoticeKind.AUTO_RENEW_FAILED, Notices.EMAIL_AND_SMS, Notices.EVERYONE,
                        failed, key + "/auto-renew-failed", now));
                done[2]++;
            }
        }
        if (s.expiryReached(now) && w.claim(s, end, LifecycleLog.Action.EXPIRY_NOTICE)) {
            w.notices.addAll(Notices.forContacts(account, NoticeKind.ARREARS_WARNING, Notices.EMAIL_AND_SMS, Notices.EVERYONE, values, key + "/expired", now));
        }
        if (s.suspensionDue(now) && w.claim(s, end, LifecycleLog.Action.SUSPEND)) {
            s.suspend(now);
            w.changed.put(s.id(), s);
            w.notices.addAll(Notices.forContacts(account, NoticeKind.SUSPENDED, Notices.EMAIL_AND_SMS, Notices.EVERYONE, values, key + "/suspended", now));
            done[3]++;
        }
        if (s.releaseDue(now, terms) && w.claim(s, end, LifecycleLog.Action.RELEASE)) {
            s.release(now, terms);
            w.changed.put(s.id(), s);
            w.notices.addAll(Notices.forContacts(account, NoticeKind.RELEASED, Notices.EMAIL_AND_SMS, Notices.EVERYONE, values, key + "/released", now));
            done[4]++;
        }
        if (s.destructionDue(now) && w.claim(s, end, LifecycleLog.Action.DESTROY)) {
            s.destroy(now);
            w.changed.put(s.id(), s);
            done[5]++;
        }
    }
}

package com.cloudsub.application.subscription;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.subscription.ProductTerms;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle pass the scheduler runs: expiry warnings 7 days ahead (R-SUB-4), auto-renew at expiry
 * (R-SUB-3), the expiry-day arrears warning and suspension at E + 24 h (R-SUB-5), release after retention
 * (R-SUB-6), destruction of isolated instances (R-REF-4). Each action is claimed in the lifecycle log in the
 * same transaction as its change and its notices, so a re-run or a second node does nothing twice.
 */
public class RunLifecycle {

    public record Result(int examined, int warned, int autoRenewed, int autoRenewFailed, int suspended, int released, int destroyed) {
    }

    private static final int PAGE = 500;
    private static final Set<ContactRole> EVERYONE = Set.of(ContactRole.values());
    private static final Set<Channel> EMAIL_AND_SMS = Set.of(Channel.EMAIL, Channel.SMS);

    private final Subscriptions subscriptions;
    private final Accounts accounts;
    private final LifecycleLog log;
    private final NoticeOutbox outbox;
    private final RenewSubscription renew;
    private final Transactions transactions;
    private final Clock clock;

    public RunLifecycle(Subscriptions subscriptions, Accounts accounts, LifecycleLog log, NoticeOutbox outbox,
                        RenewSubscription renew, Transactions transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.log = log;
        this.outbox = outbox;
        this.renew = renew;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result run() {
        Instant now = clock.instant();
        int[] counts = new int[7];
        String after = "";
        while (true) {
            List<Subscription> page = subscriptions.dueForLifecycle(now, after, PAGE);
            for (Subscription due : page) {
                counts[0]++;
                int[] step = transactions.inTransaction(() -> step(due.id(), now));
                for (int i = 0; i < step.length; i++) {
                    counts[i + 1] += step[i];
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id().value();
        }
        return new Result(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    }

    private int[] step(SubscriptionId id, Instant now) {
        int[] done = new int[6];
        Subscription s = subscriptions.get(id);
        ProductTerms terms = ProductTerms.STANDARD.get(s.product());
        Account account = accounts.get(s.accountId());
        Instant end = s.endsAt();
        List<NoticeOutbox.Notice> notices = new ArrayList<>();
        Map<String, String> values = Map.of("product", s.product(), "edition", s.edition(), "region", s.region(),
                "subscriptionId", s.id().value(), "expiresAt", end.toString());
        String key = s.id().value() + "/" + end;
        if (s.warningDue(now) && log.claim(id, end, LifecycleLog.Action.EXPIRY_WARNING, now)) {
            notices.addAll(Notices.forContacts(account, NoticeKind.EXPIRY_WARNING, terms.warningChannels(), terms.warningRoles(),
                    values, key + "/warning", now));
            done[0]++;
        }
        if (s.expiryReached(now) && s.autoRenew() && log.claim(id, end, LifecycleLog.Action.AUTO_RENEW, now)) {
            try {
                renew.renewInTransaction(s, account, Term.ofMonths(s.autoRenewMonths()), Ledger.Kind.AUTO_RENEWAL, now);
                notices.addAll(Notices.forContacts(account, NoticeKind.AUTO_RENEW_SUCCEEDED, EMAIL_AND_SMS, terms.warningRoles(),
                        Map.of("product", s.product(), "subscriptionId", s.id().value(), "expiresAt", s.endsAt().toString()),
                        key + "/auto-renew", now));
                done[1]++;
            } catch (DomainException refused) {
                notices.addAll(Notices.forContacts(account, NoticeKind.AUTO_RENEW_FAILED, EMAIL_AND_SMS, EVERYONE,
                        values, key + "/auto-renew-failed", now));
                done[2]++;
            }
        }
        if (s.expiryReached(now) && log.claim(id, end, LifecycleLog.Action.EXPIRY_NOTICE, now)) {
            notices.addAll(Notices.forContacts(account, NoticeKind.ARREARS_WARNING, EMAIL_AND_SMS, EVERYONE, values, key + "/expired", now));
        }
        if (s.suspensionDue(now) && log.claim(id, end, LifecycleLog.Action.SUSPEND, now)) {
            s.suspend(now);
            notices.addAll(Notices.forContacts(account, NoticeKind.SUSPENDED, EMAIL_AND_SMS, EVERYONE, values, key + "/suspended", now));
            done[3]++;
        }
        if (s.releaseDue(now, terms) && log.claim(id, end, LifecycleLog.Action.RELEASE, now)) {
            s.release(now, terms);
            notices.addAll(Notices.forContacts(account, NoticeKind.RELEASED, EMAIL_AND_SMS, EVERYONE, values, key + "/released", now));
            done[4]++;
        }
        if (s.destructionDue(now) && log.claim(id, end, LifecycleLog.Action.DESTROY, now)) {
            s.destroy(now);
            done[5]++;
        }
        if (done[3] + done[4] + done[5] > 0) {
            subscriptions.update(s);
        }
        outbox.enqueue(notices);
        return done;
    }
}

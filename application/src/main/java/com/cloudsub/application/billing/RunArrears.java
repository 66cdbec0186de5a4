package com.cloudsub.application.billing;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.FrozenFunds;
import com.cloudsub.application.usage.ChangeResource;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.shared.Conflicts;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.application.usage.PaygResources;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.billing.ServiceState;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.usage.PaygResource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrears pass (R-SSM-L6, R-KMS-5, R-KMS-P4, R-APG-9): a service in arrears for its grace (24 h) is stopped at
 * exactly arrears + grace, with a notice to the creator and all collaborators; a service stopped for its retention
 * is released with a notice, and its resources with it (deleted or released at the release instant). While in
 * arrears or stopped, the arrears warning repeats once a day after the day it started. Notices carry unique keys, so a re-run or a
 * second node queues nothing twice; the changes and their notices commit together.
 */
public class RunArrears {

    public record Result(int stopped, int released, int reminded) {
    }

    private final PaygServices services;
    private final PaygResources resources;
    private final Accounts accounts;
    private final NoticeOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;
    private final FrozenFunds frozenFunds;

    public RunArrears(PaygServices services, PaygResources resources, Accounts accounts, FrozenFunds frozenFunds, NoticeOutbox outbox,
                      Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.frozenFunds = frozenFunds;
        this.services = services;
        this.resources = resources;
        this.accounts = accounts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The pass in one transaction, run again from fresh data if a top-up or a settlement page changed a service meanwhile. */
    public Result run() {
        return Conflicts.retry(3, () -> transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<PaygService> due = services.inArrears();
            Map<AccountId, Account> owners = accounts.findAll(due.stream().map(PaygService::accountId).distinct().toList());
            Map<String, PaygService> changed = new LinkedHashMap<>();
            List<PaygResource> releasedResources = new ArrayList<>();
            List<NoticeOutbox.Notice> notices = new ArrayList<>();
            int stopped = 0;
            int released = 0;
            int reminded = 0;
            for (PaygService s : due) {
                Account account = owners.get(s.accountId());
                String key = s.accountId() + "/" + s.product();
                Map<String, String> values = SettlementWrites.arrearsValues(account, s);
                if (s.stopDue(now)) {
                    Instant at = s.stop();
                    changed.put(key, s);
                    notices.addAll(SettlementWrites.arrearsNotice(account, s, NoticeKind.SUSPENDED, withAt(values, at), "/stopped", now));
                    stopped++;
                }
                if (s.releaseDue(now)) {
                    Instant at = s.release();
                    changed.put(key, s);
                    for (PaygResource r : resources.of(s.accountId())) {
                        if (r.kind().product().equals(s.product()) && !r.kind().ended(r.state())) {
                            r.releaseWithService(at);
                            releasedResources.add(r);
                        }
                    }
                    notices.addAll(SettlementWrites.arrearsNotice(account, s, NoticeKind.RELEASED, withAt(values, at), "/released", now));
                    released++;
                }
                boolean laterDay = calendar.dayOf(now).isAfter(calendar.dayOf(s.arrearsSince()));
                if (laterDay && (s.state() == ServiceState.ARREARS || s.state() == ServiceState.STOPPED)) {
                    notices.addAll(SettlementWrites.arrearsNotice(account, s, NoticeKind.ARREARS_WARNING, values,
                            "/reminder/" + calendar.dayOf(now), now));
                    reminded++;
                }
            }
            services.saveAll(List.of(), changed.values());
            resources.updateAll(releasedResources);
            ChangeResource.releaseFreezes(frozenFunds, accounts, releasedResources, now);
            outbox.enqueue(notices);
            return new Result(stopped, released, reminded);
        }));
    }

    private static Map<String, String> withAt(Map<String, String> values, Instant at) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("at", at.toString());
        return all;
    }
}

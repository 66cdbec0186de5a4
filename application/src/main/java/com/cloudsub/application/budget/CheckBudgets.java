package com.cloudsub.application.budget;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.billing.Bills;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.budget.BalanceAlert;
import com.cloudsub.domain.budget.Budget;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget and balance-alert pass. A budget's cost is what its scope was billed for periods starting in the current
 * budget period; each threshold crossed is notified once per period by email and SMS to the creator and finance
 * contacts (R-BIL-2; the outbox key is budget, threshold and period). A balance below the alert threshold is
 * notified once per crossing (R-ACC-5).
 */
public class CheckBudgets {

    private static final Set<ContactRole> OWNERS = Set.of(ContactRole.CREATOR, ContactRole.FINANCE);

    public record Result(int budgets, int crossed, int balanceAlerts) {
    }

    /** A budget's position now. */
    public record Position(Budget budget, Instant periodStart, Instant periodEnd, Budget.Status status) {
    }

    private final Budgets budgets;
    private final Bills bills;
    private final Accounts accounts;
    private final NoticeOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public CheckBudgets(Budgets budgets, Bills bills, Accounts accounts, NoticeOutbox outbox, Transactions transactions, Clock clock,
                        BillingCalendar calendar) {
        this.budgets = budgets;
        this.bills = bills;
        this.accounts = accounts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    public Position position(Budget budget) {
        return position(budget, clock.instant());
    }

    private Position position(Budget budget, Instant now) {
        Instant start = budget.period().start(calendar, now);
        Instant end = budget.period().end(calendar, now);
        Map<String, Money> totals = bills.totals(budget.accountId(), budget.region(), start, end);
        Money actual = budget.product() == null
                ? totals.values().stream().reduce(Money.zero(Money.CNY), Money::plus)
                : totals.getOrDefault(budget.product(), Money.zero(Money.CNY));
        return new Position(budget, start, end, budget.status(actual, start, end, now));
    }

    public List<Position> positions(AccountId account) {
        Instant now = clock.instant();
        return budgets.of(account).stream().map(b -> position(b, now)).toList();
    }

    public Result run() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Budget> all = budgets.all();
            List<BalanceAlert> alerts = budgets.alerts();
            List<AccountId> ids = new ArrayList<>(all.stream().map(Budget::accountId).toList());
            ids.addAll(alerts.stream().map(BalanceAlert::accountId).toList());
            Map<AccountId, Account> owners = accounts.findAll(ids.stream().distinct().toList());
            List<NoticeOutbox.Notice> notices = new ArrayList<>();
            int crossed = 0;
            for (Budget budget : all) {
                Position p = position(budget, now);
                for (int i : p.status().crossed()) {
                    Budget.Threshold t = budget.thresholds().get(i);
                    notices.addAll(Notices.forContacts(owners.get(budget.accountId()), NoticeKind.BUDGET_THRESHOLD_CROSSED, Notices.EMAIL_AND_SMS, OWNERS,
                            Map.of("budget", budget.name(), "amount", budget.amount().rounded().toPlainString(),
                                    "threshold", t.percent().stripTrailingZeros().toPlainString() + "% " + t.basis(),
                                    "actual", p.status().actual().rounded().toPlainString(),
                                    "forecast", p.status().forecast().rounded().toPlainString(), "periodStart", p.periodStart().toString()),
                            "budget/" + budget.id() + "/" + i + "/" + p.periodStart(), now));
                    crossed++;
                }
            }
            List<BalanceAlert> changed = new ArrayList<>();
            int balance = 0;
            for (BalanceAlert alert : alerts) {
                Account account = owners.get(alert.accountId());
                boolean wasBelow = alert.below();
                if (alert.check(account.available())) {
                    notices.addAll(Notices.forContacts(account, NoticeKind.BALANCE_LOW, Notices.EMAIL_AND_SMS, OWNERS,
                            Map.of("balance", account.available().rounded().toPlainString(), "threshold", alert.threshold().rounded().toPlainString()),
                            "balance/" + alert.accountId() + "/" + alert.crossings(), now));
                    balance++;
                }
                if (alert.below() != wasBelow) {
                    changed.add(alert);
                }
            }
            budgets.updateAlerts(changed);
            outbox.enqueue(notices);
            return new Result(all.size(), crossed, balance);
        });
    }
}

package com.cloudsub.application.budget;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.budget.BalanceAlert;
import com.cloudsub.domain.budget.Budget;
import com.cloudsub.domain.budget.BudgetPeriod;
import com.cloudsub.domain.shared.Money;
import java.util.List;
import java.util.UUID;

/** Sets a budget (R-BIL-2) or the balance alert (R-ACC-5) of an account. */
public class SetBudget {

    public record Command(AccountId account, String name, BudgetPeriod period, Money amount, String product, String region,
                          List<Budget.Threshold> thresholds) {
    }

    private final Budgets budgets;
    private final Accounts accounts;
    private final Catalogs catalogs;
    private final Transactions transactions;

    public SetBudget(Budgets budgets, Accounts accounts, Catalogs catalogs, Transactions transactions) {
        this.budgets = budgets;
        this.accounts = accounts;
        this.catalogs = catalogs;
        this.transactions = transactions;
    }

    public Budget create(Command c) {
        if (c.product() != null) {
            catalogs.current().product(c.product());
        }
        if (c.region() != null) {
            catalogs.current().region(c.region());
        }
        Budget budget = new Budget("bud-" + UUID.randomUUID(), c.account(), c.name(), c.period(), c.amount(), c.product(), c.region(),
                c.thresholds());
        transactions.run(() -> {
            accounts.get(c.account());
            budgets.add(budget);
        });
        return budget;
    }

    public BalanceAlert alert(AccountId account, Money threshold) {
        BalanceAlert alert = new BalanceAlert(account, threshold, false, 0);
        transactions.run(() -> {
            accounts.get(account);
            budgets.setAlert(alert);
        });
        return alert;
    }
}

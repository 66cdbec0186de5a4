package com.cloudsub.persistence.budget;

import static com.cloudsub.persistence.jooq.Tables.BALANCE_ALERT;
import static com.cloudsub.persistence.jooq.Tables.BUDGET;
import static com.cloudsub.persistence.jooq.Tables.BUDGET_THRESHOLD;

import com.cloudsub.application.budget.Budgets;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.budget.BalanceAlert;
import com.cloudsub.domain.budget.Budget;
import com.cloudsub.domain.budget.BudgetPeriod;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.jooq.tables.records.BalanceAlertRecord;
import com.cloudsub.persistence.jooq.tables.records.BudgetRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

@Component
class JooqBudgets implements Budgets {

    private final DSLContext dsl;
    private final Batch alertUpdate;
    private final Clock clock;

    JooqBudgets(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.alertUpdate = new Batch(dsl, dsl.update(BALANCE_ALERT).set(BALANCE_ALERT.BELOW, (Boolean) null).set(BALANCE_ALERT.CROSSINGS, (Integer) null)
                .where(BALANCE_ALERT.ACCOUNT_ID.eq((String) null)));
        this.clock = clock;
    }

    @Override
    public void add(Budget b) {
        dsl.insertInto(BUDGET).set(BUDGET.ID, b.id()).set(BUDGET.ACCOUNT_ID, b.accountId().value()).set(BUDGET.NAME, b.name())
                .set(BUDGET.PERIOD, b.period().name()).set(BUDGET.AMOUNT, b.amount().amount()).set(BUDGET.CURRENCY, b.amount().currency())
                .set(BUDGET.PRODUCT_CODE, b.product()).set(BUDGET.REGION_CODE, b.region()).set(BUDGET.CREATED_AT, Times.utc(clock.instant()))
                .execute();
        var insert = dsl.insertInto(BUDGET_THRESHOLD, BUDGET_THRESHOLD.BUDGET_ID, BUDGET_THRESHOLD.SEQ, BUDGET_THRESHOLD.PERCENT,
                BUDGET_THRESHOLD.BASIS);
        for (int i = 0; i < b.thresholds().size(); i++) {
            insert = insert.values(b.id(), i, b.thresholds().get(i).percent(), b.thresholds().get(i).basis().name());
        }
        insert.execute();
    }

    @Override
    public List<Budget> of(AccountId account) {
        return load(BUDGET.ACCOUNT_ID.eq(account.value()));
    }

    @Override
    public List<Budget> all() {
        return load(DSL.trueCondition());
    }

    private List<Budget> load(Condition where) {
        List<BudgetRecord> rows = dsl.selectFrom(BUDGET).where(where).orderBy(BUDGET.CREATED_AT, BUDGET.ID).fetch();
        Map<String, List<Budget.Threshold>> thresholds = new HashMap<>();
        if (!rows.isEmpty()) {
            dsl.selectFrom(BUDGET_THRESHOLD).where(BUDGET_THRESHOLD.BUDGET_ID.in(rows.stream().map(BudgetRecord::getId).toList()))
                    .orderBy(BUDGET_THRESHOLD.BUDGET_ID, BUDGET_THRESHOLD.SEQ)
                    .forEach(t -> thresholds.computeIfAbsent(t.getBudgetId(), k -> new ArrayList<>())
                            .add(new Budget.Threshold(t.getPercent().stripTrailingZeros(), Budget.Basis.valueOf(t.getBasis()))));
        }
        return rows.stream().map(r -> new Budget(r.getId(), new AccountId(r.getAccountId()), r.getName(), BudgetPeriod.valueOf(r.getPeriod()),
                Money.of(r.getAmount(), r.getCurrency()), r.getProductCode(), r.getRegionCode(), thresholds.get(r.getId()))).toList();
    }

    @Override
    public void setAlert(BalanceAlert a) {
        dsl.deleteFrom(BALANCE_ALERT).where(BALANCE_ALERT.ACCOUNT_ID.eq(a.accountId().value())).execute();
        dsl.insertInto(BALANCE_ALERT).set(BALANCE_ALERT.ACCOUNT_ID, a.accountId().value()).set(BALANCE_ALERT.CURRENCY, a.threshold().currency())
                .set(BALANCE_ALERT.THRESHOLD, a.threshold().amount()).set(BALANCE_ALERT.BELOW, a.below())
                .set(BALANCE_ALERT.CROSSINGS, a.crossings()).execute();
    }

    @Override
    public Optional<BalanceAlert> alert(AccountId account) {
        return dsl.selectFrom(BALANCE_ALERT).where(BALANCE_ALERT.ACCOUNT_ID.eq(account.value())).fetchOptional(JooqBudgets::alert);
    }

    @Override
    public List<BalanceAlert> alerts() {
        return dsl.selectFrom(BALANCE_ALERT).fetch(JooqBudgets::alert);
    }

    @Override
    public void updateAlerts(Collection<BalanceAlert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        alertUpdate.execute(alerts, a -> new Object[] {a.below(), a.crossings(), a.accountId().value()});
    }

    private static BalanceAlert alert(BalanceAlertRecord r) {
        return new BalanceAlert(new AccountId(r.getAccountId()), Money.of(r.getThreshold(), r.getCurrency()), r.getBelow(), r.getCrossings());
    }
}

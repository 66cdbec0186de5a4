package com.cloudsub.persistence.billing;

import static com.cloudsub.persistence.jooq.Tables.DAILY_ACCRUAL;

import com.cloudsub.application.billing.DailyAccruals;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.MonthlyRating;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

@Component
class JooqDailyAccruals implements DailyAccruals {

    private final DSLContext dsl;

    JooqDailyAccruals(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<Accrual> accruals) {
        if (accruals.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(DAILY_ACCRUAL, DAILY_ACCRUAL.ACCOUNT_ID, DAILY_ACCRUAL.PRODUCT_CODE, DAILY_ACCRUAL.METER,
                DAILY_ACCRUAL.REGION_CODE, DAILY_ACCRUAL.DAY, DAILY_ACCRUAL.QUANTITY);
        for (Accrual a : accruals) {
            insert = insert.values(a.account().value(), a.product(), a.meter(), a.region(), a.day(), a.quantity().in(Unit.UNIT_DAY).amount());
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    @Override
    public List<AccountId> accounts(String product, LocalDate from, LocalDate to) {
        return dsl.selectDistinct(DAILY_ACCRUAL.ACCOUNT_ID).from(DAILY_ACCRUAL)
                .where(DAILY_ACCRUAL.PRODUCT_CODE.eq(product).and(DAILY_ACCRUAL.DAY.between(from, to)))
                .fetch(r -> new AccountId(r.value1()));
    }

    @Override
    public Map<AccountId, Map<MonthlyRating.Key, Quantity>> totals(String product, Collection<AccountId> accounts, LocalDate from, LocalDate to) {
        Map<AccountId, Map<MonthlyRating.Key, Quantity>> totals = new HashMap<>();
        dsl.select(DAILY_ACCRUAL.ACCOUNT_ID, DAILY_ACCRUAL.METER, DAILY_ACCRUAL.REGION_CODE, DSL.sum(DAILY_ACCRUAL.QUANTITY))
                .from(DAILY_ACCRUAL)
                .where(DAILY_ACCRUAL.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList())
                        .and(DAILY_ACCRUAL.PRODUCT_CODE.eq(product)).and(DAILY_ACCRUAL.DAY.between(from, to)))
                .groupBy(DAILY_ACCRUAL.ACCOUNT_ID, DAILY_ACCRUAL.METER, DAILY_ACCRUAL.REGION_CODE)
                .forEach(r -> totals.computeIfAbsent(new AccountId(r.value1()), k -> new HashMap<>())
                        .put(new MonthlyRating.Key(r.value2(), r.value3()), new Quantity(r.value4(), Unit.UNIT_DAY)));
        return totals;
    }
}
